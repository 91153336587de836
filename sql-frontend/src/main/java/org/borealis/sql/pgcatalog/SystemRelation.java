package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * A relation of {@code pg_catalog} or {@code information_schema}: a fixed OID and column list
 * (PostgreSQL 15's) and the rows, computed from a {@link CatalogSnapshot} each time it is scanned.
 */
public final class SystemRelation {

    /** One column: name and type (with its modifier, -1 when none). */
    public record Column(String name, PgType type, int typmod) {
    }

    /** Computes the rows; {@link Row} fills columns by name. */
    @FunctionalInterface
    public interface RowSource {
        void rows(CatalogSnapshot snapshot, ExecContext ctx, Rows out);
    }

    private final int oid;
    private final String schema;
    private final String name;
    private final char relkind;
    private final List<Column> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final RowSource source;

    /**
     * @param spec columns as {@code "name type, name type, ..."} with PostgreSQL's type names
     *             ({@code oid}, {@code name}, {@code "char"}, {@code smallint}, {@code text[]}, ...)
     */
    SystemRelation(int oid, String schema, String name, char relkind, String spec, RowSource source) {
        this.oid = oid;
        this.schema = schema;
        this.name = name;
        this.relkind = relkind;
        this.source = source;
        List<Column> cols = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.strip();
            int sp = p.indexOf(' ');
            String col = p.substring(0, sp);
            String type = p.substring(sp + 1).strip();
            positions.put(col, cols.size());
            cols.add(column(col, type));
        }
        this.columns = List.copyOf(cols);
    }

    private static Column column(String name, String type) {
        int arrays = 0;
        while (type.endsWith("[]")) {
            type = type.substring(0, type.length() - 2);
            arrays++;
        }
        int typmod = -1;
        if (type.endsWith(")")) {
            int open = type.indexOf('(');
            typmod = Integer.parseInt(type.substring(open + 1, type.length() - 1)) + 4;
            type = type.substring(0, open);
        }
        PgType t = Types.byName(type);
        if (t == null) {
            throw new IllegalArgumentException("unknown type " + type + " of " + name);
        }
        if (arrays > 0) {
            t = Types.arrayOf(t);
        }
        return new Column(name, t, typmod);
    }

    public int oid() {
        return oid;
    }

    public String schema() {
        return schema;
    }

    public String name() {
        return name;
    }

    /** {@code r} for catalog tables, {@code v} for views. */
    public char relkind() {
        return relkind;
    }

    public List<Column> columns() {
        return columns;
    }

    /** Computes the rows for one scan. */
    public List<Object[]> rows(CatalogSnapshot snapshot, ExecContext ctx) {
        Rows out = new Rows(this);
        source.rows(snapshot, ctx, out);
        return out.rows;
    }

    int position(String column) {
        Integer p = positions.get(column);
        if (p == null) {
            throw new IllegalArgumentException(name + " has no column " + column);
        }
        return p;
    }

    /** The rows being built for one scan. */
    public static final class Rows {
        private final SystemRelation rel;
        private final List<Object[]> rows = new ArrayList<>();

        Rows(SystemRelation rel) {
            this.rel = rel;
        }

        /**
         * A new row with every column at its type's "absent" value (false, 0, empty "char", else
         * NULL) — in information_schema, whose columns are all nullable, NULL.
         */
        public Row add() {
            Object[] r = new Object[rel.columns.size()];
            boolean nullable = rel.schema.equals("information_schema");
            for (int i = 0; i < r.length; i++) {
                r[i] = nullable ? null : absent(rel.columns.get(i).type());
            }
            rows.add(r);
            return new Row(rel, r);
        }

        private static Object absent(PgType t) {
            if (t == Types.BOOL) {
                return false;
            }
            if (t == Types.INT2) {
                return (short) 0;
            }
            if (t == Types.INT4) {
                return 0;
            }
            if (t == Types.INT8) {
                return 0L;
            }
            if (t == Types.OID) {
                return 0L;
            }
            if (t == Types.FLOAT4) {
                return 0f;
            }
            if (t == Types.CHAR) {
                return "";
            }
            return null;
        }
    }

    /** One row, filled by column name; values are converted to the column's Java form. */
    public static final class Row {
        private final SystemRelation rel;
        private final Object[] values;

        Row(SystemRelation rel, Object[] values) {
            this.rel = rel;
            this.values = values;
        }

        public Row set(String column, Object value) {
            int p = rel.position(column);
            values[p] = Values.convert(value, rel.columns.get(p).type());
            return this;
        }
    }
}
