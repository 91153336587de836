package org.borealis.pagestore.record;

/**
 * Every log record type number, in one place, by range:
 *
 * <pre>
 * 0x0001-0x00FF generic page operations   (this class; redo in GenericRedo)
 * 0x0100-0x01FF heap                      (added by the heap access method)
 * 0x0200-0x02FF B-tree                    (added by the B-tree access method)
 * 0x0300-0x03FF transaction status        (commit-status log)
 * 0x0400-0x04FF relation metadata         (sequences, meta pages)
 * </pre>
 *
 * Numbers are part of the log format: never reuse or renumber one.
 */
public final class RecordTypes {

    /** Initialises a page. Payload: u16 page type, u16 special size. Will-init. */
    public static final int INIT_PAGE = 0x0001;
    /** A full page image. Payload: the 8192 page bytes (its LSN field is replaced by the record's). Will-init. */
    public static final int PAGE_IMAGE = 0x0002;
    /** Writes bytes into a page. Payload: u16 offset (at least 12), then the bytes. */
    public static final int WRITE_BYTES = 0x0003;

    private RecordTypes() {
    }

    /** A short name for printing; the registry's own name when it knows the type. */
    public static String name(int type) {
        return switch (type) {
            case INIT_PAGE -> "init-page";
            case PAGE_IMAGE -> "page-image";
            case WRITE_BYTES -> "write-bytes";
            default -> "0x" + Integer.toHexString(type);
        };
    }
}
