package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowLayout;

/**
 * What the planner knows of a table: its visible columns with SQL types, its indexes and
 * constraints, and how the columns sit in stored rows ({@link RowLayout}: a dropped column keeps
 * its slot). Column, index and foreign-key positions are 0-based positions among the visible
 * columns; {@code layout} maps them to attnums. Built from the engine's catalog records for each
 * statement.
 */
public record TableMeta(int oid, String schema, String name, List<Column> columns, List<IndexMeta> indexes,
                        List<ForeignKey> foreignKeys, List<Check> checks, RowLayout layout) {

    /** A table without dropped columns. */
    public TableMeta(int oid, String schema, String name, List<Column> columns, List<IndexMeta> indexes,
                     List<ForeignKey> foreignKeys, List<Check> checks) {
        this(oid, schema, name, columns, indexes, foreignKeys, checks, RowLayout.identity(typesOf(columns)));
    }

    /**
     * A column; {@code index} is 0-based (attnum - 1); {@code identity} is 0, or 'a' (GENERATED
     * ALWAYS) / 'd' (BY DEFAULT) for identity columns.
     */
    public record Column(String name, PgType type, int typmod, boolean notNull, String defaultExpr, int index,
                         char identity) {

        public Column(String name, PgType type, int typmod, boolean notNull, String defaultExpr, int index) {
            this(name, type, typmod, notNull, defaultExpr, index, (char) 0);
        }
    }

    /** A B-tree index; {@code columns} are 0-based column positions in key order. */
    public record IndexMeta(int oid, String name, int[] columns, boolean unique, boolean primary,
                            org.borealis.sql.exec.expr.BoundExpr[] exprs, String[] exprTexts,
                            org.borealis.sql.exec.expr.BoundExpr predicate) {

        /** An index on plain columns, not partial. */
        public IndexMeta(int oid, String name, int[] columns, boolean unique, boolean primary) {
            this(oid, name, columns, unique, primary, null, null, null);
        }

        /**
         * Whether every key is a table column and the index is not partial. Otherwise key position
         * {@code k} with {@code columns[k] < 0} is {@code exprs[k]} (bound over the table's row,
         * source text {@code exprTexts[k]}), and a row without {@code predicate} true has no entry.
         */
        public boolean plain() {
            return exprs == null && predicate == null;
        }
    }

    /** A foreign key of this table referencing {@code refTable}'s {@code refColumns}. */
    public record ForeignKey(String name, int[] columns, int refTableOid, int[] refColumns) {
    }

    /** A CHECK constraint with its expression text. */
    public record Check(String name, String expr) {
    }

    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    public PgType[] types() {
        return typesOf(columns);
    }

    /** Each visible column's typmod (-1 when none), in column order. */
    public int[] typmods() {
        int[] t = new int[columns.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = columns.get(i).typmod();
        }
        return t;
    }

    private static PgType[] typesOf(List<Column> columns) {
        PgType[] t = new PgType[columns.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = columns.get(i).type();
        }
        return t;
    }

    /** The attnum of the visible column at 0-based {@code position}. */
    public int attnum(int position) {
        return layout.attnum(position);
    }

    public IndexMeta primaryKey() {
        for (IndexMeta i : indexes) {
            if (i.primary()) {
                return i;
            }
        }
        return null;
    }
}
