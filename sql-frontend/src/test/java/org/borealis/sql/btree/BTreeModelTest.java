package org.borealis.sql.btree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The B-tree against a sorted-set model of (key, tid) entries: random variable-length keys with
 * many duplicates, enough entries for thousands of splits and a tree of three levels or more;
 * lookups, full and random range scans in both directions must match the model exactly. Seeded:
 * a failure prints its seed, {@code -Dtest.seed=N} replays it.
 */
class BTreeModelTest {

    record E(byte[] key, Tid tid) {
        @Override
        public boolean equals(Object o) {
            return o instanceof E e && Arrays.equals(key, e.key) && tid.equals(e.tid);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(key) * 31 + tid.hashCode();
        }

        @Override
        public String toString() {
            return java.util.HexFormat.of().formatHex(key) + "@" + tid;
        }
    }

    static final Comparator<E> ORDER = (a, b) -> {
        int c = Arrays.compareUnsigned(a.key, b.key);
        return c != 0 ? c : a.tid.compareTo(b.tid);
    };

    static byte[] randomKey(Random rnd) {
        int len = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 300 : 12);
        byte[] k = new byte[len];
        for (int i = 0; i < len; i++) {
            k[i] = (byte) (rnd.nextInt(3) == 0 ? rnd.nextInt(256) : 'a' + rnd.nextInt(3));
        }
        return k;
    }

    private static Index newIndex(Engine e, Transaction tx, boolean unique) {
        RelationInfo t = EngineFixture.createTable(e, "t");
        return e.index(e.catalog().createIndex(tx, new IndexDef(null, "t_idx", t.oid(), List.of(1), unique, false,
                row -> row)).oid());
    }

    @Test
    void matchesASortedModelThroughManySplits() {
        long seed = Seeds.seed("BTreeModelTest.matchesASortedModelThroughManySplits");
        Random rnd = new Random(seed);
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            Index idx = newIndex(e, tx, false);
            NavigableSet<E> model = new TreeSet<>(ORDER);
            List<byte[]> used = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < 40_000; i++) {
                byte[] key = used.isEmpty() || rnd.nextInt(3) > 0 ? randomKey(rnd) : used.get(rnd.nextInt(used.size()));
                used.add(key);
                Tid tid = new Tid(rnd.nextInt(1 << 20), rnd.nextInt(300));
                if (model.add(new E(key, tid))) {
                    idx.insert(tx, key, tid);
                }
            }
            System.out.println("inserted " + model.size() + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            assertThat(((BTree) idx).meta()[1]).as("tree height (seed %d)", seed).isGreaterThanOrEqualTo(2);
            same(scan(idx, tx, KeyRange.all(), ScanDirection.FORWARD), model, "seed %d", seed);
            same(scan(idx, tx, KeyRange.all(), ScanDirection.BACKWARD), model.descendingSet(), "seed %d", seed);
            for (int q = 0; q < 120; q++) {
                byte[] key = used.get(rnd.nextInt(used.size()));
                List<Tid> expected = model.subSet(new E(key, new Tid(0, 0)), true, new E(key, new Tid(-1, 0xFFFF)), true)
                        .stream().map(E::tid).toList();
                same(idx.lookup(tx, key), expected, "lookup (seed %d)", seed);
                byte[] a = rnd.nextBoolean() ? used.get(rnd.nextInt(used.size())) : randomKey(rnd);
                byte[] b = rnd.nextBoolean() ? used.get(rnd.nextInt(used.size())) : randomKey(rnd);
                KeyRange range = new KeyRange(rnd.nextInt(5) == 0 ? null : a, rnd.nextBoolean(),
                        rnd.nextInt(5) == 0 ? null : b, rnd.nextBoolean());
                List<E> want = model.stream().filter(x -> inRange(x.key, range)).toList();
                same(scan(idx, tx, range, ScanDirection.FORWARD), want, "range (seed %d)", seed);
                List<E> back = new ArrayList<>(want);
                java.util.Collections.reverse(back);
                same(scan(idx, tx, range, ScanDirection.BACKWARD), back, "backward range (seed %d)", seed);
            }
            tx.commit();
        }
    }

    /** List equality with a short message naming the first difference (assertj is slow on big lists). */
    static <T> void same(List<T> actual, java.util.Collection<T> expected, String what, Object... args) {
        List<T> want = new ArrayList<>(expected);
        if (!actual.equals(want)) {
            int i = 0;
            while (i < actual.size() && i < want.size() && actual.get(i).equals(want.get(i))) {
                i++;
            }
            throw new AssertionError(String.format(what, args) + ": " + actual.size() + " entries, expected "
                    + want.size() + "; first difference at " + i + ": "
                    + (i < actual.size() ? actual.get(i) : "end") + " vs " + (i < want.size() ? want.get(i) : "end"));
        }
    }

    /** The documented bound semantics: a key is compared with a bound on its first bound-length bytes. */
    static boolean inRange(byte[] key, KeyRange r) {
        if (r.low() != null) {
            int c = prefixCompare(key, r.low());
            if (c < 0 || (c == 0 && !r.lowInclusive())) {
                return false;
            }
        }
        if (r.high() != null) {
            int c = prefixCompare(key, r.high());
            return c < 0 || (c == 0 && r.highInclusive());
        }
        return true;
    }

    static int prefixCompare(byte[] key, byte[] bound) {
        return Arrays.compareUnsigned(key, 0, Math.min(key.length, bound.length), bound, 0, bound.length)
                + (key.length >= bound.length ? 0 : 0);
    }

    static List<E> scan(Index idx, Transaction tx, KeyRange range, ScanDirection dir) {
        List<E> out = new ArrayList<>();
        try (Cursor<IndexEntry> c = idx.scan(tx, range, dir)) {
            c.forEachRemaining(x -> out.add(new E(x.key(), x.tid())));
        }
        return out;
    }

    @Test
    void concurrentWritersLoseNoEntry() throws Exception {
        long seed = Seeds.seed("BTreeModelTest.concurrentWritersLoseNoEntry");
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Transaction ddl = e.openSession().begin(Isolation.READ_COMMITTED, false);
            ddl.startStatement();
            Index idx = newIndex(e, ddl, false);
            ddl.commit();
            int threads = 4;
            int each = 6000;
            ConcurrentSkipListSet<E> model = new ConcurrentSkipListSet<>(ORDER);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    Random rnd = new Random(seed + writer);
                    Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
                    tx.startStatement();
                    go.await();
                    for (int i = 0; i < each; i++) {
                        byte[] key = randomKey(rnd);
                        Tid tid = new Tid(writer, i);
                        model.add(new E(key, tid));
                        idx.insert(tx, key, tid);
                        if (i % 50 == 0) {
                            // readers run alongside the splits
                            scan(idx, tx, KeyRange.prefix(key), rnd.nextBoolean() ? ScanDirection.FORWARD
                                    : ScanDirection.BACKWARD);
                        }
                    }
                    tx.commit();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, true);
            tx.startStatement();
            same(scan(idx, tx, KeyRange.all(), ScanDirection.FORWARD), model, "seed %d", seed);
            same(scan(idx, tx, KeyRange.all(), ScanDirection.BACKWARD), model.descendingSet(), "seed %d", seed);
        }
    }

    @Test
    void concurrentUniqueInsertersOfTheSameKeysLetExactlyOneWinEach() throws Exception {
        long seed = Seeds.seed("BTreeModelTest.concurrentUniqueInsertersOfTheSameKeysLetExactlyOneWinEach");
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo t = EngineFixture.createTable(e, "u");
            Transaction ddl = e.openSession().begin(Isolation.READ_COMMITTED, false);
            ddl.startStatement();
            Index idx = e.index(e.catalog().createIndex(ddl, new IndexDef(null, "u_key", t.oid(), List.of(1), true,
                    false, row -> EngineFixture.key(EngineFixture.id(row)))).oid());
            ddl.commit();
            org.borealis.sql.engine.Table heap = e.table(t.oid());
            int keys = 1500;
            int threads = 4;
            java.util.concurrent.atomic.AtomicInteger wins = new java.util.concurrent.atomic.AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    Random rnd = new Random(seed + writer);
                    List<Integer> order = new ArrayList<>();
                    for (int k = 0; k < keys; k++) {
                        order.add(k);
                    }
                    java.util.Collections.shuffle(order, rnd);
                    org.borealis.sql.engine.Session s = e.openSession();
                    for (int k : order) {
                        Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
                        tx.startStatement();
                        Tid tid = heap.insert(tx, EngineFixture.row(k, writer));
                        try {
                            idx.insert(tx, EngineFixture.key(k), tid);
                            tx.commit();
                            wins.incrementAndGet();
                        } catch (org.borealis.sql.error.SqlException x) {
                            tx.rollback();
                            if (x.state() != org.borealis.sql.error.SqlState.UNIQUE_VIOLATION) {
                                throw x;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();
            assertThat(wins.get()).as("seed %d", seed).isEqualTo(keys);
            Transaction r = e.openSession().begin(Isolation.READ_COMMITTED, true);
            r.startStatement();
            for (int k = 0; k < keys; k++) {
                long live = idx.lookup(r, EngineFixture.key(k)).stream().filter(x -> heap.fetch(r, x).isPresent()).count();
                assertThat(live).as("key %d (seed %d)", k, seed).isEqualTo(1);
            }
        }
    }
}
