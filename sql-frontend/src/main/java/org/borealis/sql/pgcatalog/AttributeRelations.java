package org.borealis.sql.pgcatalog;

import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * {@code pg_attribute} (the columns of tables, dropped ones included as PostgreSQL shows them, of
 * views, of indexes and of the catalog's own relations) and
 * {@code pg_attrdef} (column defaults, held as their SQL text in {@code adbin}; attrdef rows have
 * no OID of their own, so {@code oid} is 0).
 */
final class AttributeRelations {

    private AttributeRelations() {
    }

    static final SystemRelation PG_ATTRIBUTE = new SystemRelation(1249, "pg_catalog", "pg_attribute", 'r',
            "attrelid oid, attname name, atttypid oid, attstattarget integer, attlen smallint, attnum smallint, "
                    + "attndims integer, attcacheoff integer, atttypmod integer, attbyval boolean, attalign \"char\", "
                    + "attstorage \"char\", attcompression \"char\", attnotnull boolean, atthasdef boolean, "
                    + "atthasmissing boolean, attidentity \"char\", attgenerated \"char\", attisdropped boolean, "
                    + "attislocal boolean, attinhcount integer, attcollation oid, attacl aclitem[], attoptions text[], "
                    + "attfdwoptions text[]",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() == RelationKind.TABLE || r.kind() == RelationKind.VIEW) {
                        for (int i = 0; i < r.columns().size(); i++) {
                            ColumnDef c = r.columns().get(i);
                            SystemRelation.Row row = add(out, r.oid(), c.name(), c.typeOid(), c.typmod(), i + 1)
                                    .set("attnotnull", c.notNull()).set("atthasdef", c.defaultExpr() != null && c.identity() == 0)
                                    .set("attidentity", c.identity());
                            if (c.dropped()) {
                                // As PostgreSQL: no type, storage facts of the old one kept.
                                row.set("atttypid", 0).set("attisdropped", true).set("attstattarget", 0);
                            }
                        }
                    } else if (r.kind() == RelationKind.INDEX) {
                        IndexInfo idx = s.index(r.oid()).orElse(null);
                        RelationInfo table = idx == null ? null : s.relation(idx.tableOid()).orElse(null);
                        if (table == null) {
                            continue;
                        }
                        List<Integer> cols = idx.columns();
                        for (int i = 0; i < cols.size(); i++) {
                            // an expression's column is the index relation's own (its name and type)
                            ColumnDef c = cols.get(i) > 0 ? table.columns().get(cols.get(i) - 1) : r.columns().get(i);
                            add(out, r.oid(), c.name(), c.typeOid(), c.typmod(), i + 1);
                        }
                    }
                }
                for (SystemRelation sys : PgCatalog.all()) {
                    for (int i = 0; i < sys.columns().size(); i++) {
                        SystemRelation.Column c = sys.columns().get(i);
                        add(out, sys.oid(), c.name(), c.type().oid(), c.typmod(), i + 1);
                    }
                }
            });

    private static SystemRelation.Row add(SystemRelation.Rows out, int rel, String name, int type, int typmod, int attnum) {
        TypeCatalog.Entry e = TypeCatalog.entry(type);
        PgType t = Types.byOid(type);
        return out.add().set("attrelid", rel).set("attname", name).set("atttypid", type).set("attstattarget", -1)
                .set("attlen", e == null ? -1 : e.typlen()).set("attnum", attnum)
                .set("attndims", t instanceof ArrayType a && !a.isVector() ? 1 : 0).set("attcacheoff", -1)
                .set("atttypmod", typmod).set("attbyval", e != null && e.typbyval())
                .set("attalign", e == null ? 'i' : e.typalign()).set("attstorage", e == null ? 'x' : e.typstorage())
                .set("attislocal", true).set("attcollation", e == null ? 0 : e.typcollation());
    }

    static final SystemRelation PG_ATTRDEF = new SystemRelation(2604, "pg_catalog", "pg_attrdef", 'r',
            "oid oid, adrelid oid, adnum smallint, adbin pg_node_tree", (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE) {
                        continue;
                    }
                    for (int i = 0; i < r.columns().size(); i++) {
                        ColumnDef c = r.columns().get(i);
                        if (c.defaultExpr() != null && c.identity() == 0) {
                            out.add().set("adrelid", r.oid()).set("adnum", i + 1).set("adbin", c.defaultExpr());
                        }
                    }
                }
            });
}
