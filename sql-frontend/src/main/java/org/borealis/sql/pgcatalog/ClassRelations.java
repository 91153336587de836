package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.RelationInfo;

/** {@code pg_class} and {@code pg_namespace}: user relations, then the catalog's own relations. */
final class ClassRelations {

    private ClassRelations() {
    }

    static final SystemRelation PG_NAMESPACE = new SystemRelation(2615, "pg_catalog", "pg_namespace", 'r',
            "oid oid, nspname name, nspowner oid, nspacl aclitem[]", (s, ctx, out) -> {
                s.namespaces().forEach((name, oid) -> out.add().set("oid", oid).set("nspname", name)
                        .set("nspowner", oid == Oids.PUBLIC ? Oids.PG_DATABASE_OWNER : s.namespaceOwner(name))
                        .set("nspacl", namespaceAcl(s, oid)));
            });

    /**
     * initdb's grants on the built-in schemas (USAGE and CREATE for the owner, USAGE for PUBLIC);
     * user schemas have the default (null) as no GRANT exists here.
     */
    static org.borealis.sql.types.PgArray namespaceAcl(CatalogSnapshot s, int oid) {
        String owner;
        if (oid == Oids.PUBLIC) {
            owner = "pg_database_owner";
        } else if (oid == Oids.PG_CATALOG || oid == Oids.INFORMATION_SCHEMA) {
            owner = s.role(s.owner()).map(org.borealis.sql.engine.RoleInfo::name).orElse("postgres");
        } else {
            return null;
        }
        return org.borealis.sql.types.PgArray.of(java.util.List.of(owner + "=UC/" + owner, "=U/" + owner));
    }

    static final SystemRelation PG_CLASS = new SystemRelation(1259, "pg_catalog", "pg_class", 'r',
            "oid oid, relname name, relnamespace oid, reltype oid, reloftype oid, relowner oid, relam oid, relfilenode oid, "
                    + "reltablespace oid, relpages integer, reltuples real, relallvisible integer, reltoastrelid oid, "
                    + "relhasindex boolean, relisshared boolean, relpersistence \"char\", relkind \"char\", relnatts smallint, "
                    + "relchecks smallint, relhasrules boolean, relhastriggers boolean, relhassubclass boolean, "
                    + "relrowsecurity boolean, relforcerowsecurity boolean, relispopulated boolean, relreplident \"char\", "
                    + "relispartition boolean, relrewrite oid, relacl aclitem[], reloptions text[], relpartbound pg_node_tree",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    SystemRelation.Row row = out.add().set("oid", r.oid()).set("relname", r.name())
                            .set("relnamespace", s.namespaceOid(CatalogSnapshot.schemaOf(r))).set("relowner", s.owner())
                            .set("relfilenode", r.oid())
                            .set("relpersistence", CatalogSnapshot.schemaOf(r).matches("pg_temp_[0-9]+") ? 't' : 'p')
                            .set("relkind", r.kind().relkind())
                            .set("relispopulated", true).set("reltype", RowTypes.has(r) ? RowTypes.rowType(r) : 0);
                    org.borealis.sql.engine.RelationStats st = r.kind() == org.borealis.sql.engine.RelationKind.SEQUENCE
                            || r.kind() == org.borealis.sql.engine.RelationKind.VIEW ? null : s.stats(r.oid());
                    java.util.Optional<org.borealis.sql.engine.TableStatistics> an = r.kind()
                            == org.borealis.sql.engine.RelationKind.TABLE ? s.analyzed(r.oid()) : java.util.Optional.empty();
                    if (st != null && r.kind() == org.borealis.sql.engine.RelationKind.TABLE) {
                        row.set("relallvisible", (int) st.allVisible());
                    }
                    if (an.isPresent()) {
                        row.set("relpages", an.get().relpages()).set("reltuples", (float) an.get().reltuples());
                    } else if (st != null) {
                        row.set("relpages", st.pages()).set("reltuples", (float) st.liveTuples());
                    } else if (r.kind() == org.borealis.sql.engine.RelationKind.TABLE
                            || r.kind() == org.borealis.sql.engine.RelationKind.VIEW) {
                        row.set("reltuples", -1f);
                    }
                    switch (r.kind()) {
                        case TABLE -> row.set("relam", Oids.HEAP_AM).set("relreplident", 'd')
                                .set("relnatts", r.columns().size())
                                .set("relhasindex", !s.indexes(r.oid()).isEmpty())
                                .set("relhastriggers", hasForeignKeys(s, r.oid()))
                                .set("relchecks", s.constraints(r.oid()).stream().filter(c -> c.kind() == ConstraintKind.CHECK).count());
                        case INDEX -> row.set("relam", Oids.BTREE_AM).set("relreplident", 'n')
                                .set("relnatts", s.index(r.oid()).map(i -> i.columns().size()).orElse(0));
                        case SEQUENCE -> row.set("relreplident", 'n').set("relnatts", 3);
                        case VIEW -> row.set("relfilenode", 0).set("relreplident", 'n').set("relhasrules", true)
                                .set("relnatts", r.columns().size());
                    }
                }
                for (SystemRelation sys : PgCatalog.all()) {
                    boolean view = sys.relkind() == 'v';
                    out.add().set("oid", sys.oid()).set("relname", sys.name())
                            .set("relnamespace", sys.schema().equals("pg_catalog") ? Oids.PG_CATALOG : Oids.INFORMATION_SCHEMA)
                            .set("relowner", s.owner()).set("relam", view ? 0 : Oids.HEAP_AM).set("relfilenode", view ? 0 : sys.oid())
                            .set("reltuples", view ? 0f : -1f).set("relpersistence", 'p').set("relkind", sys.relkind())
                            .set("relnatts", sys.columns().size()).set("relispopulated", true).set("relreplident", 'n');
                }
            });

    /**
     * PostgreSQL enforces foreign keys with triggers on both tables, so {@code relhastriggers} is
     * true for a table that has or is referenced by a foreign key (psql shows foreign keys only then).
     */
    static boolean hasForeignKeys(CatalogSnapshot s, int table) {
        return s.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.FOREIGN_KEY
                && (c.tableOid() == table || c.refTableOid() == table));
    }
}
