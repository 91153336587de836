package org.borealis.pagestore.xact;

import java.nio.ByteBuffer;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.page.PageType;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.redo.RedoException;
import org.borealis.pagestore.redo.RedoModule;
import org.borealis.pagestore.redo.RedoRegistry;

/** Redo of commit and abort records; registered through {@link java.util.ServiceLoader}. */
public final class XactRedo implements RedoModule {

    @Override
    public void registerInto(RedoRegistry r) {
        r.register(XactRecords.XACT_COMMIT, "xact-commit", (page, rec) -> set(page, rec, XactStatusPage.COMMITTED));
        r.register(XactRecords.XACT_ABORT, "xact-abort", (page, rec) -> set(page, rec, XactStatusPage.ABORTED));
    }

    private static void set(ByteBuffer page, LogRecord rec, int status) {
        if (PageLayout.type(page) != PageType.XACT_STATUS || rec.payloadLength() != 8) {
            throw new RedoException("xact status record at LSN " + rec.lsn() + " does not fit a page of type "
                    + PageType.name(PageLayout.type(page)) + " (payload " + rec.payloadLength() + " bytes)");
        }
        long xid = rec.buffer().getLong(rec.payloadOffset());
        if (XactStatusPage.block(xid) != rec.block()) {
            throw new RedoException("xact status record at LSN " + rec.lsn() + " for xid " + xid
                    + " names block " + rec.block());
        }
        XactStatusPage.setStatus(page, xid, status);
    }
}
