package org.borealis.bench.engine;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.RelationInfo;
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
 * B-tree point lookup on cached pages: {@link Index#lookup} of a random existing key in a unique
 * index of 200 000 8-byte keys (three levels), every page in the buffer pool. Baseline in the same
 * run: {@link TreeMap#get} on the same keys with an unsigned byte-array comparator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BTreeLookupBench {

    private static final int KEYS = 200_000;

    private Transport transport;
    private Engine engine;
    private Index index;
    private Transaction reader;
    private final TreeMap<byte[], Tid> baseline = new TreeMap<>(Arrays::compareUnsigned);
    private byte[][] probes;
    private int next;

    static byte[] key(long v) {
        return ByteBuffer.allocate(8).putLong(v ^ Long.MIN_VALUE).array();
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        transport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench"));
        CachedVolume volume = new CachedVolume();
        engine = Engine.open(EngineConfig.defaults("bench").withBufferPoolPages(8192)
                .withAutovacuumInterval(Duration.ZERO), volume, volume, transport);
        Transaction tx = engine.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        RelationInfo r = engine.catalog().createTable(tx, new TableDef(null, "t", List.of(ColumnDef.of("id", 20))));
        index = engine.index(engine.catalog().createIndex(tx, new IndexDef(null, "t_pkey", r.oid(), List.of(1),
                true, true, row -> row)).oid());
        Table t = engine.table(r.oid());
        Random rnd = new Random(42);
        long[] ids = rnd.longs(KEYS).toArray();
        for (long id : ids) {
            byte[] k = key(id);
            Tid tid = t.insert(tx, k);
            index.insert(tx, k, tid);
            baseline.put(k, tid);
        }
        tx.commit();
        probes = new byte[4096][];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = key(ids[rnd.nextInt(KEYS)]);
        }
        reader = engine.openSession().begin(Isolation.READ_COMMITTED, true);
        reader.startStatement();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        reader.commit();
        engine.close();
        transport.close();
    }

    @Benchmark
    public List<Tid> btreeLookup() {
        return index.lookup(reader, probes[next++ & 4095]);
    }

    @Benchmark
    public Tid baselineTreeMapGet() {
        return baseline.get(probes[next++ & 4095]);
    }
}
