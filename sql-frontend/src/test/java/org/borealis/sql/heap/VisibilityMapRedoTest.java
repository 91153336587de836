package org.borealis.sql.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.borealis.pagestore.heap.HeapPage;
import org.borealis.pagestore.heap.HeapRecords;
import org.borealis.pagestore.heap.VisibilityMapPage;
import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.impl.StorageEngine;
import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Seeded: inserts, plain and heap-only updates, deletes, rollbacks, held snapshots and vacuums
 * over a table of a few hundred rows. After every round the visibility map and heap pages compute
 * caches equal the pages the volume replays from the log; the map bit is set exactly when the heap
 * page's flag is, and only on pages whose last record is the one that set the flag (no page
 * changed after vacuum keeps its bit); after a restart from the log the same holds and vacuum
 * still finds the all-visible pages.
 */
class VisibilityMapRedoTest {

    @Test
    void mapBitsFollowTheLogAndEveryChangeClearsThem() {
        long seed = Seeds.seed("VisibilityMapRedoTest");
        Random rnd = new Random(seed);
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Accounts acc = new Accounts(e, "vm", 400, 0);
            if (rnd.nextBoolean()) {
                acc.hot();
            }
            int oid = acc.table.oid();
            long nextId = 400;
            int everSet = 0;
            Transaction held = null;
            for (int round = 0; round < 30; round++) {
                Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
                tx.startStatement();
                int ops = 1 + rnd.nextInt(round % 5 == 0 ? 60 : 8);
                for (int i = 0; i < ops; i++) {
                    int what = rnd.nextInt(10);
                    long id = rnd.nextLong(nextId);
                    if (what < 2) {
                        Tid tid = acc.table.insert(tx, EngineFixture.row(nextId, 0));
                        acc.index.insert(tx, EngineFixture.key(nextId++), tid);
                    } else if (what < 8) {
                        acc.add(tx, id, 1);
                    } else {
                        acc.find(tx, id).ifPresent(r -> acc.table.delete(tx, r.tid()));
                    }
                }
                if (rnd.nextInt(5) == 0) {
                    tx.rollback();
                } else {
                    tx.commit();
                }
                if (held != null && rnd.nextInt(3) == 0) {
                    held.commit();
                    held = null;
                } else if (held == null && rnd.nextInt(6) == 0) {
                    held = e.openSession().begin(Isolation.REPEATABLE_READ, true);
                    held.startStatement();
                }
                if (rnd.nextInt(3) == 0) {
                    e.vacuum(oid);
                }
                everSet += check(fx, (StorageEngine) e, oid, seed);
            }
            if (held != null) {
                held.commit();
            }
            e.vacuum(oid);
            e.vacuum(oid);
            int afterVacuum = check(fx, (StorageEngine) e, oid, seed);
            assertThat(afterVacuum).as("seed %d: two vacuums with no snapshot held mark every page", seed)
                    .isEqualTo(((HeapTable) acc.table).freeSpace().blocks());
            assertThat(e.stats(oid).allVisible()).isEqualTo(afterVacuum);
            List<Row> before = EngineFixture.scan(acc.table, begin(e));
            Tid victim = before.get(rnd.nextInt(before.size())).tid();
            Transaction tx = begin(e);
            acc.table.delete(tx, victim);
            tx.commit();
            assertThat(check(fx, (StorageEngine) e, oid, seed)).isEqualTo(afterVacuum - 1);
            e.close();

            Engine again = fx.open();
            int afterRestart = check(fx, (StorageEngine) again, oid, seed);
            assertThat(afterRestart).isEqualTo(afterVacuum - 1);
            assertThat(again.stats(oid).allVisible()).as("counted from the map after a restart")
                    .isEqualTo(afterVacuum - 1);
            Transaction t2 = begin(again);
            List<Row> rows = EngineFixture.scan(again.table(oid), t2);
            t2.commit();
            assertThat(rows).hasSize(before.size() - 1);
            assertThat(everSet + afterVacuum).as("seed %d: some bits were set on the way", seed).isPositive();
        }
    }

    private static Transaction begin(Engine e) {
        Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        return tx;
    }

    /** Checks the invariants; returns how many heap pages are all-visible. */
    private static int check(EngineFixture fx, StorageEngine e, int oid, long seed) {
        HeapTable heap = (HeapTable) e.table(oid);
        int blocks = heap.freeSpace().blocks();
        long lsn = fx.volume.lastLsn();
        Map<Integer, ByteBuffer> maps = new HashMap<>();
        int visible = 0;
        for (int b = 0; b < blocks; b++) {
            PageId hp = new PageId(oid, Fork.MAIN, b);
            ByteBuffer stored = fx.volume.materialise(hp, lsn);
            ByteBuffer cached = cached(e, hp);
            if (cached != null) {
                assertThat(body(cached)).as("seed %d: heap block %d equals its replay", seed, b).isEqualTo(body(stored));
            }
            int mb = VisibilityMapPage.mapBlock(b);
            ByteBuffer map = maps.computeIfAbsent(mb, k -> fx.volume.materialise(new PageId(oid, Fork.VM, k), lsn));
            boolean bit = PageLayout.type(map) == PageType.VISIBILITY_MAP && VisibilityMapPage.isSet(map, b);
            boolean flag = HeapPage.isAllVisible(stored);
            assertThat(bit).as("seed %d: block %d map bit equals the page flag", seed, b).isEqualTo(flag);
            assertThat(heap.visibilityMap().isAllVisible(b)).as("seed %d: compute's bit of block %d", seed, b)
                    .isEqualTo(bit);
            if (flag) {
                assertThat(fx.volume.lastRecordType(hp))
                        .as("seed %d: block %d changed after it was marked all-visible", seed, b)
                        .isEqualTo(HeapRecords.HEAP_VISIBLE);
                visible++;
            }
        }
        for (Map.Entry<Integer, ByteBuffer> m : maps.entrySet()) {
            ByteBuffer cached = cached(e, new PageId(oid, Fork.VM, m.getKey()));
            if (cached != null) {
                assertThat(body(cached)).as("seed %d: map block %d equals its replay", seed, m.getKey())
                        .isEqualTo(body(m.getValue()));
            }
        }
        return visible;
    }

    private static ByteBuffer cached(StorageEngine e, PageId page) {
        List<ByteBuffer> out = new ArrayList<>();
        e.bufferPool().forEachCached((p, b) -> {
            if (p.equals(page)) {
                out.add(b);
            }
        });
        return out.isEmpty() ? null : out.get(0);
    }

    /** The page without its checksum (a cached page's is stale). */
    private static byte[] body(ByteBuffer page) {
        byte[] b = new byte[PageLayout.PAGE_SIZE];
        page.get(0, b);
        for (int i = PageLayout.CHECKSUM; i < PageLayout.CHECKSUM + 4; i++) {
            b[i] = 0;
        }
        return b;
    }
}
