package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A commit returns only once its commit record is durable, many committers are released by one
 * durable advance, and no one sees a commit before it is durable.
 */
class GroupCommitTest {

    @Test
    void committersWaitForOneDurableAdvanceAndStayInvisibleUntilThen() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Table t = e.table(EngineFixture.createTable(e, "t").oid());
            fx.volume.holdDurability(true);
            int n = 4;
            List<CompletableFuture<Void>> commits = new ArrayList<>();
            List<AtomicReference<Thread>> threads = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long id = i;
                AtomicReference<Thread> th = new AtomicReference<>();
                threads.add(th);
                commits.add(ConcurrencyTest.async(() -> {
                    Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
                    tx.startStatement();
                    t.insert(tx, EngineFixture.row(id, id));
                    tx.commit();
                    return null;
                }, th));
            }
            for (AtomicReference<Thread> th : threads) {
                ConcurrencyTest.awaitBlocked(th);
            }
            // a thread may block briefly elsewhere (a latch, the log's lock) before its commit
            // record is appended: wait until every committer waits for durability
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (fx.volume.waiting() < n && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(fx.volume.waiting()).as("committers waiting for durability").isEqualTo(n);
            assertThat(commits).noneMatch(CompletableFuture::isDone);
            Transaction reader = e.openSession().begin(Isolation.READ_COMMITTED, true);
            reader.startStatement();
            assertThat(EngineFixture.scan(t, reader)).as("commits not yet durable are invisible").isEmpty();

            long before = fx.volume.durableLsn();
            fx.volume.release();
            for (CompletableFuture<Void> c : commits) {
                c.get();
            }
            assertThat(fx.volume.durableLsn()).isGreaterThan(before);
            reader.startStatement();
            assertThat(EngineFixture.scan(t, reader)).hasSize(n);
        }
    }

    @Test
    void aSequenceValueIsDurableBeforeItIsSeen() throws Exception {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Transaction ddl = e.openSession().begin(Isolation.READ_COMMITTED, false);
            ddl.startStatement();
            SequenceInfo seq = e.catalog().createSequence(ddl, SequenceDef.ascending(null, "s"));
            ddl.commit();
            fx.volume.holdDurability(true);
            Session s = e.openSession();
            Transaction readOnlyish = s.begin(Isolation.READ_COMMITTED, false);
            readOnlyish.startStatement();
            assertThat(s.nextval(readOnlyish, seq.oid())).isEqualTo(1);
            AtomicReference<Thread> th = new AtomicReference<>();
            CompletableFuture<Void> commit = ConcurrencyTest.async(() -> {
                readOnlyish.commit();
                return null;
            }, th);
            ConcurrencyTest.awaitBlocked(th);
            assertThat(commit).as("a transaction without an xid still waits for its sequence record").isNotDone();
            fx.volume.release();
            commit.get();
            fx.volume.holdDurability(false);
            e.close();
            Engine again = fx.open();
            assertThat(again.openSession().nextval(null, seq.oid())).isEqualTo(2);
        }
    }
}
