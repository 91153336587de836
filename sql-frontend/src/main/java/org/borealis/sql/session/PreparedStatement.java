package org.borealis.sql.session;

import java.util.List;

import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.types.PgType;

/**
 * A statement prepared by Parse (or PREPARE): its text, AST (null for an empty query), the
 * parameter types as declared or inferred, and the result columns (null when it returns no
 * rows). Survives transactions; dropped by Close, DEALLOCATE or DISCARD ALL.
 */
public record PreparedStatement(String name, String sql, ParsedStatement parsed, PgType[] paramTypes,
                                List<ResultColumn> columns, PlanCache cache) {

    public PreparedStatement(String name, String sql, ParsedStatement parsed, PgType[] paramTypes,
                             List<ResultColumn> columns) {
        this(name, sql, parsed, paramTypes, columns, new PlanCache());
    }

    /**
     * The statement's last plan and the catalog version and search_path it was made under: Bind
     * reuses it while the catalog and the search_path are unchanged (PostgreSQL plans a prepared
     * statement again when search_path changed) and no other open portal is running it.
     */
    public static final class PlanCache {
        org.borealis.sql.exec.Plan plan;
        long catalogVersion = -1;
        String searchPath;
    }

    public int[] paramOids() {
        int[] o = new int[paramTypes.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = paramTypes[i].oid();
        }
        return o;
    }
}
