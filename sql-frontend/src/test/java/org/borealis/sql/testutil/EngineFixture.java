package org.borealis.sql.testutil;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Transaction;
import org.borealis.pagestore.api.LogSink;
import org.borealis.pagestore.api.PageSource;

/** Opens engines over a {@link MemoryVolume} and offers small helpers for tests. */
public final class EngineFixture implements AutoCloseable {

    public final MemoryVolume volume = new MemoryVolume();
    private final List<Engine> engines = new ArrayList<>();

    public static EngineConfig config(int pages) {
        return EngineConfig.defaults("test").withBufferPoolPages(pages).withAutovacuumInterval(Duration.ZERO);
    }

    public Engine open() {
        return open(config(4096));
    }

    public Engine open(EngineConfig config) {
        return open(config, volume, volume);
    }

    public Engine open(EngineConfig config, LogSink sink, PageSource source) {
        Engine e = Engine.open(config, sink, source, new MemoryTransport());
        engines.add(e);
        return e;
    }

    public static byte[] i64(long v) {
        return ByteBuffer.allocate(8).putLong(v).array();
    }

    public static long i64(byte[] b) {
        return ByteBuffer.wrap(b).getLong();
    }

    /** A row of two longs: id and value. */
    public static byte[] row(long id, long value) {
        return ByteBuffer.allocate(16).putLong(id).putLong(value).array();
    }

    public static long id(byte[] row) {
        return ByteBuffer.wrap(row).getLong(0);
    }

    public static long value(byte[] row) {
        return ByteBuffer.wrap(row).getLong(8);
    }

    /** Order-preserving key bytes of a signed long (sign bit flipped, big-endian). */
    public static byte[] key(long v) {
        return ByteBuffer.allocate(8).putLong(v ^ Long.MIN_VALUE).array();
    }

    public static RelationInfo createTable(Engine e, String name) {
        try (Session s = e.openSession()) {
            Transaction tx = s.begin(Isolation.READ_COMMITTED, false);
            tx.startStatement();
            RelationInfo r = e.catalog().createTable(tx, new TableDef(null, name,
                    List.of(ColumnDef.of("id", 20).withNotNull(true), ColumnDef.of("v", 20))));
            tx.commit();
            return r;
        }
    }

    public static List<Row> scan(Table t, Transaction tx) {
        List<Row> out = new ArrayList<>();
        try (Cursor<Row> c = t.scan(tx)) {
            c.forEachRemaining(out::add);
        }
        return out;
    }

    @Override
    public void close() {
        for (Engine e : engines) {
            e.close();
        }
    }
}
