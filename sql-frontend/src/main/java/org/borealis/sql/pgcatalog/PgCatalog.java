package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of {@code pg_catalog} and {@code information_schema} relations, by name and OID.
 * Unqualified names find {@code pg_catalog} relations first, as PostgreSQL's implicit search path
 * does; {@code information_schema} relations need their schema.
 */
public final class PgCatalog {

    private static final List<SystemRelation> ALL = new ArrayList<>();
    private static final Map<String, SystemRelation> BY_NAME = new HashMap<>();
    private static final Map<Integer, SystemRelation> BY_OID = new HashMap<>();

    static {
        for (SystemRelation r : List.of(ClassRelations.PG_CLASS, ClassRelations.PG_NAMESPACE, AttributeRelations.PG_ATTRIBUTE,
                AttributeRelations.PG_ATTRDEF, TypeRelations.PG_TYPE, TypeRelations.PG_PROC, TypeRelations.PG_AM,
                TypeRelations.PG_COLLATION, TypeRelations.PG_TABLESPACE, IndexRelations.PG_INDEX,
                IndexRelations.PG_CONSTRAINT, RoleRelations.PG_AUTHID, RoleRelations.PG_ROLES, RoleRelations.PG_USER,
                RoleRelations.PG_DATABASE, OtherRelations.PG_SETTINGS, OtherRelations.PG_SEQUENCE,
                OtherRelations.PG_DESCRIPTION, OtherRelations.PG_SHDESCRIPTION, OtherRelations.PG_INHERITS,
                OtherRelations.PG_POLICY, OtherRelations.PG_STATISTIC_EXT, OtherRelations.PG_PUBLICATION,
                OtherRelations.PG_PUBLICATION_NAMESPACE, OtherRelations.PG_PUBLICATION_REL, OtherRelations.PG_TRIGGER,
                OtherRelations.PG_AUTH_MEMBERS, OtherRelations.PG_EXTENSION, InformationSchema.SCHEMATA,
                InformationSchema.TABLES, InformationSchema.COLUMNS, InformationSchema.TABLE_CONSTRAINTS,
                InformationSchema.KEY_COLUMN_USAGE, ViewRelations.PG_VIEWS, ViewRelations.VIEWS, StatsRelations.PG_STATS,
                ActivityRelations.PG_STAT_USER_TABLES)) {
            ALL.add(r);
            BY_NAME.put(r.schema() + "." + r.name(), r);
            BY_OID.put(r.oid(), r);
        }
    }

    private PgCatalog() {
    }

    /** Every system relation, in a fixed order. */
    public static List<SystemRelation> all() {
        return ALL;
    }

    /**
     * The system relation a possibly qualified name ({@code pg_class}, {@code pg_catalog.pg_class},
     * {@code information_schema.tables}, {@code db.pg_catalog.pg_class}) denotes, if any.
     */
    public static Optional<SystemRelation> find(List<String> name) {
        if (name.isEmpty() || name.size() > 3) {
            return Optional.empty();
        }
        String rel = name.get(name.size() - 1);
        String schema = name.size() > 1 ? name.get(name.size() - 2) : "pg_catalog";
        return Optional.ofNullable(BY_NAME.get(schema + "." + rel));
    }

    public static Optional<SystemRelation> byOid(long oid) {
        return Optional.ofNullable(BY_OID.get((int) oid));
    }
}
