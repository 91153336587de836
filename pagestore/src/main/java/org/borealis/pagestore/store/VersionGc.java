package org.borealis.pagestore.store;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.page.PageId;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.WriteBatch;
import org.rocksdb.WriteOptions;

/**
 * Garbage collection of page versions: for each page of a group, every version older than the
 * horizon is collapsed into one full image at the newest version at or below the horizon, so any
 * LSN at or above the horizon still reads exactly as before. Runs on the node's GC thread; the
 * replay only adds versions above the applied LSN, which the GC never touches (it works up to
 * {@code min(horizon, applied)}), and each page's rewrite is one atomic batch.
 */
public final class VersionGc {

    /** What one pass did. */
    public record Result(int pages, int versionsRemoved) {
    }

    private VersionGc() {
    }

    public static Result collapse(VersionStore store, GroupStore g, long horizon) throws IOException, CorruptionException {
        long upTo = Math.min(horizon, g.applied());
        int pages = 0;
        int removed = 0;
        try (RocksIterator it = store.db().newIterator(g.cf); WriteOptions wo = new WriteOptions()) {
            it.seekToFirst();
            while (it.isValid()) {
                byte[] first = it.key();
                PageId page = VersionKey.page(first);
                int older = 0;
                long newestBelow = 0;
                boolean newestIsImage = false;
                while (it.isValid() && VersionKey.isOf(it.key(), page)) {
                    long lsn = VersionKey.lsn(it.key());
                    if (lsn <= upTo) {
                        if (newestBelow != 0) {
                            older++;
                        }
                        newestBelow = lsn;
                        newestIsImage = it.value()[0] == VersionValue.IMAGE;
                    }
                    it.next();
                }
                if (newestBelow != 0 && (older > 0 || !newestIsImage)) {
                    Materializer.Page p = store.materializer().materialize(g.cf, page, newestBelow);
                    try (WriteBatch wb = new WriteBatch()) {
                        wb.put(g.cf, VersionKey.of(page, newestBelow), VersionValue.image(ByteBuffer.wrap(p.bytes())));
                        wb.deleteRange(g.cf, VersionKey.of(page, 0), VersionKey.of(page, newestBelow));
                        store.db().write(wo, wb);
                    }
                    pages++;
                    removed += older;
                }
            }
            it.status();
        } catch (RocksDBException e) {
            throw new IOException("version GC of group " + g.group + " failed: " + e.getMessage(), e);
        }
        return new Result(pages, removed);
    }
}
