package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/** Concurrency control through the engine API: money transfers, lost updates, isolation anomalies, locks. */
class ConcurrencyTest {

    private static SqlState stateOf(Throwable t) {
        while (t != null && !(t instanceof SqlException)) {
            t = t.getCause();
        }
        return t == null ? null : ((SqlException) t).state();
    }

    /** Runs {@code body} on a new thread; the future completes with its outcome. */
    static <T> CompletableFuture<T> async(java.util.concurrent.Callable<T> body, AtomicReference<Thread> thread) {
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(body.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        thread.set(t);
        t.start();
        return f;
    }

    /**
     * Waits until the thread blocks (on a lock, or a future such as a commit's durability); no time
     * limit, so no timing assumption.
     */
    static void awaitBlocked(AtomicReference<Thread> t) throws InterruptedException {
        while (!blocked(t.get())) {
            Thread.sleep(1);
        }
    }

    /**
     * Whether {@code t} waits: without a timeout, or inside the lock manager (whose wait wakes now
     * and then to look for a cancel).
     */
    private static boolean blocked(Thread t) {
        if (t == null || (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING)) {
            return false;
        }
        if (t.getState() == Thread.State.WAITING) {
            return true;
        }
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().equals(org.borealis.sql.txn.LockManager.class.getName()) && e.getMethodName().equals("acquire")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void transfersKeepTheTotal() throws Exception {
        long seed = Seeds.seed("ConcurrencyTest.transfersKeepTheTotal");
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            int n = 8;
            Accounts acc = new Accounts(e, "accounts", n, 1000);
            int threads = 4;
            List<CompletableFuture<Long>> all = new ArrayList<>();
            AtomicLong deadlocks = new AtomicLong();
            for (int w = 0; w < threads; w++) {
                Random rnd = new Random(seed + w);
                all.add(async(() -> {
                    long done = 0;
                    Session s = e.openSession();
                    while (done < 300) {
                        int from = rnd.nextInt(n);
                        int to = (from + 1 + rnd.nextInt(n - 1)) % n;
                        long amount = 1 + rnd.nextInt(50);
                        Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
                        try {
                            tx.startStatement();
                            acc.add(tx, from, -amount).orElseThrow();
                            tx.startStatement();
                            acc.add(tx, to, amount).orElseThrow();
                            tx.commit();
                            done++;
                        } catch (SqlException x) {
                            tx.rollback();
                            if (x.state() != SqlState.DEADLOCK_DETECTED) {
                                throw x;
                            }
                            deadlocks.incrementAndGet();
                        }
                        if (rnd.nextInt(10) == 0) {
                            Transaction r = s.begin(Isolation.REPEATABLE_READ, true);
                            r.startStatement();
                            long total = acc.total(r);
                            r.commit();
                            if (total != n * 1000L) {
                                throw new AssertionError("a reader saw a total of " + total + " (seed " + seed + ")");
                            }
                        }
                    }
                    return done;
                }, new AtomicReference<>()));
            }
            for (CompletableFuture<Long> f : all) {
                assertThat(f.get()).isEqualTo(300);
            }
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, true);
            tx.startStatement();
            assertThat(acc.total(tx)).as("seed %d, %d deadlocks", seed, deadlocks.get()).isEqualTo(n * 1000L);
            assertThat(EngineFixture.scan(acc.table, tx)).hasSize(n);
        }
    }

    @Test
    void readCommittedIncrementsLoseNoUpdate() throws Exception {
        increments(false);
    }

    /** The same with heap-only updates: one page, pruned again and again while others wait and re-check. */
    @Test
    void readCommittedHotIncrementsLoseNoUpdate() throws Exception {
        increments(true);
    }

