package org.borealis.sql.engine;

/**
 * A column as declared. The engine stores the type and default without interpreting them.
 *
 * @param name        column name
 * @param typeOid     PostgreSQL type OID (e.g. 23 for int4)
 * @param typmod      type modifier, -1 when none
 * @param notNull     NOT NULL
 * @param defaultExpr default expression text, or null
 * @param identity    0, or 'a' (GENERATED ALWAYS) / 'd' (BY DEFAULT) for identity columns
 */
public record ColumnDef(String name, int typeOid, int typmod, boolean notNull, String defaultExpr, char identity) {

    public static ColumnDef of(String name, int typeOid) {
        return new ColumnDef(name, typeOid, -1, false, null, (char) 0);
    }

    public ColumnDef withNotNull(boolean nn) {
        return new ColumnDef(name, typeOid, typmod, nn, defaultExpr, identity);
    }

    public ColumnDef withDefault(String expr) {
        return new ColumnDef(name, typeOid, typmod, notNull, expr, identity);
    }
}
