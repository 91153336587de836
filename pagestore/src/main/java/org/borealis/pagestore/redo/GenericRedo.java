package org.borealis.pagestore.redo;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.RecordTypes;

/** Redo of the generic record types: initialise a page, full page image, write bytes. */
final class GenericRedo {

    /** Bytes 0..12 (LSN and checksum) are owned by the log and the transfer path, never by records. */
    private static final int FIRST_WRITABLE = PageLayout.CHECKSUM + 4;

    private GenericRedo() {
    }

    static void registerInto(RedoRegistry r) {
        r.register(RecordTypes.INIT_PAGE, "init-page", GenericRedo::initPage);
        r.register(RecordTypes.PAGE_IMAGE, "page-image", GenericRedo::pageImage);
        r.register(RecordTypes.WRITE_BYTES, "write-bytes", GenericRedo::writeBytes);
    }

    private static void initPage(ByteBuffer page, LogRecord rec) {
        if (rec.payloadLength() != 4) {
            throw new RedoException("init-page at LSN " + rec.lsn() + " has a payload of " + rec.payloadLength()
                    + " bytes, expected 4");
        }
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int type = Short.toUnsignedInt(b.getShort(p));
        int special = Short.toUnsignedInt(b.getShort(p + 2));
        try {
            PageLayout.init(page, type, special);
        } catch (IllegalArgumentException e) {
            throw new RedoException("init-page at LSN " + rec.lsn() + ": " + e.getMessage());
        }
    }

    private static void pageImage(ByteBuffer page, LogRecord rec) {
        if (rec.payloadLength() != PageLayout.PAGE_SIZE) {
            throw new RedoException("page-image at LSN " + rec.lsn() + " has a payload of " + rec.payloadLength()
                    + " bytes, expected " + PageLayout.PAGE_SIZE);
        }
        ByteBuffer src = rec.buffer().duplicate();
        src.limit(rec.payloadOffset() + PageLayout.PAGE_SIZE).position(rec.payloadOffset());
        page.put(0, src, src.position(), PageLayout.PAGE_SIZE);
        page.putInt(PageLayout.CHECKSUM, 0);
    }

    private static void writeBytes(ByteBuffer page, LogRecord rec) {
        if (rec.payloadLength() < 2) {
            throw new RedoException("write-bytes at LSN " + rec.lsn() + " has no offset");
        }
        ByteBuffer b = rec.buffer();
        int p = rec.payloadOffset();
        int at = Short.toUnsignedInt(b.getShort(p));
        int n = rec.payloadLength() - 2;
        if (at < FIRST_WRITABLE || at + n > PageLayout.PAGE_SIZE) {
            throw new RedoException("write-bytes at LSN " + rec.lsn() + " writes " + n + " bytes at offset " + at
                    + ", outside " + FIRST_WRITABLE + ".." + PageLayout.PAGE_SIZE);
        }
        page.put(at, b, p + 2, n);
    }
}
