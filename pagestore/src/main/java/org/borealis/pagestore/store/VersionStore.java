package org.borealis.pagestore.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.redo.RedoRegistry;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ColumnFamilyOptions;
import org.rocksdb.DBOptions;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * The versioned page store of a node: one RocksDB with a {@code meta} column family and one
 * column family per protection group ({@code g<N>}) of page versions keyed by {@link VersionKey}.
 * Read path hop: {@link #materialize} builds a page at an LSN from the newest image at or below
 * it and the deltas after ({@link Materializer}); the write path's last hop, the replay, writes
 * versions and the applied LSN in one {@link WriteBatch} ({@link #commit}).
 *
 * <p>Thread-safe (RocksDB is); the replay thread is the only writer of versions and applied LSN,
 * the GC thread the only one that collapses old versions.
 */
public final class VersionStore implements AutoCloseable {

    static {
        RocksDB.loadLibrary();
    }

    private static final byte[] META = "meta".getBytes(StandardCharsets.UTF_8);

    private final RocksDB db;
    private final ColumnFamilyHandle meta;
    private final DBOptions dbOptions;
    private final ColumnFamilyOptions cfOptions;
    private final WriteOptions writeOptions = new WriteOptions();
    private final Map<Integer, GroupStore> groups = new ConcurrentHashMap<>();
    private final List<ColumnFamilyHandle> handles = new ArrayList<>();
    private final Materializer materializer;

    private VersionStore(RocksDB db, DBOptions dbo, ColumnFamilyOptions cfo, ColumnFamilyHandle meta,
                         RedoRegistry redo) {
        this.db = db;
        this.dbOptions = dbo;
        this.cfOptions = cfo;
        this.meta = meta;
        this.materializer = new Materializer(db, redo);
    }

    /** Opens or creates the store in {@code dir}, with every group column family found there. */
    public static VersionStore open(Path dir, RedoRegistry redo) throws IOException {
        Files.createDirectories(dir);
        DBOptions dbo = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true)
                .setMaxBackgroundJobs(2);
        ColumnFamilyOptions cfo = new ColumnFamilyOptions();
        try {
            List<byte[]> names;
            try (Options o = new Options()) {
                names = RocksDB.listColumnFamilies(o, dir.toString());
            }
            List<ColumnFamilyDescriptor> descs = new ArrayList<>();
            descs.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, cfo));
            descs.add(new ColumnFamilyDescriptor(META, cfo));
            for (byte[] n : names) {
                String s = new String(n, StandardCharsets.UTF_8);
                if (s.startsWith("g")) {
                    descs.add(new ColumnFamilyDescriptor(n, cfo));
                }
            }
            List<ColumnFamilyHandle> hs = new ArrayList<>();
            RocksDB db = RocksDB.open(dbo, dir.toString(), descs, hs);
            VersionStore vs = new VersionStore(db, dbo, cfo, hs.get(1), redo);
            vs.handles.addAll(hs);
            for (int i = 2; i < hs.size(); i++) {
                int g = Integer.parseUnsignedInt(new String(descs.get(i).getName(), StandardCharsets.UTF_8).substring(1));
                vs.groups.put(g, vs.load(g, hs.get(i)));
            }
            return vs;
        } catch (RocksDBException | NumberFormatException e) {
            dbo.close();
            cfo.close();
            throw new IOException("cannot open the page store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private GroupStore load(int g, ColumnFamilyHandle cf) throws RocksDBException {
        return new GroupStore(g, cf, readMeta(g, "applied"), readMeta(g, "horizon"), (int) readMeta(g, "truncated-epoch"));
    }

    private long readMeta(int g, String what) throws RocksDBException {
        byte[] v = db.get(meta, metaKey(g, what));
        return v == null ? 0 : ByteBuffer.wrap(v).getLong();
    }

    static byte[] metaKey(int g, String what) {
        return ("g" + Integer.toUnsignedString(g) + "." + what).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] u64(long v) {
        return ByteBuffer.allocate(8).putLong(0, v).array();
    }

    /** The store of a group, created empty when new. */
    public GroupStore group(int g) throws IOException {
        GroupStore gs = groups.get(g);
        if (gs != null) {
            return gs;
        }
        synchronized (this) {
            gs = groups.get(g);
            if (gs == null) {
                try {
                    ColumnFamilyHandle cf = db.createColumnFamily(new ColumnFamilyDescriptor(
                            ("g" + Integer.toUnsignedString(g)).getBytes(StandardCharsets.UTF_8), cfOptions));
                    handles.add(cf);
                    gs = new GroupStore(g, cf, 0, 0, 0);
                    groups.put(g, gs);
                } catch (RocksDBException e) {
                    throw new IOException("cannot create the page store of group " + g + ": " + e.getMessage(), e);
                }
            }
            return gs;
        }
    }

    /** Groups with a store on this node. */
    public Map<Integer, GroupStore> groups() {
        return groups;
    }

    /**
     * The page as of {@code lsn}: the newest version at or below it, rebuilt and checksum-stamped,
     * or the empty page (LSN 0) when there is none.
     */
    public Materializer.Page materialize(GroupStore g, PageId page, long lsn) throws CorruptionException, IOException {
        return materializer.materialize(g.cf, page, lsn);
    }

    /** Writes the batch (versions) with the group's new applied LSN, atomically. */
    public void commit(GroupStore g, WriteBatch batch, long applied) throws IOException {
        try {
            batch.put(meta, metaKey(g.group, "applied"), u64(applied));
            db.write(writeOptions, batch);
        } catch (RocksDBException e) {
            throw new IOException("writing page versions of group " + g.group + " failed: " + e.getMessage(), e);
        }
        g.setApplied(applied);
    }

    /** Persists a new GC horizon (only ever raised). */
    public void setHorizon(GroupStore g, long horizon) throws IOException {
        synchronized (g) {
            if (horizon <= g.horizon()) {
                return;
            }
            try {
                db.put(meta, metaKey(g.group, "horizon"), u64(horizon));
            } catch (RocksDBException e) {
                throw new IOException("persisting the horizon of group " + g.group + " failed: " + e.getMessage(), e);
            }
            g.setHorizon(horizon);
        }
    }

    /**
     * Writer recovery on the store side: deletes every version above {@code above} and lowers the
     * applied LSN to it, recording that truncation {@code epoch} is done, in one batch.
     */
    public void rollback(GroupStore g, long above, int epoch) throws IOException {
        try (WriteBatch wb = new WriteBatch(); RocksIterator it = db.newIterator(g.cf)) {
            int deleted = 0;
            for (it.seekToFirst(); g.applied() > above && it.isValid(); it.next()) {
                byte[] k = it.key();
                if (VersionKey.lsn(k) > above) {
                    wb.delete(g.cf, k);
                    deleted++;
                }
            }
            long applied = Math.min(g.applied(), above);
            wb.put(meta, metaKey(g.group, "applied"), u64(applied));
            wb.put(meta, metaKey(g.group, "truncated-epoch"), u64(Integer.toUnsignedLong(epoch)));
            db.write(writeOptions, wb);
            g.setApplied(applied);
            g.setTruncatedEpoch(epoch);
            if (deleted > 0) {
                org.slf4j.LoggerFactory.getLogger(VersionStore.class).info(
                        "group {}: rolled back {} page version(s) above LSN {}", g.group, deleted, above);
            }
        } catch (RocksDBException e) {
            throw new IOException("rolling back group " + g.group + " above LSN " + above + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Flushes memtables and syncs, so everything committed survives a machine crash. */
    public void flush() throws IOException {
        try (FlushOptions fo = new FlushOptions().setWaitForFlush(true)) {
            db.flush(fo, handles);
        } catch (RocksDBException e) {
            throw new IOException("flushing the page store failed: " + e.getMessage(), e);
        }
    }

    RocksDB db() {
        return db;
    }

    Materializer materializer() {
        return materializer;
    }

    @Override
    public void close() {
        for (ColumnFamilyHandle h : handles) {
            h.close();
        }
        db.close();
        writeOptions.close();
        dbOptions.close();
        cfOptions.close();
    }
}
