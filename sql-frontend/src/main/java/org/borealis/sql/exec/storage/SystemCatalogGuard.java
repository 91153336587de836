package org.borealis.sql.exec.storage;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.pgcatalog.PgCatalog;

/**
 * Refuses statements that would write to a {@code pg_catalog} or {@code information_schema}
 * relation: those are computed from the engine catalog and have no heap (42501, as PostgreSQL
 * answers DDL on a system catalog).
 */
final class SystemCatalogGuard {

    private SystemCatalogGuard() {
    }

    static void check(Statement s) {
        switch (s) {
            case Statement.Insert i -> refuse(i.table());
            case Statement.Update u -> refuse(u.table());
            case Statement.Delete d -> refuse(d.table());
            case Statement.CreateIndex c -> refuse(c.table());
            case Statement.AlterTable a -> refuse(a.table());
            case Statement.Truncate t -> t.tables().forEach(SystemCatalogGuard::refuse);
            case Statement.Copy c -> {
                if (c.from() && c.table() != null) {
                    refuse(c.table());
                }
            }
            default -> {
            }
        }
    }

    private static void refuse(List<String> name) {
        PgCatalog.find(name).ifPresent(r -> {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied: \"" + r.name() + "\" is a system catalog");
        });
    }
}
