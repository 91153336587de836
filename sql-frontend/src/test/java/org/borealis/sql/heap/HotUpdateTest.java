package org.borealis.sql.heap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Heap-only updates against a model: a table of (id, value, padding) rows with a unique index on
 * id; seeded random transactions update values (HOT-eligible), change ids (not), insert, delete and
 * roll back, with REPEATABLE READ snapshots held across many of them and vacuums in between.
 * After every transaction, index lookups and a sequential scan must show exactly the model, and
 * every held snapshot exactly the model as of its start. Pages are pruned on the way (the table
 * stays small), and after the last vacuum each live row has exactly one index entry.
 */
class HotUpdateTest {

    private static final int PAD = 180;

    static byte[] row(long id, long value) {
        return ByteBuffer.allocate(16 + PAD).putLong(id).putLong(value).array();
    }

    private record Held(Transaction tx, Map<Long, Long> model) {
    }

    @Test
    void hotUpdatesMatchTheModel() {
        long seed = Seeds.seed("HotUpdateTest");
        Random rnd = new Random(seed);
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo rel = EngineFixture.createTable(e, "h");
            Table t = e.table(rel.oid());
            Index idx = e.index(createIndex(e, rel.oid(), "h_pkey", true, r -> EngineFixture.key(id(r))));
            Map<Long, Long> model = new TreeMap<>();
            List<Held> held = new ArrayList<>();
            long nextId = 0;
            int hot = 0;
            int valueUpdates = 0;
            long versions = 0;
            for (int round = 0; round < 1500; round++) {
                Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
                Map<Long, Long> mine = new TreeMap<>(model);
                int ops = 1 + rnd.nextInt(4);
                for (int op = 0; op < ops; op++) {
                    tx.startStatement();
                    versions++;
                    int kind = rnd.nextInt(10);
                    if (mine.size() < 20 || kind == 0) {
                        long id = nextId++;
                        Tid tid = t.insert(tx, row(id, 0));
                        idx.insert(tx, EngineFixture.key(id), tid);
                        mine.put(id, 0L);
                        continue;
                    }
                    long id = pick(mine, rnd);
                    Row r = find(t, idx, tx, id).orElseThrow(() -> new AssertionError("id " + id + " lost"
                            + at(seed)));
                    if (kind == 1) {
                        assertThat(t.delete(tx, r.tid()).status()).isEqualTo(ModifyResult.Status.OK);
                        mine.remove(id);
                    } else if (kind == 2) {
                        long to = nextId++;
                        ModifyResult m = t.update(tx, r.tid(), row(to, mine.get(id)), false);
                        assertThat(m.heapOnly()).isFalse();
                        idx.insert(tx, EngineFixture.key(to), m.tid());
                        mine.put(to, mine.remove(id));
                    } else {
                        ModifyResult m = t.update(tx, r.tid(), row(id, mine.get(id) + 1), true);
                        assertThat(m.status()).isEqualTo(ModifyResult.Status.OK);
                        valueUpdates++;
                        if (m.heapOnly()) {
                            hot++;
                        } else {
                            idx.insert(tx, EngineFixture.key(id), m.tid());
                        }
                        mine.put(id, mine.get(id) + 1);
                    }
                }
                if (rnd.nextInt(8) == 0) {
                    tx.rollback();
                } else {
                    tx.commit();
                    model = mine;
                }
                if (rnd.nextInt(40) == 0) {
                    Transaction snap = e.openSession().begin(Isolation.REPEATABLE_READ, true);
                    snap.startStatement();
                    held.add(new Held(snap, new TreeMap<>(model)));
                }
                if (!held.isEmpty() && rnd.nextInt(30) == 0) {
                    Held h = held.remove(rnd.nextInt(held.size()));
                    check(t, idx, h.tx(), h.model(), seed);
                    h.tx().commit();
                }
                if (rnd.nextInt(100) == 0) {
                    e.vacuum(rel.oid());
                }
                Transaction check = e.openSession().begin(Isolation.READ_COMMITTED, true);
                check.startStatement();
                check(t, idx, check, model, seed);
                check.commit();
            }
            for (Held h : held) {
                check(t, idx, h.tx(), h.model(), seed);
                h.tx().commit();
            }
            System.out.println("HotUpdateTest: " + hot + " of " + valueUpdates + " value updates were heap-only" + at(seed));
            // how many can be heap-only depends on the seed: snapshots held across many rounds keep
            // dead versions (and their page space) alive, as in PostgreSQL; 35 % was the lowest seen
            assertThat(hot).as("heap-only updates were common (%d of %d)%s", hot, valueUpdates, at(seed))
                    .isGreaterThan(valueUpdates / 10);
            e.vacuum(rel.oid());
            e.vacuum(rel.oid());
            Transaction check = e.openSession().begin(Isolation.READ_COMMITTED, true);
            check.startStatement();
            check(t, idx, check, model, seed);
            List<IndexEntry> entries = new ArrayList<>();
            try (var c = idx.scan(check, KeyRange.all(), ScanDirection.FORWARD)) {
                c.forEachRemaining(entries::add);
            }
            assertThat(entries).as("one entry per live row after vacuum" + at(seed)).hasSize(model.size());
            long perPage = 8160 / ((org.borealis.pagestore.heap.HeapPage.TUPLE_HEADER_SIZE + 4) + 16 + PAD);
            // below what the versions would fill without pruning; how far below depends on the seed
            // (a snapshot held across many rounds lets the table grow, and it never shrinks; 76 of
            // 105 pages was the most seen). aHotRowIsPrunedInPlace shows the strong form.
            assertThat(e.stats(rel.oid()).pages()).as("pruning kept the table below its %d versions' %d pages%s",
                    versions, versions / perPage, at(seed)).isLessThan(versions / perPage);

            // a unique check finds a live heap-only version through its root; a new index names roots
            long some = model.keySet().iterator().next();
            Transaction dup = e.openSession().begin(Isolation.READ_COMMITTED, false);
            dup.startStatement();
            Tid tid = t.insert(dup, row(some, 0));
            assertThatThrownBy(() -> idx.insert(dup, EngineFixture.key(some), tid)).isInstanceOf(SqlException.class)
                    .satisfies(x -> assertThat(((SqlException) x).state()).isEqualTo(SqlState.UNIQUE_VIOLATION));
            dup.rollback();
            Index byValue = e.index(createIndex(e, rel.oid(), "h_value", false, r -> EngineFixture.key(value(r))));
            Transaction q = e.openSession().begin(Isolation.READ_COMMITTED, true);
            q.startStatement();
            for (Map.Entry<Long, Long> m : model.entrySet()) {
                boolean found = false;
                for (Tid at : byValue.lookup(q, EngineFixture.key(m.getValue()))) {
                    Optional<Row> r = t.fetch(q, at);
                    if (r.isPresent() && id(r.get().data()) == m.getKey()) {
                        assertThat(value(r.get().data())).isEqualTo(m.getValue());
                        found = true;
                    }
                }
                assertThat(found).as("id %d by value %d%s", m.getKey(), m.getValue(), at(seed)).isTrue();
            }
            q.commit();
        }
    }

    /** One row updated again and again: pruning keeps every version on the first page, one index entry. */
    @Test
    void aHotRowIsPrunedInPlace() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo rel = EngineFixture.createTable(e, "one");
            Table t = e.table(rel.oid());
            Index idx = e.index(createIndex(e, rel.oid(), "one_pkey", true, r -> EngineFixture.key(id(r))));
            Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            idx.insert(tx, EngineFixture.key(7), t.insert(tx, row(7, 0)));
            tx.commit();
            int heapOnly = 0;
            for (int i = 1; i <= 1000; i++) {
                Transaction u = e.openSession().begin(Isolation.READ_COMMITTED, false);
                u.startStatement();
                Row r = find(t, idx, u, 7).orElseThrow();
                assertThat(value(r.data())).isEqualTo(i - 1);
                ModifyResult m = t.update(u, r.tid(), row(7, i), true);
                heapOnly += m.heapOnly() ? 1 : 0;
                u.commit();
            }
            assertThat(heapOnly).isEqualTo(1000);
            assertThat(e.stats(rel.oid()).pages()).isEqualTo(1);
            Transaction q = e.openSession().begin(Isolation.READ_COMMITTED, true);
            q.startStatement();
            assertThat(idx.lookup(q, EngineFixture.key(7))).hasSize(1);
            assertThat(value(find(t, idx, q, 7).orElseThrow().data())).isEqualTo(1000);
            q.commit();
        }
    }

    private static int createIndex(Engine e, int table, String name, boolean unique,
                                   java.util.function.Function<byte[], byte[]> keyOf) {
        Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        int oid = e.catalog().createIndex(tx, new IndexDef(null, name, table, List.of(1), unique, unique, keyOf)).oid();
        tx.commit();
        return oid;
    }

    private static long pick(Map<Long, Long> m, Random rnd) {
        int i = rnd.nextInt(m.size());
        for (long id : m.keySet()) {
            if (i-- == 0) {
                return id;
            }
        }
        throw new IllegalStateException();
    }

    private static String at(long seed) {
        return " (seed " + seed + ", replay with -Dtest.seed=" + seed + ")";
    }

    static long id(byte[] r) {
        return ByteBuffer.wrap(r).getLong(0);
    }

    static long value(byte[] r) {
        return ByteBuffer.wrap(r).getLong(8);
    }

    static Optional<Row> find(Table t, Index idx, Transaction tx, long id) {
        Optional<Row> found = Optional.empty();
        for (Tid tid : idx.lookup(tx, EngineFixture.key(id))) {
            Optional<Row> r = t.fetch(tx, tid);
            if (r.isPresent() && id(r.get().data()) == id) {
                assertThat(found).as("two visible versions of id %d", id).isEmpty();
                found = r;
            }
        }
        return found;
    }

    private static void check(Table t, Index idx, Transaction tx, Map<Long, Long> model, long seed) {
        Map<Long, Long> scanned = new HashMap<>();
        for (Row r : EngineFixture.scan(t, tx)) {
            assertThat(scanned.put(id(r.data()), value(r.data()))).as("id seen twice" + at(seed)).isNull();
        }
        assertThat(scanned).as("sequential scan" + at(seed)).isEqualTo(model);
        for (Map.Entry<Long, Long> m : model.entrySet()) {
            Optional<Row> r = find(t, idx, tx, m.getKey());
            assertThat(r).as("index lookup of id %d%s", m.getKey(), at(seed)).isPresent();
            assertThat(value(r.get().data())).isEqualTo(m.getValue());
        }
    }
}
