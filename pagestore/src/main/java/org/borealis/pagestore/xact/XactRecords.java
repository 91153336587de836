package org.borealis.pagestore.xact;

/**
 * Commit-status record types (range 0x0300-0x03FF). Payload of both: u64 xid. The record's page
 * is block {@link XactStatusPage#block(long)} of relation {@link XactStatusPage#RELATION}; the
 * page is created by the generic {@code INIT_PAGE} with type {@code XACT_STATUS}.
 */
public final class XactRecords {

    public static final int XACT_COMMIT = 0x0301;
    public static final int XACT_ABORT = 0x0302;

    private XactRecords() {
    }
}
