package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.DateTimePrecision;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/** The type facts information_schema.columns shows for a column (data_type, lengths, precision). */
final class ColumnFacts {

    private ColumnFacts() {
    }

    static void fill(SystemRelation.Row row, ColumnDef c) {
        PgType t = Types.byOid(c.typeOid());
        TypeCatalog.Entry e = TypeCatalog.entry(c.typeOid());
        row.set("udt_name", e == null ? null : e.typname());
        if (t == null) {
            row.set("data_type", "USER-DEFINED");
            return;
        }
        row.set("data_type", t instanceof ArrayType ? "ARRAY" : t == Types.BPCHAR ? "character" : t.displayName());
        int mod = c.typmod();
        if (t == Types.VARCHAR || t == Types.BPCHAR || t == Types.TEXT) {
            Integer len = t != Types.TEXT && mod >= 4 ? mod - 4 : null;
            row.set("character_maximum_length", len);
            row.set("character_octet_length", len == null ? 1073741824 : len * 4);
            return;
        }
        if (t == Types.INT2 || t == Types.INT4 || t == Types.INT8) {
            row.set("numeric_precision", t == Types.INT2 ? 16 : t == Types.INT4 ? 32 : 64).set("numeric_precision_radix", 2)
                    .set("numeric_scale", 0);
        } else if (t == Types.FLOAT4 || t == Types.FLOAT8) {
            row.set("numeric_precision", t == Types.FLOAT4 ? 24 : 53).set("numeric_precision_radix", 2);
        } else if (t == Types.NUMERIC) {
            row.set("numeric_precision_radix", 10);
            if (mod >= 4) {
                row.set("numeric_precision", ((mod - 4) >> 16) & 0xFFFF).set("numeric_scale", (mod - 4) & 0xFFFF);
            }
        } else if (t == Types.DATE) {
            row.set("datetime_precision", 0);
        } else if (t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ || t == Types.TIME || t == Types.INTERVAL) {
            int p = DateTimePrecision.precision(t, mod);
            row.set("datetime_precision", p >= 0 ? p : 6);
            if (t == Types.INTERVAL) {
                // PostgreSQL's _pg_interval_type: the fields format_type prints, upper case (null without them)
                String f = t.formatWithTypmod(mod).substring("interval".length()).strip();
                row.set("interval_type", f.isEmpty() || f.startsWith("(") ? null : f.toUpperCase(java.util.Locale.ROOT));
            }
        }
    }
}
