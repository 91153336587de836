package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.ViewInfo;

/**
 * {@code pg_views} and {@code information_schema.views}: the user views, with their definition as
 * {@link CatalogFunctions#viewDef} prints it. (PostgreSQL also lists its own system views here;
 * Borealis computes those relations and keeps no query text for them, so they are not listed.)
 */
final class ViewRelations {

    private ViewRelations() {
    }

    static final SystemRelation PG_VIEWS = new SystemRelation(12028, "pg_catalog", "pg_views", 'v',
            "schemaname name, viewname name, viewowner name, definition text", (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() == RelationKind.VIEW) {
                        out.add().set("schemaname", CatalogSnapshot.schemaOf(r)).set("viewname", r.name())
                                .set("viewowner", RoleRelations.roleName(s, s.owner()))
                                .set("definition", s.view(r.oid()).map(ViewRelations::definition).orElse(null));
                    }
                }
            });

    static final SystemRelation VIEWS = new SystemRelation(13483, "information_schema", "views", 'v',
            "table_catalog name, table_schema name, table_name name, view_definition character varying, "
                    + "check_option character varying, is_updatable character varying(3), "
                    + "is_insertable_into character varying(3), is_trigger_updatable character varying(3), "
                    + "is_trigger_deletable character varying(3), is_trigger_insertable_into character varying(3)",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() == RelationKind.VIEW) {
                        out.add().set("table_catalog", s.database()).set("table_schema", CatalogSnapshot.schemaOf(r))
                                .set("table_name", r.name())
                                .set("view_definition", s.view(r.oid()).map(ViewRelations::definition).orElse(null))
                                .set("check_option", "NONE").set("is_updatable", "NO").set("is_insertable_into", "NO")
                                .set("is_trigger_updatable", "NO").set("is_trigger_deletable", "NO")
                                .set("is_trigger_insertable_into", "NO");
                    }
                }
            });

    /**
     * A view's definition as {@code pg_get_viewdef} gives it: the query as it was written, after a
     * space and followed by a semicolon (PostgreSQL prints its own normalised form in that shape).
     */
    static String definition(ViewInfo v) {
        return " " + v.def().query().strip() + ";";
    }
}
