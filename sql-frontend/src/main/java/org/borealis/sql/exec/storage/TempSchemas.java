package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.parser.ast.Statement;

/**
 * Temporary schemas, as in PostgreSQL: session slot {@code N} keeps its temporary relations in
 * schema {@code pg_temp_N}, an ordinary catalog schema (so pg_namespace lists it and the schema
 * row outlives the session, as PostgreSQL's does). Temporary tables are ordinary tables written
 * through the log; what makes them temporary is that their session drops them when it ends
 * ({@link #clear}) and that a node drops every leftover one when it starts ({@link #dropLeftovers}),
 * so none survives a crash or a restart.
 */
final class TempSchemas {

    /** Slot numbers start here: PostgreSQL's first client backend is 3 (its two launchers hold 1 and 2). */
    static final int FIRST_SLOT = 3;

    private static final String PREFIX = "pg_temp_";

    private TempSchemas() {
    }

    static String name(int slot) {
        return PREFIX + slot;
    }

    /** Whether {@code schema} is some session's temporary schema. */
    static boolean isTemp(String schema) {
        if (schema == null || !schema.startsWith(PREFIX) || schema.length() == PREFIX.length()) {
            return false;
        }
        for (int i = PREFIX.length(); i < schema.length(); i++) {
            if (!Character.isDigit(schema.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Drops every relation in {@code schema} in the session's transaction: views reading its
     * tables (wherever they are), foreign keys of other tables referencing them, the tables with
     * their indexes and owned sequences, then the sequences left.
     */
    static void clear(EngineStorageSession s, String schema) {
        Catalog catalog = s.engine().catalog();
        List<RelationInfo> targets = new ArrayList<>();
        Set<Integer> oids = new HashSet<>();
        for (RelationInfo r : catalog.relations(s.tx())) {
            if (schema.equals(r.schema()) && (r.kind() == RelationKind.TABLE || r.kind() == RelationKind.VIEW)) {
                targets.add(r);
                oids.add(r.oid());
            }
        }
        for (RelationInfo r : targets) {
            if (r.kind() != RelationKind.TABLE) {
                continue;
            }
            for (ConstraintInfo c : catalog.referencingConstraints(s.tx(), r.oid())) {
                if (c.kind() == ConstraintKind.FOREIGN_KEY && !oids.contains(c.tableOid())) {
                    catalog.dropConstraint(s.tx(), c.oid());
                }
            }
        }
        new ViewPlanner(s, null).dropReaders(targets, true);
        for (RelationInfo r : targets) {
            if (r.kind() == RelationKind.TABLE) {
                catalog.dropTable(s.tx(), r.oid());
            }
        }
        for (RelationInfo r : catalog.relations(s.tx())) {
            if (schema.equals(r.schema()) && r.kind() == RelationKind.SEQUENCE) {
                catalog.dropSequence(s.tx(), r.oid());
            }
        }
        s.catalogChanged();
    }

    /** Drops one temporary table (ON COMMIT DROP) with the views reading it and its indexes and sequences. */
    static void drop(EngineStorageSession s, RelationInfo table) {
        Catalog catalog = s.engine().catalog();
        for (ConstraintInfo c : catalog.referencingConstraints(s.tx(), table.oid())) {
            if (c.kind() == ConstraintKind.FOREIGN_KEY && c.tableOid() != table.oid()) {
                catalog.dropConstraint(s.tx(), c.oid());
            }
        }
        new ViewPlanner(s, null).dropReaders(List.of(table), true);
        catalog.dropTable(s.tx(), table.oid());
        s.catalogChanged();
    }

    /**
     * At commit: empties the ON COMMIT DELETE ROWS tables and drops the ON COMMIT DROP ones in the
     * committing transaction; forgets the tables that no longer exist.
     */
    static void onCommit(EngineStorageSession s, Map<Integer, Statement.OnCommit> actions) {
        Catalog catalog = s.engine().catalog();
        for (Map.Entry<Integer, Statement.OnCommit> e : List.copyOf(actions.entrySet())) {
            var rel = catalog.relation(s.tx(), e.getKey());
            if (rel.isEmpty()) {
                continue; // dropped, or its creation was rolled back
            }
            if (e.getValue() == Statement.OnCommit.DROP) {
                drop(s, rel.get());
                continue;
            }
            Table table = s.engine().table(e.getKey());
            List<Tid> tids = new ArrayList<>();
            try (Cursor<Row> c = table.scan(s.tx())) {
                while (c.hasNext()) {
                    tids.add(c.next().tid());
                }
            }
            for (Tid tid : tids) {
                table.delete(s.tx(), tid);
            }
        }
        actions.keySet().removeIf(oid -> catalog.relation(s.tx(), oid).isEmpty());
    }

    /** Whether {@code schema} holds any relation. */
    static boolean hasRelations(EngineStorageSession s, String schema) {
        for (RelationInfo r : s.engine().catalog().relations(s.tx())) {
            if (schema.equals(r.schema())) {
                return true;
            }
        }
        return false;
    }

    /** At startup: drops what the temporary schemas still hold (sessions that ended by a crash). */
    static int dropLeftovers(EngineStorageSession s) {
        int cleared = 0;
        for (SchemaInfo schema : s.engine().catalog().schemas(s.tx())) {
            if (isTemp(schema.name()) && hasRelations(s, schema.name())) {
                clear(s, schema.name());
                cleared++;
            }
        }
        return cleared;
    }
}
