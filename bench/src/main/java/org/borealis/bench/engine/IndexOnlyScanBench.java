package org.borealis.bench.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A range of 100 keys of a vacuumed table of 100 000 rows (200-byte rows, so the keys' rows
 * spread over several heap pages), every page cached. {@code indexOnly}: the index-only scan,
 * which reads each entry's visibility-map bit and answers from the key; baseline in the same run,
 * {@code indexScan}: the same entries each fetched from the heap and checked for visibility, as
 * an index scan does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class IndexOnlyScanBench {

    private static final int ROWS = 100_000;
    private static final int RANGE = 100;

    private Transport transport;
    private Engine engine;
    private Table table;
    private Index index;
    private Transaction reader;
    private int next;

    private static byte[] key(long v) {
        return BTreeLookupBench.key(v);
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        transport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench"));
        CachedVolume volume = new CachedVolume();
        engine = Engine.open(EngineConfig.defaults("bench").withBufferPoolPages(16384)
                .withAutovacuumInterval(Duration.ZERO), volume, volume, transport);
        Transaction tx = engine.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        RelationInfo r = engine.catalog().createTable(tx, new TableDef(null, "t", List.of(ColumnDef.of("id", 20))));
        index = engine.index(engine.catalog().createIndex(tx, new IndexDef(null, "t_pkey", r.oid(), List.of(1),
                true, true, row -> java.util.Arrays.copyOf(row, 8))).oid());
        table = engine.table(r.oid());
        for (long id = 0; id < ROWS; id++) {
            byte[] row = new byte[200];
            System.arraycopy(key(id), 0, row, 0, 8);
            Tid tid = table.insert(tx, row);
            index.insert(tx, key(id), tid);
        }
        tx.commit();
        engine.vacuum(r.oid());
        reader = engine.openSession().begin(Isolation.REPEATABLE_READ, true);
        reader.startStatement();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.commit();
        engine.close();
        transport.close();
    }

    private KeyRange nextRange() {
        long lo = (next++ * 7919L) % (ROWS - RANGE);
        return new KeyRange(key(lo), true, key(lo + RANGE - 1), true);
    }

    @Benchmark
    public long indexOnly() {
        long sum = 0;
        try (Cursor<IndexEntry> c = index.scanIndexOnly(reader, nextRange(), ScanDirection.FORWARD)) {
            while (c.hasNext()) {
                IndexEntry e = c.next();
                if (e.allVisible()) {
                    sum += e.key()[7];
                } else {
                    sum += table.fetch(reader, e.tid()).map(row -> (long) row.data()[7]).orElse(0L);
                }
            }
        }
        return sum;
    }

    @Benchmark
    public long indexScan() {
        long sum = 0;
        try (Cursor<IndexEntry> c = index.scan(reader, nextRange(), ScanDirection.FORWARD)) {
            while (c.hasNext()) {
                java.util.Optional<Row> row = table.fetch(reader, c.next().tid());
                if (row.isPresent()) {
                    sum += row.get().data()[7];
                }
            }
        }
        return sum;
    }
}
