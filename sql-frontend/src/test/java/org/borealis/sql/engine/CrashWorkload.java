package org.borealis.sql.engine;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.StorageFixture;

/**
 * The compute process that {@link CrashIT} kills: on the storage node named by its arguments it
 * moves money between the {@code accounts} rows and records each transfer in {@code events} (id
 * and amount, unique index on id), printing {@code MARK COMMITTED id} after each commit returns;
 * it also creates a table now and then ({@code MARK TABLE name}) and leaves transactions open that
 * insert and update events (amount {@link CrashSchema#UNCOMMITTED}) and never commit. Updates are
 * HOT-eligible, so most are heap-only and pages are pruned on the way. Every other transaction
 * writes its event under a released savepoint (committed with the transaction's commit record)
 * after a rolled-back savepoint that inserted an event no one may ever see. It runs until killed.
 */
public final class CrashWorkload {

    private CrashWorkload() {
    }

    public static void main(String[] args) throws Exception {
        InetSocketAddress node = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        long seed = Long.parseLong(args[2]);
        List<AutoCloseable> closeables = new ArrayList<>();
        Engine e = StorageFixture.connect(EngineFixture.config(2048).withBootstrap("postgres", "postgres", null),
                node, closeables);
        CrashSchema s = CrashSchema.find(e);
        Random rnd = new Random(seed);
        Session session = e.openSession();
        List<Transaction> dangling = new ArrayList<>();
        for (long id = 0; ; id++) {
            Transaction tx = session.begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            long amount = 1 + rnd.nextInt(100);
            int from = rnd.nextInt(CrashSchema.ACCOUNTS);
            int to = (from + 1 + rnd.nextInt(CrashSchema.ACCOUNTS - 1)) % CrashSchema.ACCOUNTS;
            s.accounts().add(tx, from, -amount).orElseThrow();
            tx.startStatement();
            s.accounts().add(tx, to, amount).orElseThrow();
            if (id % 2 == 1) {
                // savepoints: a rolled-back event that must never be seen, and the real event written
                // under a released savepoint's own xid, committed with the transaction's
                tx.savepoint("gone");
                s.insertEvent(tx, -1_000_000 - id, CrashSchema.UNCOMMITTED);
                tx.rollbackToSavepoint("gone");
                tx.savepoint("kept");
                s.insertEvent(tx, id, amount);
                tx.releaseSavepoint("kept");
            } else {
                s.insertEvent(tx, id, amount);
            }
            tx.commit();
            System.out.println("MARK COMMITTED " + id);
            if (id % 7 == 3) {
                // never committed: a new event, and an update of this committed event no one else touches
                Transaction open = e.openSession().begin(Isolation.READ_COMMITTED, false);
                open.startStatement();
                s.insertEvent(open, -id - 1, CrashSchema.UNCOMMITTED);
                Row mine = s.events().fetch(open, s.eventsPkey().lookup(open, EngineFixture.key(id)).get(0))
                        .orElseThrow();
                // the key is unchanged: a heap-only update when it fits the page
                s.events().update(open, mine.tid(), EngineFixture.row(id, CrashSchema.UNCOMMITTED), true);
                dangling.add(open);
            }
            if (id % 25 == 10) {
                Transaction ddl = session.begin(Isolation.READ_COMMITTED, false);
                ddl.startStatement();
                String name = "t_" + id;
                e.catalog().createTable(ddl, new TableDef(null, name, List.of(ColumnDef.of("x", 23))));
                ddl.commit();
                System.out.println("MARK TABLE " + name);
            }
        }
    }
}
