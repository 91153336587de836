package org.borealis.sql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.txn.Txn;

/**
 * Catalog changes for schemas, in the same way as {@link DdlOps}: a schema is a row of
 * {@link SystemTables#SCHEMAS}. {@code public} is built in (always there, no row); the
 * system schemas take no user relations.
 */
final class SchemaOps {

    /** Schemas that exist without a row; the first takes user relations, the others do not. */
    static final Set<String> BUILT_IN = Set.of("public", "pg_catalog", "information_schema", "pg_toast");

    private final CatalogImpl c;
    private final DdlOps ddl;

    SchemaOps(CatalogImpl c, DdlOps ddl) {
        this.c = c;
        this.ddl = ddl;
    }

    /** 3F000 unless relation {@code name} may be created in {@code schema}; 42501 for a system schema. */
    static void requireSchema(CatalogState s, String schema, String name) {
        if (schema.equals("public") || s.schemas.containsKey(schema)) {
            return;
        }
        if (BUILT_IN.contains(schema)) {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to create \"" + schema + "." + name
                    + "\"").withDetail("System catalog modifications are currently disallowed.");
        }
        throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + schema + "\" does not exist");
    }

    SchemaInfo create(Txn t, String name, int owner) {
        CatalogState s = ddl.begin(t, "CREATE SCHEMA");
        if (BUILT_IN.contains(name) || s.schemas.containsKey(name)) {
            throw new SqlException(SqlState.DUPLICATE_SCHEMA, "schema \"" + name + "\" already exists");
        }
        SchemaInfo info = new SchemaInfo(c.control.allocateOids(1), name, owner);
        c.heap(SystemTables.SCHEMAS).insert(t, CatalogCodec.schema(info));
        ddl.done(t);
        return info;
    }

    void drop(Txn t, String name) {
        CatalogState s = ddl.begin(t, "DROP SCHEMA");
        CatalogState.Entry<SchemaInfo> e = s.schemas.get(name);
        if (e == null) {
            throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
        }
        List<String> inside = contents(s, name);
        if (!inside.isEmpty()) {
            throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + name
                    + " because other objects depend on it").withDetail(String.join("\n", inside))
                    .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
        }
        ddl.delete(t, SystemTables.SCHEMAS, e.tid());
        ddl.done(t);
    }

    /**
     * ALTER SCHEMA: renames schema {@code name} to {@code newName} (null: keeps it), moving every
     * relation in it, and gives it owner {@code ownerOid} (negative: keeps it). 3F000 when it does
     * not exist, 42P06 when the new name is taken; {@code public} has no row to change (0A000).
     */
    SchemaInfo alter(Txn t, String name, String newName, int ownerOid) {
        CatalogState s = ddl.begin(t, "ALTER SCHEMA");
        CatalogState.Entry<SchemaInfo> e = s.schemas.get(name);
        if (e == null) {
            if (BUILT_IN.contains(name)) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "altering schema \"" + name + "\" is not supported");
            }
            throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
        }
        String to = newName == null ? name : newName;
        if (!to.equals(name) && (BUILT_IN.contains(to) || s.schemas.containsKey(to))) {
            throw new SqlException(SqlState.DUPLICATE_SCHEMA, "schema \"" + to + "\" already exists");
        }
        SchemaInfo info = new SchemaInfo(e.value().oid(), to, ownerOid < 0 ? e.value().ownerOid() : ownerOid);
        ddl.replace(t, SystemTables.SCHEMAS, e.tid(), CatalogCodec.schema(info));
        ddl.done(t);
        if (!to.equals(name)) {
            List<RelationInfo> inside = new ArrayList<>();
            for (CatalogState.Entry<RelationInfo> r : s.relations.values()) {
                if (r.value().schema().equals(name)) {
                    inside.add(r.value());
                }
            }
            for (RelationInfo r : inside) {
                ddl.moveRelation(t, r.oid(), to, r.name());
            }
        }
        return info;
    }

    /** PostgreSQL's dependency lines for what a schema holds (indexes go with their tables). */
    private static List<String> contents(CatalogState s, String schema) {
        List<RelationInfo> rels = new ArrayList<>();
        for (CatalogState.Entry<RelationInfo> r : s.relations.values()) {
            if (r.value().schema().equals(schema) && r.value().kind() != RelationKind.INDEX) {
                rels.add(r.value());
            }
        }
        rels.sort(java.util.Comparator.comparingInt(RelationInfo::oid));
        List<String> out = new ArrayList<>();
        for (RelationInfo r : rels) {
            String kind = switch (r.kind()) {
                case TABLE -> "table";
                case VIEW -> "view";
                case SEQUENCE -> "sequence";
                case INDEX -> "index";
            };
            out.add(kind + " " + schema + "." + r.name() + " depends on schema " + schema);
        }
        return out;
    }
}
