package org.borealis.sql.engine;

/**
 * A column as declared. The engine stores the type and default without interpreting them.
 *
 * <p>A dropped column keeps its attnum (so stored rows, indexes and constraints keep their column
 * numbers) and its type (so the row format can still step over values that old rows hold for it),
 * is renamed {@code ........pg.dropped.N........} and is invisible to SQL, as in PostgreSQL.
 *
 * @param name        column name
 * @param typeOid     PostgreSQL type OID (e.g. 23 for int4); a dropped column keeps its old type
 * @param typmod      type modifier, -1 when none
 * @param notNull     NOT NULL
 * @param defaultExpr default expression text, or null
 * @param identity    0, or 'a' (GENERATED ALWAYS) / 'd' (BY DEFAULT) for identity columns
 * @param dropped     dropped by ALTER TABLE DROP COLUMN (PostgreSQL's attisdropped)
 * @param typeXid     the transaction that last changed the column's type and rewrote the rows
 *                    (ALTER COLUMN TYPE), 0 when never: older row versions hold the old type
 */
public record ColumnDef(String name, int typeOid, int typmod, boolean notNull, String defaultExpr, char identity,
                        boolean dropped, long typeXid) {

    public ColumnDef(String name, int typeOid, int typmod, boolean notNull, String defaultExpr, char identity) {
        this(name, typeOid, typmod, notNull, defaultExpr, identity, false, 0);
    }

    public ColumnDef(String name, int typeOid, int typmod, boolean notNull, String defaultExpr, char identity,
                     boolean dropped) {
        this(name, typeOid, typmod, notNull, defaultExpr, identity, dropped, 0);
    }

    public static ColumnDef of(String name, int typeOid) {
        return new ColumnDef(name, typeOid, -1, false, null, (char) 0);
    }

    public ColumnDef withNotNull(boolean nn) {
        return new ColumnDef(name, typeOid, typmod, nn, defaultExpr, identity, dropped, typeXid);
    }

    public ColumnDef withDefault(String expr) {
        return new ColumnDef(name, typeOid, typmod, notNull, expr, identity, dropped, typeXid);
    }

    /** This column once dropped, at {@code attnum}: PostgreSQL's name for it, no constraint, no default. */
    public ColumnDef asDropped(int attnum) {
        return new ColumnDef("........pg.dropped." + attnum + "........", typeOid, typmod, false, null, (char) 0, true,
                typeXid);
    }

    public ColumnDef withName(String newName) {
        return new ColumnDef(newName, typeOid, typmod, notNull, defaultExpr, identity, dropped, typeXid);
    }
}
