package org.borealis.sql.pgcatalog;

import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;

/**
 * {@code information_schema}: schemata, tables, columns, table_constraints and key_column_usage for
 * user relations. Columns use the domains' base types ({@code name}, {@code integer},
 * {@code character varying}); NOT NULL columns appear as CHECK constraints named
 * {@code <namespace oid>_<table oid>_<attnum>_not_null}, as in PostgreSQL.
 */
final class InformationSchema {

    private InformationSchema() {
    }

    private static final String S = "information_schema";

    static final SystemRelation SCHEMATA = new SystemRelation(13382, S, "schemata", 'v',
            "catalog_name name, schema_name name, schema_owner name, default_character_set_catalog name, "
                    + "default_character_set_schema name, default_character_set_name name, sql_path character varying",
            (s, ctx, out) -> s.namespaces().forEach((name, oid) -> out.add().set("catalog_name", s.database())
                    .set("schema_name", name).set("schema_owner", RoleRelations.roleName(s,
                            oid == Oids.PUBLIC ? Oids.PG_DATABASE_OWNER : s.namespaceOwner(name)))));

    static final SystemRelation TABLES = new SystemRelation(13425, S, "tables", 'v',
            "table_catalog name, table_schema name, table_name name, table_type character varying, "
                    + "self_referencing_column_name name, reference_generation character varying, "
                    + "user_defined_type_catalog name, user_defined_type_schema name, user_defined_type_name name, "
                    + "is_insertable_into character varying(3), is_typed character varying(3), commit_action character varying",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() == RelationKind.TABLE || r.kind() == RelationKind.VIEW) {
                        boolean view = r.kind() == RelationKind.VIEW;
                        out.add().set("table_catalog", s.database()).set("table_schema", CatalogSnapshot.schemaOf(r))
                                .set("table_name", r.name()).set("table_type", view ? "VIEW" : "BASE TABLE")
                                .set("is_insertable_into", view ? "NO" : "YES").set("is_typed", "NO");
                    }
                }
                for (SystemRelation sys : PgCatalog.all()) {
                    boolean view = sys.relkind() == 'v';
                    out.add().set("table_catalog", s.database()).set("table_schema", sys.schema()).set("table_name", sys.name())
                            .set("table_type", view ? "VIEW" : "BASE TABLE").set("is_insertable_into", view ? "NO" : "YES")
                            .set("is_typed", "NO");
                }
            });

    static final SystemRelation COLUMNS = new SystemRelation(13295, S, "columns", 'v',
            "table_catalog name, table_schema name, table_name name, column_name name, ordinal_position integer, "
                    + "column_default character varying, is_nullable character varying(3), data_type character varying, "
                    + "character_maximum_length integer, character_octet_length integer, numeric_precision integer, "
                    + "numeric_precision_radix integer, numeric_scale integer, datetime_precision integer, "
                    + "interval_type character varying, interval_precision integer, character_set_catalog name, "
                    + "character_set_schema name, character_set_name name, collation_catalog name, collation_schema name, "
                    + "collation_name name, domain_catalog name, domain_schema name, domain_name name, udt_catalog name, "
                    + "udt_schema name, udt_name name, scope_catalog name, scope_schema name, scope_name name, "
                    + "maximum_cardinality integer, dtd_identifier name, is_self_referencing character varying(3), "
                    + "is_identity character varying(3), identity_generation character varying, "
                    + "identity_start character varying, identity_increment character varying, "
                    + "identity_maximum character varying, identity_minimum character varying, "
                    + "identity_cycle character varying(3), is_generated character varying, "
                    + "generation_expression character varying, is_updatable character varying(3)",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE && r.kind() != RelationKind.VIEW) {
                        continue;
                    }
                    String updatable = r.kind() == RelationKind.VIEW ? "NO" : "YES";
                    for (int i = 0; i < r.columns().size(); i++) {
                        ColumnDef c = r.columns().get(i);
                        if (c.dropped()) {
                            continue;
                        }
                        SystemRelation.Row row = out.add().set("table_catalog", s.database())
                                .set("table_schema", CatalogSnapshot.schemaOf(r)).set("table_name", r.name())
                                .set("column_name", c.name()).set("ordinal_position", i + 1)
                                .set("column_default", c.defaultExpr() == null || c.identity() != 0 ? null : Deparser.columnDefault(r, c, false))
                                .set("is_nullable", c.notNull() ? "NO" : "YES").set("udt_catalog", s.database())
                                .set("udt_schema", "pg_catalog").set("dtd_identifier", Integer.toString(i + 1))
                                .set("is_self_referencing", "NO").set("is_identity", c.identity() == 0 ? "NO" : "YES")
                                .set("identity_cycle", "NO").set("is_generated", "NEVER").set("is_updatable", updatable);
                        ColumnFacts.fill(row, c);
                    }
                }
            });

    static final SystemRelation TABLE_CONSTRAINTS = new SystemRelation(13411, S, "table_constraints", 'v',
            "constraint_catalog name, constraint_schema name, constraint_name name, table_catalog name, table_schema name, "
                    + "table_name name, constraint_type character varying, is_deferrable character varying(3), "
                    + "initially_deferred character varying(3), enforced character varying(3), "
                    + "nulls_distinct character varying(3)",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE) {
                        continue;
                    }
                    String schema = CatalogSnapshot.schemaOf(r);
                    for (ConstraintInfo c : s.constraints(r.oid())) {
                        constraint(out, s, schema, r.name(), c.name(), type(c.kind()))
                                .set("nulls_distinct", c.kind() == ConstraintKind.UNIQUE || c.kind() == ConstraintKind.PRIMARY_KEY
                                        ? "YES" : null);
                    }
                    for (int i = 0; i < r.columns().size(); i++) {
                        if (r.columns().get(i).notNull()) {
                            constraint(out, s, schema, r.name(), s.namespaceOid(schema) + "_" + r.oid() + "_" + (i + 1)
                                    + "_not_null", "CHECK");
                        }
                    }
                }
            });

    private static SystemRelation.Row constraint(SystemRelation.Rows out, CatalogSnapshot s, String schema, String table,
                                                 String name, String type) {
        return out.add().set("constraint_catalog", s.database()).set("constraint_schema", schema).set("constraint_name", name)
                .set("table_catalog", s.database()).set("table_schema", schema).set("table_name", table)
                .set("constraint_type", type).set("is_deferrable", "NO").set("initially_deferred", "NO").set("enforced", "YES");
    }

    private static String type(ConstraintKind k) {
        return switch (k) {
            case PRIMARY_KEY -> "PRIMARY KEY";
            case UNIQUE -> "UNIQUE";
            case FOREIGN_KEY -> "FOREIGN KEY";
            case CHECK -> "CHECK";
        };
    }

    static final SystemRelation KEY_COLUMN_USAGE = new SystemRelation(13329, S, "key_column_usage", 'v',
            "constraint_catalog name, constraint_schema name, constraint_name name, table_catalog name, table_schema name, "
                    + "table_name name, column_name name, ordinal_position integer, position_in_unique_constraint integer",
            (s, ctx, out) -> {
                for (ConstraintInfo c : s.constraints()) {
                    if (c.kind() == ConstraintKind.CHECK) {
                        continue;
                    }
                    RelationInfo r = s.relation(c.tableOid()).orElse(null);
                    if (r == null) {
                        continue;
                    }
                    String schema = CatalogSnapshot.schemaOf(r);
                    List<Integer> cols = c.columns();
                    for (int i = 0; i < cols.size(); i++) {
                        Integer inUnique = null;
                        if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                            inUnique = i + 1;
                        }
                        out.add().set("constraint_catalog", s.database()).set("constraint_schema", schema)
                                .set("constraint_name", c.name()).set("table_catalog", s.database()).set("table_schema", schema)
                                .set("table_name", r.name()).set("column_name", r.columns().get(cols.get(i) - 1).name())
                                .set("ordinal_position", i + 1).set("position_in_unique_constraint", inUnique);
                    }
                }
            });
}
