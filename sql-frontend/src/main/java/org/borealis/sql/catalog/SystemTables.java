package org.borealis.sql.catalog;

import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;

/**
 * The system tables, at fixed relation numbers. Rows are encoded by {@link CatalogCodec}; the
 * column lists below describe them for listings (the SQL layer does not read these rows).
 */
public final class SystemTables {

    public static final int RELATIONS = 10;
    public static final int INDEXES = 11;
    public static final int CONSTRAINTS = 12;
    public static final int SEQUENCES = 13;
    public static final int ROLES = 14;
    public static final int SETTINGS = 15;
    public static final int DATABASE = 16;
    public static final int VIEWS = 17;
    public static final int SCHEMAS = 18;
    public static final int STATISTICS = 19;

    public static final String SCHEMA = "borealis_catalog";

    static final int OID = 26;
    static final int TEXT = 25;
    static final int BOOL = 16;
    static final int INT8 = 20;
    static final int INT4 = 23;
    static final int BYTEA = 17;

    private SystemTables() {
    }

    public static final List<RelationInfo> ALL = List.of(
            table(RELATIONS, "relations", col("oid", OID), col("schema", TEXT), col("name", TEXT),
                    col("kind", TEXT), col("columns", TEXT)),
            table(INDEXES, "indexes", col("oid", OID), col("schema", TEXT), col("name", TEXT), col("table", OID),
                    col("columns", TEXT), col("unique", BOOL), col("primary", BOOL)),
            table(CONSTRAINTS, "constraints", col("oid", OID), col("name", TEXT), col("table", OID),
                    col("kind", TEXT), col("definition", TEXT)),
            table(SEQUENCES, "sequences", col("oid", OID), col("schema", TEXT), col("name", TEXT),
                    col("increment", INT8), col("min", INT8), col("max", INT8), col("start", INT8),
                    col("cycle", BOOL), col("owner", OID)),
            table(ROLES, "roles", col("oid", OID), col("name", TEXT), col("superuser", BOOL), col("login", BOOL),
                    col("password", TEXT)),
            table(SETTINGS, "settings", col("name", TEXT), col("value", TEXT)),
            table(DATABASE, "database", col("name", TEXT)),
            table(VIEWS, "views", col("oid", OID), col("query", TEXT), col("search_path", TEXT),
                    col("depends_on", TEXT)),
            table(SCHEMAS, "schemas", col("oid", OID), col("name", TEXT), col("owner", OID)),
            table(STATISTICS, "statistics", col("table", OID), col("chunk", INT4), col("chunks", INT4),
                    col("data", BYTEA)));

    private static ColumnDef col(String name, int type) {
        return ColumnDef.of(name, type).withNotNull(true);
    }

    private static RelationInfo table(int oid, String name, ColumnDef... cols) {
        return new RelationInfo(oid, SCHEMA, name, RelationKind.TABLE, List.of(cols), true);
    }
}
