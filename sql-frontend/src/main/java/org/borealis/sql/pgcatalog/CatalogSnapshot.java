package org.borealis.sql.pgcatalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RelationStats;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.ViewInfo;

/**
 * The engine catalog as one statement sees it, indexed for the system relations and catalog
 * functions: user relations (the engine's own system tables are not shown, PostgreSQL has no
 * such relations), their indexes and constraints, sequences, views, roles, schemas and the database.
 *
 * <p>Schemas are the built-in ones and those CREATE SCHEMA made (with their catalog OIDs and
 * owners); a schema that only a relation names (one created before schemas had catalog rows) is
 * listed too, with an OID derived from its name. Relations and the database are owned by the
 * bootstrap superuser (the first superuser role), as the engine records no owners.
 */
public final class CatalogSnapshot {

    private final String database;
    private final List<RelationInfo> relations = new ArrayList<>();
    private final Map<Integer, RelationInfo> byOid = new HashMap<>();
    private final Map<Integer, List<IndexInfo>> indexesByTable = new HashMap<>();
    private final Map<Integer, IndexInfo> indexByOid = new HashMap<>();
    private final Map<Integer, List<ConstraintInfo>> constraintsByTable = new HashMap<>();
    private final List<ConstraintInfo> constraints = new ArrayList<>();
    private final Map<Integer, SequenceInfo> sequences = new HashMap<>();
    private final Map<Integer, ViewInfo> views = new HashMap<>();
    private final List<RoleInfo> roles;
    private final Map<String, Integer> namespaces = new LinkedHashMap<>();
    private final Map<String, Integer> namespaceOwners = new HashMap<>();
    private final int owner;

    private final IntFunction<RelationStats> stats;
    private final Catalog catalog;
    private final Transaction tx;
    private final Map<Integer, Optional<org.borealis.sql.engine.TableStatistics>> analyzed = new HashMap<>();

    private final IntFunction<org.borealis.sql.engine.TableActivity> activity;

    /** @param stats the engine's statistics of a relation (pages, live tuples), for relpages/reltuples */
    public CatalogSnapshot(Catalog catalog, Transaction tx, String database, IntFunction<RelationStats> stats) {
        this(catalog, tx, database, stats, oid -> org.borealis.sql.engine.TableActivity.NONE);
    }

    /** @param activity what a table has seen (pg_stat_user_tables) */
    public CatalogSnapshot(Catalog catalog, Transaction tx, String database, IntFunction<RelationStats> stats,
                           IntFunction<org.borealis.sql.engine.TableActivity> activity) {
        this.database = database;
        this.stats = stats;
        this.activity = activity;
        this.catalog = catalog;
        this.tx = tx;
        for (RelationInfo r : catalog.relations(tx)) {
            if (r.system()) {
                continue;
            }
            relations.add(r);
            byOid.put(r.oid(), r);
        }
        relations.sort(Comparator.comparingInt(RelationInfo::oid));
        for (RelationInfo r : relations) {
            if (r.kind() == RelationKind.TABLE) {
                List<IndexInfo> idx = new ArrayList<>(catalog.indexes(tx, r.oid()));
                idx.sort(Comparator.comparingInt(IndexInfo::oid));
                indexesByTable.put(r.oid(), idx);
                idx.forEach(i -> indexByOid.put(i.oid(), i));
                List<ConstraintInfo> cons = new ArrayList<>(catalog.constraints(tx, r.oid()));
                cons.sort(Comparator.comparingInt(ConstraintInfo::oid));
                constraintsByTable.put(r.oid(), cons);
                constraints.addAll(cons);
            } else if (r.kind() == RelationKind.SEQUENCE) {
                catalog.sequence(tx, r.oid()).ifPresent(s -> sequences.put(r.oid(), s));
            } else if (r.kind() == RelationKind.VIEW) {
                catalog.view(tx, r.oid()).ifPresent(v -> views.put(r.oid(), v));
            }
        }
        constraints.sort(Comparator.comparingInt(ConstraintInfo::oid));
        roles = new ArrayList<>(catalog.roles(tx));
        roles.sort(Comparator.comparingInt(RoleInfo::oid));
        owner = roles.stream().filter(RoleInfo::superuser).mapToInt(RoleInfo::oid).findFirst().orElse(10);
        namespaces.put("pg_catalog", Oids.PG_CATALOG);
        namespaces.put("pg_toast", Oids.PG_TOAST);
        namespaces.put("public", Oids.PUBLIC);
        namespaces.put("information_schema", Oids.INFORMATION_SCHEMA);
        for (SchemaInfo n : catalog.schemas(tx)) {
            namespaces.put(n.name(), n.oid());
            if (n.ownerOid() != 0) {
                namespaceOwners.put(n.name(), n.ownerOid());
            }
        }
        TreeSet<String> legacy = new TreeSet<>();
        for (RelationInfo r : relations) {
            legacy.add(schemaOf(r));
        }
        for (String s : legacy) {
            namespaces.putIfAbsent(s, derivedOid(s));
        }
    }

