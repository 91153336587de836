package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.session.SessionContext;

/**
 * CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role] and DROP SCHEMA [IF EXISTS] list
 * [CASCADE]. CASCADE drops what the schema holds as the matching DROPs with CASCADE would: the
 * views reading anything in it (wherever they live), its tables (with the foreign keys of other
 * tables that reference them), its sequences.
 */
final class SchemaPlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final SessionContext session;
    private final DdlPlanner ddl;

    SchemaPlanner(EngineStorageSession s, PlanContext pc, SessionContext session, DdlPlanner ddl) {
        this.s = s;
        this.pc = pc;
        this.session = session;
        this.ddl = ddl;
    }

    private Catalog catalog() {
        return s.engine().catalog();
    }

    void create(Statement.CreateSchema c) {
        if (c.name().startsWith("pg_")) {
            throw new SqlException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + c.name() + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        String ownerName = c.authorization() != null ? c.authorization() : session.user();
        Optional<RoleInfo> owner = catalog().role(s.tx(), ownerName);
        if (owner.isEmpty() && c.authorization() != null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + c.authorization() + "\" does not exist");
        }
        if (c.ifNotExists() && (c.name().equals("public") || catalog().schema(s.tx(), c.name()).isPresent())) {
            return;
        }
        catalog().createSchema(s.tx(), c.name(), owner.map(RoleInfo::oid).orElse(0));
    }

    void drop(Statement.Drop d, java.util.function.Consumer<String> skipped) {
        for (List<String> n : d.names()) {
            String name = n.get(n.size() - 1);
            if (name.equals("public")) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "dropping schema \"public\" is not supported");
            }
            if (name.equals("pg_catalog") || name.equals("information_schema") || name.equals("pg_toast")) {
                throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop schema " + name
                        + " because it is required by the database system");
            }
            if (catalog().schema(s.tx(), name).isEmpty()) {
                if (d.ifExists()) {
                    skipped.accept(name);
                    continue;
                }
                throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + name + "\" does not exist");
            }
            if (d.cascade()) {
                dropContents(name);
            }
            catalog().dropSchema(s.tx(), name);
            s.catalogChanged();
        }
    }

    private void dropContents(String schema) {
        List<RelationInfo> inside = new ArrayList<>();
        for (RelationInfo r : catalog().relations(s.tx())) {
            if (r.schema().equals(schema) && !r.system()) {
                inside.add(r);
            }
        }
        List<RelationInfo> tablesAndViews = inside.stream()
                .filter(r -> r.kind() == RelationKind.TABLE || r.kind() == RelationKind.VIEW).toList();
        new ViewPlanner(s, pc).dropReaders(tablesAndViews, true);
        List<List<String>> tables = new ArrayList<>();
        for (RelationInfo r : inside) {
            if (r.kind() == RelationKind.TABLE) {
                tables.add(List.of(schema, r.name()));
            }
        }
        if (!tables.isEmpty()) {
            ddl.dropTables(new Statement.Drop("table", true, tables, true, 0));
        }
        for (RelationInfo r : inside) {
            if (r.kind() == RelationKind.SEQUENCE && catalog().sequence(s.tx(), r.oid()).isPresent()) {
                catalog().dropSequence(s.tx(), r.oid());
            }
        }
    }
}
