package org.borealis.sql.exec.storage;

import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;

/**
 * Refuses statements that would touch the data of another session's temporary table, or create
 * objects in another session's temporary schema, with PostgreSQL's errors: reading and writing
 * 0A000 {@code cannot access temporary tables of other sessions} (also for reads, from
 * {@code plan.FromPlanner}), TRUNCATE, ALTER TABLE and CREATE INDEX their own 0A000 messages,
 * CREATE 42P16, nextval/setval of its sequences 0A000. Dropping one stays allowed, as in PostgreSQL.
 */
final class OtherSessionsTemp {

    private OtherSessionsTemp() {
    }

    static void check(EngineStorageSession s, Statement st) {
        switch (st) {
            case Statement.Insert i -> refuse(s, i.table(), "access");
            case Statement.Update u -> refuse(s, u.table(), "access");
            case Statement.Delete d -> refuse(s, d.table(), "access");
            case Statement.CreateIndex c -> refuse(s, c.table(), "create indexes on");
            case Statement.AlterTable a -> {
                if (a.objectType() == null || a.objectType().equalsIgnoreCase("TABLE")) {
                    refuse(s, a.table(), "alter");
                }
            }
            case Statement.Truncate t -> t.tables().forEach(n -> refuse(s, n, "truncate"));
            case Statement.Copy c -> {
                if (c.table() != null) {
                    refuse(s, c.table(), "access");
                }
            }
            case Statement.CreateTable c -> creating(s, c.name());
            case Statement.CreateTableAs c -> creating(s, c.name());
            case Statement.CreateSequence c -> creating(s, c.name());
            case Statement.CreateView c -> creating(s, c.name());
            default -> {
            }
        }
    }

    /** Whether {@code schema} is a temporary schema that is not this session's. */
    static boolean othersTemp(EngineStorageSession s, String schema) {
        return TempSchemas.isTemp(schema) && !schema.equals(s.tempSchema());
    }

    private static void refuse(EngineStorageSession s, List<String> name, String verb) {
        if (name == null) {
            return;
        }
        Optional<RelationInfo> r = s.view().relation(name);
        if (r.isPresent() && r.get().kind() == RelationKind.TABLE && othersTemp(s, r.get().schema())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + verb + " temporary tables of other sessions");
        }
    }

    /** nextval/setval of another session's temporary sequence: 0A000, as PostgreSQL (reading it needs its buffers). */
    static void sequence(EngineStorageSession s, int oid) {
        Optional<RelationInfo> r = s.engine().catalog().relation(s.inTransaction() ? s.tx() : null, oid);
        if (r.isPresent() && othersTemp(s, r.get().schema())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot access temporary tables of other sessions");
        }
    }

    private static void creating(EngineStorageSession s, List<String> name) {
        if (name.size() > 1 && othersTemp(s, name.get(name.size() - 2))) {
            throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "cannot create relations in temporary schemas of other sessions");
        }
    }
}