    /** A user schema's OID: 0x7F000000 plus 24 bits of the CRC-32 of its name. */
    static int derivedOid(String schema) {
        CRC32 crc = new CRC32();
        crc.update(schema.getBytes(StandardCharsets.UTF_8));
        return 0x7F000000 | (int) (crc.getValue() & 0xFFFFFF);
    }

    public static String schemaOf(RelationInfo r) {
        return r.schema() == null ? "public" : r.schema();
    }

    /** The engine's statistics of a relation, or null when it has none. */
    public RelationStats stats(int oid) {
        try {
            return stats.apply(oid);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What a table has seen since the engine opened (vacuums, analyzes, changed rows). */
    public org.borealis.sql.engine.TableActivity activity(int tableOid) {
        return activity.apply(tableOid);
    }

    /** What the last ANALYZE of a table stored, if it was analysed. */
    public Optional<org.borealis.sql.engine.TableStatistics> analyzed(int tableOid) {
        return analyzed.computeIfAbsent(tableOid, o -> catalog.statistics(tx, o));
    }

    public String database() {
        return database;
    }

    /** The role that owns every relation, schema and the database. */
    public int owner() {
        return owner;
    }

    public List<RelationInfo> relations() {
        return relations;
    }

    public Optional<RelationInfo> relation(long oid) {
        return Optional.ofNullable(byOid.get((int) oid));
    }

    public List<IndexInfo> indexes(int tableOid) {
        return indexesByTable.getOrDefault(tableOid, List.of());
    }

    public Optional<IndexInfo> index(long oid) {
        return Optional.ofNullable(indexByOid.get((int) oid));
    }

    public List<ConstraintInfo> constraints(int tableOid) {
        return constraintsByTable.getOrDefault(tableOid, List.of());
    }

    public List<ConstraintInfo> constraints() {
        return constraints;
    }

    public Optional<ConstraintInfo> constraint(long oid) {
        return constraints.stream().filter(c -> c.oid() == (int) oid).findFirst();
    }

    /** The constraint that owns an index (PRIMARY KEY, UNIQUE), if any. */
    public Optional<ConstraintInfo> constraintOfIndex(int indexOid) {
        return constraints.stream().filter(c -> c.indexOid() == indexOid && c.kind() != org.borealis.sql.engine.ConstraintKind.FOREIGN_KEY)
                .findFirst();
    }

    public Optional<SequenceInfo> sequence(int oid) {
        return Optional.ofNullable(sequences.get(oid));
    }

    public Optional<ViewInfo> view(long oid) {
        return Optional.ofNullable(views.get((int) oid));
    }

    public List<RoleInfo> roles() {
        return roles;
    }

    public Optional<RoleInfo> role(long oid) {
        return roles.stream().filter(r -> r.oid() == (int) oid).findFirst();
    }

    /** Schema name to OID, built-in schemas first. */
    public Map<String, Integer> namespaces() {
        return namespaces;
    }

    /** The role owning a schema: its AUTHORIZATION role, else the bootstrap superuser. */
    public int namespaceOwner(String schema) {
        return namespaceOwners.getOrDefault(schema, owner);
    }

    public int namespaceOid(String schema) {
        Integer oid = namespaces.get(schema);
        return oid == null ? derivedOid(schema) : oid;
    }

    public Optional<String> namespaceName(long oid) {
        return namespaces.entrySet().stream().filter(e -> e.getValue() == (int) oid).map(Map.Entry::getKey).findFirst();
    }
}
