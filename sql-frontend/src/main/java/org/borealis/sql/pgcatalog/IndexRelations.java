package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;

/**
 * {@code pg_index} and {@code pg_constraint}. Every index is a valid, ready, immediate B-tree with
 * ascending keys; operator classes ({@code indclass}) and the foreign keys' operator lists are not
 * recorded (zeros and NULLs). A foreign key's {@code conindid} is the referenced table's unique
 * index on the referenced columns, as in PostgreSQL.
 */
final class IndexRelations {

    private IndexRelations() {
    }

    static final SystemRelation PG_INDEX = new SystemRelation(2610, "pg_catalog", "pg_index", 'r',
            "indexrelid oid, indrelid oid, indnatts smallint, indnkeyatts smallint, indisunique boolean, "
                    + "indnullsnotdistinct boolean, indisprimary boolean, indisexclusion boolean, indimmediate boolean, "
                    + "indisclustered boolean, indisvalid boolean, indcheckxmin boolean, indisready boolean, "
                    + "indislive boolean, indisreplident boolean, indkey int2vector, indcollation oidvector, "
                    + "indclass oidvector, indoption int2vector, indexprs pg_node_tree, indpred pg_node_tree",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE) {
                        continue;
                    }
                    for (IndexInfo i : s.indexes(r.oid())) {
                        int n = i.columns().size();
                        List<Object> collations = new ArrayList<>();
                        RelationInfo index = s.relation(i.oid()).orElse(null);
                        for (int k = 0; k < n; k++) {
                            int attnum = i.columns().get(k);
                            int type = attnum > 0 ? r.columns().get(attnum - 1).typeOid()
                                    : index == null ? 0 : index.columns().get(k).typeOid();
                            TypeCatalog.Entry e = TypeCatalog.entry(type);
                            collations.add(e == null ? 0 : e.typcollation());
                        }
                        List<String> exprs = new ArrayList<>();
                        i.exprs().forEach(x -> {
                            if (x != null) {
                                exprs.add(x);
                            }
                        });
                        out.add().set("indexrelid", i.oid()).set("indrelid", i.tableOid()).set("indnatts", n)
                                .set("indnkeyatts", n).set("indisunique", i.unique()).set("indisprimary", i.primary())
                                .set("indimmediate", true).set("indisvalid", true).set("indisready", true).set("indislive", true)
                                .set("indkey", i.columns()).set("indcollation", collations)
                                .set("indclass", Collections.nCopies(n, 0)).set("indoption", Collections.nCopies(n, 0))
                                .set("indexprs", exprs.isEmpty() ? null : String.join(" ", exprs))
                                .set("indpred", i.predicate());
                    }
                }
            });

    static final SystemRelation PG_CONSTRAINT = new SystemRelation(2606, "pg_catalog", "pg_constraint", 'r',
            "oid oid, conname name, connamespace oid, contype \"char\", condeferrable boolean, condeferred boolean, "
                    + "convalidated boolean, conrelid oid, contypid oid, conindid oid, conparentid oid, confrelid oid, "
                    + "confupdtype \"char\", confdeltype \"char\", confmatchtype \"char\", conislocal boolean, "
                    + "coninhcount integer, connoinherit boolean, conkey smallint[], confkey smallint[], conpfeqop oid[], "
                    + "conppeqop oid[], conffeqop oid[], confdelsetcols smallint[], conexclop oid[], conbin pg_node_tree",
            (s, ctx, out) -> {
                for (ConstraintInfo c : s.constraints()) {
                    RelationInfo table = s.relation(c.tableOid()).orElse(null);
                    if (table == null) {
                        continue;
                    }
                    boolean fk = c.kind() == ConstraintKind.FOREIGN_KEY;
                    SystemRelation.Row row = out.add().set("oid", c.oid()).set("conname", c.name())
                            .set("connamespace", s.namespaceOid(CatalogSnapshot.schemaOf(table)))
                            .set("contype", c.kind().contype()).set("convalidated", true).set("conrelid", c.tableOid())
                            .set("conindid", fk ? referencedIndex(s, c) : c.indexOid()).set("confrelid", fk ? c.refTableOid() : 0)
                            .set("confupdtype", fk ? c.onUpdate() : ' ').set("confdeltype", fk ? c.onDelete() : ' ')
                            .set("confmatchtype", fk ? 's' : ' ').set("conislocal", true)
                            .set("conkey", c.columns().isEmpty() ? null : c.columns())
                            .set("confkey", fk ? c.refColumns() : null);
                    if (c.kind() == ConstraintKind.CHECK) {
                        row.set("conbin", c.checkExpr());
                    }
                }
            });

    /** The referenced table's unique index whose columns are the foreign key's referenced columns. */
    static int referencedIndex(CatalogSnapshot s, ConstraintInfo fk) {
        for (IndexInfo i : s.indexes(fk.refTableOid())) {
            if (i.unique() && i.columns().size() == fk.refColumns().size()
                    && new java.util.HashSet<>(i.columns()).equals(new java.util.HashSet<>(fk.refColumns()))) {
                return i.oid();
            }
        }
        return 0;
    }
}
