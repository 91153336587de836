package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.borealis.sql.testutil.StorageFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrency over a real storage node, with a buffer pool far smaller than the data so pages are
 * evicted and read back by GetPage@LSN while transactions run: threads moving money between
 * accounts (READ COMMITTED, {@code v = v + d}) keep the total; a hot counter incremented by every
 * thread loses no update; and a restart on the same node finds both.
 */
class ConcurrencyIT {

    @TempDir
    Path dir;

    @Test
    void transfersAndIncrementsOverRealStorage() throws Exception {
        long seed = Seeds.seed("ConcurrencyIT");
        try (StorageFixture storage = new StorageFixture(dir)) {
            Engine e = storage.open(EngineFixture.config(64).withLastWrittenCacheSize(64));
            int n = 3000;
            Accounts acc = new Accounts(e, "accounts", n, 100);
            Accounts counter = new Accounts(e, "counter", 1, 0).hot();
            int threads = 4;
            int each = 150;
            List<CompletableFuture<Integer>> all = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                Random rnd = new Random(seed + w);
                all.add(CompletableFuture.supplyAsync(() -> {
                    Session s = e.openSession();
                    int done = 0;
                    while (done < each) {
                        Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
                        try {
                            int from = rnd.nextInt(n);
                            int to = (from + 1 + rnd.nextInt(n - 1)) % n;
                            tx.startStatement();
                            acc.add(tx, from, -5).orElseThrow();
                            tx.startStatement();
                            acc.add(tx, to, 5).orElseThrow();
                            tx.startStatement();
                            counter.add(tx, 0, 1).orElseThrow();
                            tx.commit();
                            done++;
                        } catch (SqlException x) {
                            tx.rollback();
                            if (x.state() != SqlState.DEADLOCK_DETECTED) {
                                throw x;
                            }
                        }
                    }
                    return done;
                }));
            }
            for (CompletableFuture<Integer> f : all) {
                assertThat(f.get(10, TimeUnit.MINUTES)).isEqualTo(each);
            }
            check(e, acc, counter, n, threads * each, seed);
            storage.closeEngines();

            Engine again = storage.open(EngineFixture.config(64));
            RelationInfo a = again.catalog().relation(null, "public", "accounts").orElseThrow();
            RelationInfo c = again.catalog().relation(null, "public", "counter").orElseThrow();
            check(again, new Accounts(again.table(a.oid()), again.index(again.catalog().indexes(null, a.oid()).get(0).oid())),
                    new Accounts(again.table(c.oid()), again.index(again.catalog().indexes(null, c.oid()).get(0).oid())),
                    n, threads * each, seed);
        }
    }

    private static void check(Engine e, Accounts acc, Accounts counter, int n, long increments, long seed) {
        Transaction r = e.openSession().begin(Isolation.REPEATABLE_READ, true);
        r.startStatement();
        assertThat(acc.total(r)).as("seed %d", seed).isEqualTo(n * 100L);
        assertThat(counter.total(r)).as("lost updates (seed %d)", seed).isEqualTo(increments);
        r.commit();
    }
}
