package org.borealis.pagestore.page;

/** Values of the page header's type field. Each access method owns one. */
public final class PageType {

    /** Never initialised: the all-zero page. */
    public static final int EMPTY = 0;
    /** Generic bytes, changed only by the generic record types. */
    public static final int RAW = 1;
    public static final int HEAP = 2;
    public static final int BTREE = 3;
    /** Commit-status log. */
    public static final int XACT_STATUS = 4;
    /** Relation metadata (B-tree meta page, sequence state, ...). */
    public static final int META = 5;
    public static final int FREE_SPACE = 6;
    /** A heap's visibility map (fork {@link Fork#VM}). */
    public static final int VISIBILITY_MAP = 7;

    private PageType() {
    }

    public static String name(int type) {
        return switch (type) {
            case EMPTY -> "empty";
            case RAW -> "raw";
            case HEAP -> "heap";
            case BTREE -> "btree";
            case XACT_STATUS -> "xact-status";
            case META -> "meta";
            case FREE_SPACE -> "free-space";
            case VISIBILITY_MAP -> "visibility-map";
            default -> "type" + type;
        };
    }
}
