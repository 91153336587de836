package org.borealis.sql.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.borealis.sql.btree.BTree;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.heap.FreeSpaceMap;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.txn.LockManager;
import org.borealis.sql.txn.LockTag;
import org.borealis.sql.txn.Txn;

/**
 * Catalog changes: each is ordinary inserts, updates and deletes of system-table rows in the
 * caller's transaction, after taking the catalog lock (held to the end of the transaction, so DDL
 * is serialised) and followed by a command-counter increment so the transaction sees its change.
 * New heaps and indexes are created (logged) at once; a rollback leaves them unreferenced.
 */
final class DdlOps {

    private final CatalogImpl c;

    DdlOps(CatalogImpl c) {
        this.c = c;
    }

    CatalogState begin(Txn t, String what) {
        long owner = t.lockOwner(what);
        t.requireXid(what);
        if (!c.ddlViews.containsKey(t)) {
            c.tm.locks().acquire(owner, LockTag.ddl(), LockManager.Mode.EXCLUSIVE, true);
            DdlTxState d = new DdlTxState();
            c.ddlViews.put(t, d);
            t.onEnd(committed -> {
                c.ddlViews.remove(t);
                for (int oid : committed ? d.dropped : d.created) {
                    c.heaps.remove(oid);
                    c.btrees.remove(oid);
                }
                c.invalidate();
            });
        }
        return c.view(t);
    }

    void created(Txn t, int oid) {
        DdlTxState d = c.ddlViews.get(t);
        d.created.add(oid);
        // rolled back to a savepoint before it: as after a rollback, nothing refers to it any more
        t.onRollbackToSavepoint(() -> {
            d.created.remove((Integer) oid);
            c.heaps.remove(oid);
            c.btrees.remove(oid);
        });
    }

    void dropped(Txn t, int oid) {
        DdlTxState d = c.ddlViews.get(t);
        d.dropped.add(oid);
        t.onRollbackToSavepoint(() -> d.dropped.remove((Integer) oid)); // the drop is undone: keep it at commit
    }

    void done(Txn t) {
        t.commandCounterIncrement();
        DdlTxState d = c.ddlViews.get(t);
        d.invalidate();
        // the catalog rows the savepoint wrote are invisible once it is rolled back: read them again
        t.onRollbackToSavepoint(() -> {
            d.invalidate();
            c.invalidate();
        });
    }

    static String schemaOf(String s) {
        return s == null ? "public" : s;
    }

