package org.borealis.sql.txn;

/**
 * What a lock is on. {@link #xid} tags are held exclusively by their transaction while it runs,
 * so waiting for a transaction is taking a share lock on its tag; {@link #tuple} tags are row
 * locks; {@link #ddl} serialises catalog changes.
 */
public record LockTag(int kind, long a, long b) {

    public static final int XID = 1;
    public static final int TUPLE = 2;
    public static final int DDL = 3;
    public static final int RELATION = 4;

    public static LockTag xid(long xid) {
        return new LockTag(XID, xid, 0);
    }

    public static LockTag tuple(int relation, int block, int slot) {
        return new LockTag(TUPLE, relation, ((long) block << 16) | slot);
    }

    /** A table: writers hold it shared, DDL that must not run beside writers exclusively. */
    public static LockTag relation(int oid) {
        return new LockTag(RELATION, oid, 0);
    }

    public static LockTag ddl() {
        return new LockTag(DDL, 0, 0);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case XID -> "transaction " + a;
            case TUPLE -> "tuple (" + (b >>> 16) + "," + (b & 0xFFFF) + ") of relation " + a;
            case RELATION -> "relation " + a;
            default -> "catalog";
        };
    }
}
