package org.borealis.pagestore.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoRegistry;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;

/**
 * Builds a page at an LSN: one {@code seekForPrev} to the newest version at or below it, back to
 * the nearest full image (or the empty page when the page's first version is a delta), then the
 * deltas forward through the redo registry. Every image's checksum and every delta's CRC is
 * checked; damage is a {@link CorruptionException}, never a guess.
 */
public final class Materializer {

    /** A built page: bytes (checksum stamped), its version LSN (0: never written), deltas since its image. */
    public record Page(byte[] bytes, long lsn, int deltasSinceImage) {
    }

    private final RocksDB db;
    private final RedoRegistry redo;

    Materializer(RocksDB db, RedoRegistry redo) {
        this.db = db;
        this.redo = redo;
    }

    Page materialize(ColumnFamilyHandle cf, PageId page, long lsn) throws CorruptionException, IOException {
        ArrayDeque<byte[]> deltas = new ArrayDeque<>();
        byte[] image = null;
        long version = 0;
        try (RocksIterator it = db.newIterator(cf)) {
            it.seekForPrev(VersionKey.of(page, lsn));
            while (it.isValid()) {
                byte[] k = it.key();
                if (!VersionKey.isOf(k, page)) {
                    break;
                }
                if (version == 0) {
                    version = VersionKey.lsn(k);
                }
                byte[] v = it.value();
                if (v.length == 1 + PageLayout.PAGE_SIZE && v[0] == VersionValue.IMAGE) {
                    image = v;
                    break;
                }
                if (v.length < 1 + LogRecord.OVERHEAD || v[0] != VersionValue.DELTA) {
                    throw new CorruptionException("page " + page + " version " + VersionKey.lsn(k)
                            + " has a malformed value of " + v.length + " bytes");
                }
                deltas.push(v);
                it.prev();
            }
            try {
                it.status();
            } catch (org.rocksdb.RocksDBException e) {
                throw new IOException("reading versions of page " + page + " failed: " + e.getMessage(), e);
            }
        }
        ByteBuffer buf = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
        if (image != null) {
            buf.put(0, image, 1, PageLayout.PAGE_SIZE);
            if (!PageLayout.verifyChecksum(buf)) {
                throw new CorruptionException("page " + page + " image at LSN " + PageLayout.lsn(buf)
                        + " fails its checksum");
            }
        }
        int n = deltas.size();
        applyDeltas(page, buf, deltas);
        if (version != 0) {
            PageLayout.stampChecksum(buf);
        }
        return new Page(buf.array(), version, n);
    }

    private void applyDeltas(PageId page, ByteBuffer buf, ArrayDeque<byte[]> deltas) throws CorruptionException {
        LogRecord rec = new LogRecord();
        while (!deltas.isEmpty()) {
            ByteBuffer v = ByteBuffer.wrap(deltas.pop());
            try {
                LogRecord.check(v, 1, v.capacity() - 1);
            } catch (CorruptionException e) {
                throw new CorruptionException("page " + page + " delta: " + e.getMessage());
            }
            rec.wrap(v, 1);
            if (!rec.isFor(page)) {
                throw new CorruptionException("page " + page + " delta at LSN " + rec.lsn() + " is for page " + rec.pageId());
            }
            try {
                redo.apply(buf, rec);
            } catch (RedoException e) {
                throw new CorruptionException("page " + page + ": " + e.getMessage());
            }
        }
    }
}