    static void requireFree(CatalogState s, String schema, String name) {
        SchemaOps.requireSchema(s, schema, name);
        if (s.relationByName.containsKey(CatalogState.key(schema, name))) {
            throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
    }

    static RelationInfo table(CatalogState s, int oid) {
        CatalogState.Entry<RelationInfo> e = s.relations.get(oid);
        if (e == null || e.value().kind() != RelationKind.TABLE) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation with OID " + oid + " does not exist");
        }
        if (e.value().system()) {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied: \"" + e.value().name()
                    + "\" is a system catalog");
        }
        return e.value();
    }

    void delete(Txn t, int heapOid, Tid tid) {
        ModifyResult r = c.heap(heapOid).delete(t, tid);
        if (r.status() != ModifyResult.Status.OK) {
            throw new SqlException(SqlState.INTERNAL_ERROR, "catalog row " + tid + " of " + heapOid + " was "
                    + r.status());
        }
    }

    void replace(Txn t, int heapOid, Tid tid, byte[] row) {
        ModifyResult r = c.heap(heapOid).update(t, tid, row);
        if (r.status() != ModifyResult.Status.OK) {
            throw new SqlException(SqlState.INTERNAL_ERROR, "catalog row " + tid + " of " + heapOid + " was "
                    + r.status());
        }
    }

    RelationInfo createTable(Txn t, TableDef def) {
        CatalogState s = begin(t, "CREATE TABLE");
        String schema = schemaOf(def.schema());
        requireFree(s, schema, def.name());
        Set<String> names = new HashSet<>();
        for (ColumnDef col : def.columns()) {
            if (!names.add(col.name())) {
                throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + col.name()
                        + "\" specified more than once");
            }
        }
        int oid = c.control.allocateOids(1);
        FreeSpaceMap.create(oid, c.pool, c.log);
        RelationInfo info = new RelationInfo(oid, schema, def.name(), RelationKind.TABLE, def.columns(), false);
        c.heap(SystemTables.RELATIONS).insert(t, CatalogCodec.relation(info));
        c.heaps.put(oid, new HeapTable(oid, def.name(), c.pool, c.log));
        created(t, oid);
        done(t);
        return info;
    }

    void dropTable(Txn t, int oid) {
        CatalogState s = begin(t, "DROP TABLE");
        RelationInfo info = table(s, oid);
        t.lockExclusively(oid);
        for (CatalogState.Entry<ConstraintInfo> e : s.constraints.values()) {
            ConstraintInfo k = e.value();
            if (k.kind() == ConstraintKind.FOREIGN_KEY && k.refTableOid() == oid && k.tableOid() != oid) {
                throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop table " + info.name()
                        + " because other objects depend on it")
                        .withDetail("constraint " + k.name() + " on table " + s.relations.get(k.tableOid()).value().name()
                                + " depends on table " + info.name());
            }
        }
        ViewOps.requireNoReaders(s, info, "table");
        for (ConstraintInfo k : s.constraintsOf(oid)) {
            delete(t, SystemTables.CONSTRAINTS, s.constraints.get(k.oid()).tid());
        }
        for (IndexInfo x : s.indexesOf(oid)) {
            dropIndexRows(t, s, x.oid());
        }
        for (CatalogState.Entry<SequenceInfo> e : s.sequences.values()) {
            if (e.value().def().ownerTableOid() == oid) {
                dropSequenceRows(t, s, e.value().oid());
            }
        }
        c.statistics.delete(t, s, oid);
        delete(t, SystemTables.RELATIONS, s.relations.get(oid).tid());
        dropped(t, oid);
        done(t);
    }

    IndexInfo createIndex(Txn t, IndexDef def) {
        CatalogState s = begin(t, "CREATE INDEX");
        RelationInfo table = table(s, def.tableOid());
        t.lockExclusively(def.tableOid());
        String schema = schemaOf(def.schema());
        requireFree(s, schema, def.name());
        List<ColumnDef> cols = new ArrayList<>();
        for (int k = 0; k < def.columns().size(); k++) {
            int attnum = def.columns().get(k);
            if (attnum == 0 && def.exprColumns().get(k) != null) {
                ColumnDef e = def.exprColumns().get(k);
                cols.add(new ColumnDef(e.name(), e.typeOid(), e.typmod(), false, null, (char) 0));
                continue;
            }
            if (attnum < 1 || attnum > table.columns().size()) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column number " + attnum + " of relation \""
                        + table.name() + "\" does not exist");
            }
            cols.add(table.columns().get(attnum - 1));
        }
        int oid = c.control.allocateOids(1);
        BTree.create(oid, c.pool, c.log);
        List<String> exprs = new ArrayList<>();
        def.exprColumns().forEach(e -> exprs.add(e == null ? null : e.defaultExpr()));
        IndexInfo info = new IndexInfo(oid, schema, def.name(), def.tableOid(), def.columns(), def.unique(),
                def.primary(), exprs, def.predicate());
        c.heap(SystemTables.RELATIONS).insert(t, CatalogCodec.relation(
                new RelationInfo(oid, schema, def.name(), RelationKind.INDEX, cols, false)));
        c.heap(SystemTables.INDEXES).insert(t, CatalogCodec.index(info));
        HeapTable heap = c.heap(def.tableOid());
        BTree bt = new BTree(oid, def.name(), def.tableOid(), def.unique(), c.pool, c.log, heap);
        c.btrees.put(oid, bt);
        created(t, oid);
        heap.forEachCandidate(t, (tid, data) -> {
            byte[] key = def.keyOf().apply(data);
            if (key != null) {
                bt.insert(t, key, tid);
            }
        });
        done(t);
        return info;
    }

    void dropIndex(Txn t, int oid) {
        CatalogState s = begin(t, "DROP INDEX");
        if (!s.indexes.containsKey(oid)) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "index with OID " + oid + " does not exist");
        }
        for (CatalogState.Entry<ConstraintInfo> e : s.constraints.values()) {
            if (e.value().indexOid() == oid) {
                throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop index "
                        + s.indexes.get(oid).value().name() + " because constraint " + e.value().name()
                        + " requires it");
            }
        }
        dropIndexRows(t, s, oid);
        done(t);
    }

    void dropIndexRows(Txn t, CatalogState s, int oid) {
        dropped(t, oid);
        delete(t, SystemTables.INDEXES, s.indexes.get(oid).tid());
        delete(t, SystemTables.RELATIONS, s.relations.get(oid).tid());
    }

    ConstraintInfo addConstraint(Txn t, ConstraintDef def) {
        CatalogState s = begin(t, "ALTER TABLE");
        RelationInfo table = table(s, def.tableOid());
        t.lockExclusively(def.tableOid());
        for (ConstraintInfo k : s.constraintsOf(def.tableOid())) {
            if (k.name().equals(def.name())) {
                throw new SqlException(SqlState.DUPLICATE_OBJECT, "constraint \"" + def.name() + "\" for relation \""
                        + table.name() + "\" already exists");
            }
            if (def.kind() == ConstraintKind.PRIMARY_KEY && k.kind() == ConstraintKind.PRIMARY_KEY) {
                throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \""
                        + table.name() + "\" are not allowed");
            }
        }
        int indexOid = def.indexOid();
        boolean key = def.kind() == ConstraintKind.PRIMARY_KEY || def.kind() == ConstraintKind.UNIQUE;
        if (def.kind() == ConstraintKind.PRIMARY_KEY) {
            List<ColumnDef> cols = new ArrayList<>(table.columns());
            for (int attnum : def.columns()) {
                cols.set(attnum - 1, cols.get(attnum - 1).withNotNull(true));
            }
            replace(t, SystemTables.RELATIONS, s.relations.get(table.oid()).tid(), CatalogCodec.relation(
                    new RelationInfo(table.oid(), table.schema(), table.name(), table.kind(), cols, false)));
        }
        if (key && indexOid == 0) {
            done(t);
            indexOid = createIndex(t, new IndexDef(table.schema(), def.name(), def.tableOid(), def.columns(), true,
                    def.kind() == ConstraintKind.PRIMARY_KEY, def.keyOf())).oid();
        }
        if (def.kind() == ConstraintKind.FOREIGN_KEY) {
            table(c.view(t), def.refTableOid());
        }
        int oid = c.control.allocateOids(1);
        ConstraintInfo info = new ConstraintInfo(oid, def.name(), def.tableOid(), def.kind(), def.columns(),
                key ? indexOid : 0, def.refTableOid(), def.refColumns(), def.onDelete(), def.onUpdate(),
                def.checkExpr());
        c.heap(SystemTables.CONSTRAINTS).insert(t, CatalogCodec.constraint(info));
        done(t);
        return info;
    }

    void dropConstraint(Txn t, int oid) {
        CatalogState s = begin(t, "ALTER TABLE");
        CatalogState.Entry<ConstraintInfo> e = s.constraints.get(oid);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "constraint with OID " + oid + " does not exist");
        }
        delete(t, SystemTables.CONSTRAINTS, e.tid());
        int index = e.value().indexOid();
        if (index != 0 && s.indexes.containsKey(index)) {
            dropIndexRows(t, s, index);
        }
        done(t);
    }

    RelationInfo addColumn(Txn t, int tableOid, ColumnDef column) {
        CatalogState s = begin(t, "ALTER TABLE");
        RelationInfo table = table(s, tableOid);
        t.lockExclusively(tableOid);
        if (table.attnum(column.name()) != 0) {
            throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + column.name() + "\" of relation \""
                    + table.name() + "\" already exists");
        }
        List<ColumnDef> cols = new ArrayList<>(table.columns());
        cols.add(column);
        RelationInfo info = new RelationInfo(table.oid(), table.schema(), table.name(), table.kind(), cols, false);
        replace(t, SystemTables.RELATIONS, s.relations.get(tableOid).tid(), CatalogCodec.relation(info));
        done(t);
        return info;
    }

    RelationInfo replaceColumn(Txn t, int tableOid, int attnum, ColumnDef column) {
        CatalogState s = begin(t, "ALTER TABLE");
        RelationInfo table = table(s, tableOid);
        t.lockExclusively(tableOid);
        List<ColumnDef> cols = new ArrayList<>(table.columns());
        ColumnDef old = cols.get(attnum - 1);
        if (old.typeOid() != column.typeOid() || old.typmod() != column.typmod()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "changing the type of column \"" + old.name()
                    + "\" is not supported");
        }
        if (!old.name().equals(column.name())) {
            ViewOps.requireNoReadersToRename(s, table, "column " + old.name() + " of table " + table.name());
        }
        int other = table.attnum(column.name());
        if (other != 0 && other != attnum) {
            throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + column.name() + "\" of relation \""
                    + table.name() + "\" already exists");
        }
        cols.set(attnum - 1, column);
        RelationInfo info = new RelationInfo(table.oid(), table.schema(), table.name(), table.kind(), cols, false);
        replace(t, SystemTables.RELATIONS, s.relations.get(tableOid).tid(), CatalogCodec.relation(info));
        done(t);
        return info;
    }

    RelationInfo renameTable(Txn t, int tableOid, String newName) {
        CatalogState s = begin(t, "ALTER TABLE");
        RelationInfo table = table(s, tableOid);
        t.lockExclusively(tableOid);
        ViewOps.requireNoReadersToRename(s, table, "table " + table.name());
        requireFree(s, table.schema(), newName);
        RelationInfo info = new RelationInfo(table.oid(), table.schema(), newName, table.kind(), table.columns(), false);
        replace(t, SystemTables.RELATIONS, s.relations.get(tableOid).tid(), CatalogCodec.relation(info));
        done(t);
        return info;
    }

    /**
     * Gives relation {@code oid} (of any kind but a system table) a new schema and name: its
     * relation row, and its index or sequence row. The caller rewrites what names it as text.
     */
    RelationInfo moveRelation(Txn t, int oid, String schema, String name) {
        CatalogState s = begin(t, "ALTER TABLE");
        CatalogState.Entry<RelationInfo> e = s.relations.get(oid);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation with OID " + oid + " does not exist");
        }
        RelationInfo r = e.value();
        if (r.system()) {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied: \"" + r.name() + "\" is a system catalog");
        }
        t.lockExclusively(r.kind() == RelationKind.INDEX ? s.indexes.get(oid).value().tableOid() : oid);
        if (!(r.schema().equals(schema) && r.name().equals(name))) {
            requireFree(s, schema, name);
        }
        RelationInfo info = new RelationInfo(r.oid(), schema, name, r.kind(), r.columns(), false);
        replace(t, SystemTables.RELATIONS, e.tid(), CatalogCodec.relation(info));
        if (r.kind() == RelationKind.INDEX) {
            CatalogState.Entry<IndexInfo> ix = s.indexes.get(oid);
            IndexInfo x = ix.value();
            replace(t, SystemTables.INDEXES, ix.tid(), CatalogCodec.index(new IndexInfo(x.oid(), schema, name, x.tableOid(),
                    x.columns(), x.unique(), x.primary(), x.exprs(), x.predicate())));
        } else if (r.kind() == RelationKind.SEQUENCE && s.sequences.containsKey(oid)) {
            CatalogState.Entry<SequenceInfo> sq = s.sequences.get(oid);
            SequenceDef d = sq.value().def();
            replace(t, SystemTables.SEQUENCES, sq.tid(), CatalogCodec.sequence(new SequenceInfo(oid, new SequenceDef(schema,
                    name, d.increment(), d.minValue(), d.maxValue(), d.start(), d.cycle(), d.ownerTableOid(), d.ownerColumn()))));
        }
        done(t);
        return info;
    }

    SequenceInfo createSequence(Txn t, SequenceDef def) {
        CatalogState s = begin(t, "CREATE SEQUENCE");
        String schema = schemaOf(def.schema());
        requireFree(s, schema, def.name());
        if (def.minValue() >= def.maxValue()) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + def.minValue()
                    + ") must be less than MAXVALUE (" + def.maxValue() + ")");
        }
        if (def.start() < def.minValue() || def.start() > def.maxValue()) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + def.start()
                    + ") cannot be " + (def.start() < def.minValue() ? "less than MINVALUE (" + def.minValue()
                    : "greater than MAXVALUE (" + def.maxValue()) + ")");
        }
        int oid = c.control.allocateOids(1);
        SequenceDef d = new SequenceDef(schema, def.name(), def.increment(), def.minValue(), def.maxValue(),
                def.start(), def.cycle(), def.ownerTableOid(), def.ownerColumn());
        c.sequencePages.create(oid, d);
        SequenceInfo info = new SequenceInfo(oid, d);
        c.heap(SystemTables.RELATIONS).insert(t, CatalogCodec.relation(
                new RelationInfo(oid, schema, def.name(), RelationKind.SEQUENCE, List.of(), false)));
        c.heap(SystemTables.SEQUENCES).insert(t, CatalogCodec.sequence(info));
        done(t);
        return info;
    }

    void dropSequence(Txn t, int oid) {
        CatalogState s = begin(t, "DROP SEQUENCE");
        if (!s.sequences.containsKey(oid)) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "sequence with OID " + oid + " does not exist");
        }
        dropSequenceRows(t, s, oid);
        done(t);
    }

    void dropSequenceRows(Txn t, CatalogState s, int oid) {
        delete(t, SystemTables.SEQUENCES, s.sequences.get(oid).tid());
        delete(t, SystemTables.RELATIONS, s.relations.get(oid).tid());
    }

    RoleInfo createRole(Txn t, RoleInfo role) {
        CatalogState s = begin(t, "CREATE ROLE");
        if (s.roles.containsKey(role.name())) {
            throw new SqlException(SqlState.DUPLICATE_OBJECT, "role \"" + role.name() + "\" already exists");
        }
        RoleInfo info = new RoleInfo(c.control.allocateOids(1), role.name(), role.superuser(), role.login(),
                role.passwordVerifier());
        c.heap(SystemTables.ROLES).insert(t, CatalogCodec.role(info));
        done(t);
        return info;
    }

    RoleInfo alterRole(Txn t, RoleInfo role) {
        CatalogState s = begin(t, "ALTER ROLE");
        CatalogState.Entry<RoleInfo> e = s.roles.get(role.name());
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + role.name() + "\" does not exist");
        }
        RoleInfo info = new RoleInfo(e.value().oid(), role.name(), role.superuser(), role.login(),
                role.passwordVerifier());
        replace(t, SystemTables.ROLES, e.tid(), CatalogCodec.role(info));
        done(t);
        return info;
    }

    void dropRole(Txn t, String name) {
        CatalogState s = begin(t, "DROP ROLE");
        CatalogState.Entry<RoleInfo> e = s.roles.get(name);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
        }
        delete(t, SystemTables.ROLES, e.tid());
        done(t);
    }

    void setSetting(Txn t, String name, String value) {
        CatalogState s = begin(t, "ALTER SYSTEM");
        CatalogState.Entry<String> e = s.settings.get(name);
        if (e != null && value == null) {
            delete(t, SystemTables.SETTINGS, e.tid());
        } else if (e != null) {
            replace(t, SystemTables.SETTINGS, e.tid(), CatalogCodec.pair(name, value));
        } else if (value != null) {
            c.heap(SystemTables.SETTINGS).insert(t, CatalogCodec.pair(name, value));
        }
        done(t);
    }
}
