package org.borealis.sql.types;

/**
 * The OIDs of the composite row types of tables and views and of their array types. The engine
 * records no type OIDs, so they are derived from the relation's OID: {@code 0x40000000} plus it
 * for the row type, {@code 0x50000000} plus it for the array type (relation OIDs stay far below
 * 2^28, and no built-in type OID is that high).
 */
public final class RowTypeOids {

    private static final int ROW = 0x40000000;
    private static final int ARRAY = 0x50000000;
    private static final int KIND = 0xF0000000;

    private RowTypeOids() {
    }

    /** The row type of relation {@code relOid}. */
    public static int rowType(int relOid) {
        return ROW | relOid;
    }

    /** The array type of relation {@code relOid}'s row type. */
    public static int arrayType(int relOid) {
        return ARRAY | relOid;
    }

    /** The array type of row type {@code rowType}. */
    static int arrayOf(int rowType) {
        return ARRAY | (rowType & ~KIND);
    }

    /** The relation whose row type ({@code array} false) or row type's array ({@code array} true) {@code typeOid} is, or 0. */
    public static int relation(long typeOid, boolean array) {
        return (typeOid & KIND) == (array ? ARRAY : ROW) ? (int) (typeOid & ~KIND) : 0;
    }
}
