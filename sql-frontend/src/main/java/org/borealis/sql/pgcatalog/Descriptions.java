package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments PostgreSQL 15's initdb gives built-in objects ({@code pg_description}), for the
 * objects Borealis has: the built-in schemas. {@code obj_description} reads them; Borealis has no
 * COMMENT ON, so user objects have none.
 */
public final class Descriptions {

    /** One comment: the object's OID, its catalog's OID ({@code classoid}) and the text. */
    public record Row(int objoid, int classoid, String description) {
    }

    private static final List<Row> BUILT_IN = List.of(
            new Row(Oids.PG_CATALOG, Oids.PG_NAMESPACE, "system catalog schema"),
            new Row(Oids.PG_TOAST, Oids.PG_NAMESPACE, "reserved schema for TOAST tables"),
            new Row(Oids.PUBLIC, Oids.PG_NAMESPACE, "standard public schema"));

    private Descriptions() {
    }

    public static List<Row> all() {
        List<Row> out = new ArrayList<>(BUILT_IN);
        out.addAll(ProcCatalog.descriptions());
        return out;
    }

    /**
     * {@code obj_description(oid, catalog)}: the comment on object {@code oid} of catalog
     * {@code catalog} (a pg_catalog relation name; null: any), or null.
     */
    public static String of(long oid, String catalog) {
        Integer classoid = catalog == null ? null : PgCatalog.find(List.of("pg_catalog", catalog)).map(SystemRelation::oid)
                .orElse(-1);
        for (Row r : all()) {
            if (r.objoid() == oid && (classoid == null || r.classoid() == classoid)) {
                return r.description();
            }
        }
        return null;
    }
}
