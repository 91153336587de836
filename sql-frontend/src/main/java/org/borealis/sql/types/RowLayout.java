package org.borealis.sql.types;

/**
 * How a table's visible columns sit in its stored rows. Columns keep their attnum for life, so
 * once a column is dropped the stored row ({@link RowCodec}, one value per attnum) holds a slot
 * that SQL no longer sees: old rows keep their value there, new rows store NULL. Without dropped
 * columns the layout is the identity and costs nothing. Immutable.
 */
public final class RowLayout {

    private final PgType[] stored;
    private final int[] visible;
    private final boolean identity;
    private final long formatXid;

    /**
     * @param stored  the type of every attnum (index attnum - 1), dropped columns included
     * @param visible for each visible column in order, its 0-based stored position
     */
    public RowLayout(PgType[] stored, int[] visible) {
        this(stored, visible, 0);
    }

    /**
     * @param formatXid the transaction that last rewrote the rows into these types (ALTER COLUMN
     *                  TYPE), 0 when none: a reader must see it committed to read the rows
     */
    public RowLayout(PgType[] stored, int[] visible, long formatXid) {
        this.formatXid = formatXid;
        this.stored = stored.clone();
        this.visible = visible.clone();
        boolean id = stored.length == visible.length;
        for (int i = 0; id && i < visible.length; i++) {
            id = visible[i] == i;
        }
        this.identity = id;
    }

    /** The layout of a table that never dropped a column. */
    public static RowLayout identity(PgType[] types) {
        int[] v = new int[types.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = i;
        }
        return new RowLayout(types, v);
    }

    /** The visible column values of a stored row. */
    public Object[] decode(byte[] data) {
        return decode(data, null);
    }

    /**
     * Which stored positions to read for the visible columns set in {@code used} (0-based visible
     * positions), for {@link #decode(byte[], boolean[])}.
     */
    public boolean[] storedMask(java.util.BitSet used) {
        boolean[] m = new boolean[stored.length];
        int end = 0;
        for (int i = used.nextSetBit(0); i >= 0 && i < visible.length; i = used.nextSetBit(i + 1)) {
            m[visible[i]] = true;
            end = Math.max(end, visible[i] + 1);
        }
        return java.util.Arrays.copyOf(m, end); // ends at the last wanted column: decoding stops there
    }

    /**
     * The visible column values of a stored row, reading only the stored positions {@code wanted}
     * marks ({@link #storedMask}; null reads all): the other columns come back NULL.
     */
    public Object[] decode(byte[] data, boolean[] wanted) {
        Object[] all = RowCodec.decode(data, 0, data.length, stored, wanted);
        if (identity) {
            return all;
        }
        Object[] out = new Object[visible.length];
        for (int i = 0; i < visible.length; i++) {
            out[i] = all[visible[i]];
        }
        return out;
    }

    /** A stored row from the visible column values; dropped columns are stored as NULL. */
    public byte[] encode(Object[] values) {
        if (identity) {
            return RowCodec.encode(values, stored);
        }
        Object[] all = new Object[stored.length];
        for (int i = 0; i < visible.length; i++) {
            all[visible[i]] = values[i];
        }
        return RowCodec.encode(all, stored);
    }

    /** The attnum (1-based, dropped columns counted) of the visible column at 0-based {@code position}. */
    public int attnum(int position) {
        return visible[position] + 1;
    }

    /** The 0-based visible position of {@code attnum}, or -1 when that column was dropped or never existed. */
    public int position(int attnum) {
        for (int i = 0; i < visible.length; i++) {
            if (visible[i] == attnum - 1) {
                return i;
            }
        }
        return -1;
    }

    /** The transaction whose rewrite gave the stored rows these types, 0 when none. */
    public long formatXid() {
        return formatXid;
    }

    /** Whether stored rows carry columns SQL does not see. */
    public boolean hasDropped() {
        return !identity;
    }
}