    private void increments(boolean hot) throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "counter", 1, 0);
            if (hot) {
                acc.hot();
            }
            int threads = 4;
            int each = 200;
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                all.add(async(() -> {
                    Session s = e.openSession();
                    for (int i = 0; i < each; i++) {
                        Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
                        tx.startStatement();
                        acc.add(tx, 0, 1).orElseThrow();
                        tx.commit();
                    }
                    return null;
                }, new AtomicReference<>()));
            }
            for (CompletableFuture<Void> f : all) {
                f.get();
            }
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, true);
            tx.startStatement();
            assertThat(acc.total(tx)).isEqualTo((long) threads * each);
            assertThat(acc.find(tx, 0)).hasValueSatisfying(r -> assertThat(EngineFixture.value(r.data()))
                    .isEqualTo((long) threads * each));
        }
    }

    @Test
    void repeatableReadFirstUpdaterWins() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 1, 10);
            Transaction t1 = e.openSession().begin(Isolation.REPEATABLE_READ, false);
            t1.startStatement();
            assertThat(acc.total(t1)).isEqualTo(10);
            Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            t2.startStatement();
            acc.add(t2, 0, 5);
            t2.commit();
            t1.startStatement();
            assertThat(acc.total(t1)).as("snapshot kept").isEqualTo(10);
            assertThatThrownBy(() -> acc.add(t1, 0, 1)).satisfies(x -> assertThat(stateOf(x))
                    .isEqualTo(SqlState.SERIALIZATION_FAILURE));
            t1.rollback();
        }
    }

    /**
     * The anomalies by isolation level, as PostgreSQL has them: READ COMMITTED sees another
     * transaction's committed update and insert at its next statement (non-repeatable read,
     * phantom); REPEATABLE READ sees neither for its whole life.
     */
    @Test
    void repeatableReadHasNoNonRepeatableReadsOrPhantomsReadCommittedHasBoth() {
        for (Isolation level : new Isolation[] {Isolation.READ_COMMITTED, Isolation.REPEATABLE_READ}) {
            try (EngineFixture fx = new EngineFixture()) {
                Engine e = fx.open();
                Accounts acc = new Accounts(e, "a", 2, 10);
                Transaction reader = e.openSession().begin(level, false);
                reader.startStatement();
                assertThat(acc.total(reader)).isEqualTo(20);
                assertThat(EngineFixture.scan(acc.table, reader)).hasSize(2);

                Transaction writer = e.openSession().begin(Isolation.READ_COMMITTED, false);
                writer.startStatement();
                acc.add(writer, 0, 5);
                Tid tid = acc.table.insert(writer, EngineFixture.row(2, 100));
                acc.index.insert(writer, EngineFixture.key(2), tid);
                reader.startStatement();
                assertThat(acc.total(reader)).as("uncommitted changes are never seen").isEqualTo(20);
                writer.commit();

                reader.startStatement();
                boolean rr = level == Isolation.REPEATABLE_READ;
                assertThat(EngineFixture.value(acc.find(reader, 0).orElseThrow().data()))
                        .as("row 0 at %s", level).isEqualTo(rr ? 10 : 15);
                assertThat(acc.find(reader, 2)).as("new row at %s", level).matches(r -> r.isPresent() != rr);
                assertThat(EngineFixture.scan(acc.table, reader)).as("scan at %s", level).hasSize(rr ? 2 : 3);
                reader.commit();
            }
        }
    }

    /**
     * Write skew: two REPEATABLE READ transactions each read both rows and update a different one;
     * snapshot isolation lets both commit (PostgreSQL's REPEATABLE READ does too; only
     * SERIALIZABLE would refuse one), and the invariant they both checked breaks.
     */
    @Test
    void repeatableReadAllowsWriteSkewAsPostgresqlDoes() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "oncall", 2, 1);
            Transaction t1 = e.openSession().begin(Isolation.REPEATABLE_READ, false);
            Transaction t2 = e.openSession().begin(Isolation.REPEATABLE_READ, false);
            t1.startStatement();
            t2.startStatement();
            assertThat(acc.total(t1)).isEqualTo(2);
            assertThat(acc.total(t2)).isEqualTo(2);
            t1.startStatement();
            acc.add(t1, 0, -1);
            t2.startStatement();
            acc.add(t2, 1, -1);
            t1.commit();
            t2.commit();
            Transaction check = e.openSession().begin(Isolation.READ_COMMITTED, true);
            check.startStatement();
            assertThat(acc.total(check)).as("both committed").isZero();
            check.commit();
        }
    }

    @Test
    void repeatableReadWaitsForARunningUpdaterThenFailsIfItCommits() throws Exception {
        for (boolean commit : new boolean[] {true, false}) {
            try (EngineFixture fx = new EngineFixture()) {
                Engine e = fx.open();
                Accounts acc = new Accounts(e, "a", 1, 10);
                Transaction t1 = e.openSession().begin(Isolation.REPEATABLE_READ, false);
                t1.startStatement();
                acc.total(t1);
                Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, false);
                t2.startStatement();
                acc.add(t2, 0, 5);
                AtomicReference<Thread> th = new AtomicReference<>();
                CompletableFuture<Long> blocked = async(() -> acc.add(t1, 0, 1).orElseThrow(), th);
                awaitBlocked(th);
                if (commit) {
                    t2.commit();
                    assertThatThrownBy(blocked::get).satisfies(x -> assertThat(stateOf(x))
                            .isEqualTo(SqlState.SERIALIZATION_FAILURE));
                    t1.rollback();
                } else {
                    t2.rollback();
                    assertThat(blocked.get()).isEqualTo(11);
                    t1.commit();
                }
            }
        }
    }

    @Test
    void deadlockIsDetected() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 2, 0);
            Transaction t1 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            t1.startStatement();
            t2.startStatement();
            acc.add(t1, 0, 1);
            acc.add(t2, 1, 1);
            AtomicReference<Thread> th = new AtomicReference<>();
            t1.startStatement();
            CompletableFuture<Long> first = async(() -> acc.add(t1, 1, 1).orElseThrow(), th);
            awaitBlocked(th);
            t2.startStatement();
            assertThatThrownBy(() -> acc.add(t2, 0, 1)).satisfies(x -> assertThat(stateOf(x))
                    .isEqualTo(SqlState.DEADLOCK_DETECTED));
            t2.rollback();
            assertThat(first.get()).isEqualTo(1);
            t1.commit();
        }
    }

    @Test
    void rowLocksConflictAsPostgresqlSays() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 1, 0);
            Transaction t1 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            Transaction t3 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            for (Transaction t : List.of(t1, t2, t3)) {
                t.startStatement();
            }
            Tid tid = acc.find(t1, 0).orElseThrow().tid();
            assertThat(acc.table.lock(t1, tid, RowLockMode.SHARE, WaitPolicy.WAIT).status()).isEqualTo(ModifyResult.Status.OK);
            assertThat(acc.table.lock(t2, tid, RowLockMode.SHARE, WaitPolicy.NOWAIT).status()).isEqualTo(ModifyResult.Status.OK);
            assertThat(acc.table.lock(t3, tid, RowLockMode.UPDATE, WaitPolicy.SKIP_LOCKED).status())
                    .isEqualTo(ModifyResult.Status.LOCKED);
            assertThatThrownBy(() -> acc.table.lock(t3, tid, RowLockMode.UPDATE, WaitPolicy.NOWAIT))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.LOCK_NOT_AVAILABLE));
            AtomicReference<Thread> th = new AtomicReference<>();
            CompletableFuture<Long> update = async(() -> acc.add(t3, 0, 7).orElseThrow(), th);
            awaitBlocked(th);
            t1.commit();
            assertThat(update.isDone()).as("still blocked by the second share lock").isFalse();
            t2.commit();
            assertThat(update.get()).isEqualTo(7);
            t3.commit();
        }
    }

    @Test
    void uniqueIndexRejectsDuplicatesAndWaitsForUndecidedInserters() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 3, 0);
            Transaction t1 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            t1.startStatement();
            Tid dup = acc.table.insert(t1, EngineFixture.row(1, 0));
            assertThatThrownBy(() -> acc.index.insert(t1, EngineFixture.key(1), dup))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.UNIQUE_VIOLATION));
            t1.rollback();
            for (boolean commit : new boolean[] {false, true}) {
                Transaction a = e.openSession().begin(Isolation.READ_COMMITTED, false);
                a.startStatement();
                long id = commit ? 100 : 99;
                Tid ta = acc.table.insert(a, EngineFixture.row(id, 0));
                acc.index.insert(a, EngineFixture.key(id), ta);
                Transaction b = e.openSession().begin(Isolation.READ_COMMITTED, false);
                b.startStatement();
                Tid tb = acc.table.insert(b, EngineFixture.row(id, 1));
                AtomicReference<Thread> th = new AtomicReference<>();
                CompletableFuture<Void> second = async(() -> {
                    acc.index.insert(b, EngineFixture.key(id), tb);
                    return null;
                }, th);
                awaitBlocked(th);
                if (commit) {
                    a.commit();
                    assertThatThrownBy(second::get).satisfies(x -> assertThat(stateOf(x))
                            .isEqualTo(SqlState.UNIQUE_VIOLATION));
                    b.rollback();
                } else {
                    a.rollback();
                    second.get();
                    b.commit();
                }
            }
            Transaction r = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r.startStatement();
            assertThat(acc.find(r, 99)).hasValueSatisfying(row -> assertThat(EngineFixture.value(row.data())).isEqualTo(1));
            assertThat(acc.find(r, 100)).hasValueSatisfying(row -> assertThat(EngineFixture.value(row.data())).isEqualTo(0));
        }
    }

    @Test
    void createIndexWaitsForRunningWritersAndWritersForIt() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo r = EngineFixture.createTable(e, "t");
            Table t = e.table(r.oid());
            Transaction writer = e.openSession().begin(Isolation.READ_COMMITTED, false);
            writer.startStatement();
            Tid early = t.insert(writer, EngineFixture.row(1, 1));
            AtomicReference<Thread> th = new AtomicReference<>();
            Transaction ddl = e.openSession().begin(Isolation.READ_COMMITTED, false);
            ddl.startStatement();
            CompletableFuture<IndexInfo> create = async(() -> e.catalog().createIndex(ddl, new IndexDef(null, "t_id",
                    r.oid(), List.of(1), true, false, row -> EngineFixture.key(EngineFixture.id(row)))), th);
            awaitBlocked(th);
            writer.commit();
            IndexInfo idx = create.get();

            Transaction late = e.openSession().begin(Isolation.READ_COMMITTED, false);
            late.startStatement();
            AtomicReference<Thread> th2 = new AtomicReference<>();
            CompletableFuture<Void> lateWrite = async(() -> {
                t.lockForWrite(late);
                return null;
            }, th2);
            awaitBlocked(th2);
            ddl.commit();
            lateWrite.get();
            assertThat(e.catalog().indexes(late, r.oid())).as("seen once the lock is held").contains(idx);
            late.rollback();
            Transaction read = e.openSession().begin(Isolation.READ_COMMITTED, true);
            read.startStatement();
            assertThat(e.index(idx.oid()).lookup(read, EngineFixture.key(1))).containsExactly(early);
        }
    }

    @Test
    void updatingARowLockedForShareKeepsTheLock() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "a", 1, 0);
            Transaction t1 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            t1.startStatement();
            Tid tid = acc.find(t1, 0).orElseThrow().tid();
            assertThat(acc.table.lock(t1, tid, RowLockMode.SHARE, WaitPolicy.WAIT).status()).isEqualTo(ModifyResult.Status.OK);
            t1.startStatement();
            acc.add(t1, 0, 1);
            Transaction t2 = e.openSession().begin(Isolation.READ_COMMITTED, false);
            t2.startStatement();
            assertThat(acc.table.lock(t2, tid, RowLockMode.UPDATE, WaitPolicy.SKIP_LOCKED).status())
                    .as("t1's row lock outlives its update").isEqualTo(ModifyResult.Status.LOCKED);
            t1.commit();
            assertThat(acc.table.lock(t2, tid, RowLockMode.UPDATE, WaitPolicy.NOWAIT).status())
                    .isEqualTo(ModifyResult.Status.UPDATED);
            t2.rollback();
        }
    }
}
