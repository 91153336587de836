package org.borealis.sql.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.sql.btree.BTree;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.heap.FreeSpaceMap;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.mtr.LogWriter;
import org.borealis.sql.txn.ControlPage;
import org.borealis.sql.txn.TransactionManager;
import org.borealis.sql.txn.Txn;

/**
 * The catalog: lookups served from an in-memory {@link CatalogState} of the committed rows
 * (reloaded from the system tables after any DDL commits or rolls back), or, for a transaction
 * that has done DDL, from a view read with its own visibility; DDL is done by {@link DdlOps}.
 * Also the registry of open heaps and B-trees by OID. Thread-safe.
 */
public final class CatalogImpl implements Catalog {

    final BufferPool pool;
    final LogWriter log;
    final TransactionManager tm;
    final ControlPage control;
    final SequencePages sequencePages;
    final Map<Integer, HeapTable> heaps = new ConcurrentHashMap<>();
    final Map<Integer, BTree> btrees = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private volatile CatalogState committed;
    private volatile long committedVersion = -1;
    final Map<Txn, DdlTxState> ddlViews = new ConcurrentHashMap<>();
    private final DdlOps ddl;
    private final ViewOps views;
    private final ColumnOps columnOps;
    private final SchemaOps schemas;
    final StatisticsOps statistics;

    public CatalogImpl(BufferPool pool, LogWriter log, TransactionManager tm, ControlPage control) {
        this.pool = pool;
        this.log = log;
        this.tm = tm;
        this.control = control;
        this.sequencePages = new SequencePages(pool, log);
        this.ddl = new DdlOps(this);
        this.views = new ViewOps(this, ddl);
        this.statistics = new StatisticsOps(this, ddl);
        this.columnOps = new ColumnOps(ddl, statistics);
        this.schemas = new SchemaOps(this, ddl);
    }

    /** Creates the system tables and their first rows on an empty volume, in one transaction. */
    public void bootstrap(String database, String superuser, String verifier) {
        for (RelationInfo sys : SystemTables.ALL) {
            FreeSpaceMap.create(sys.oid(), pool, log);
        }
        Txn t = tm.begin(Isolation.READ_COMMITTED, false);
        t.startStatement();
        heap(SystemTables.DATABASE).insert(t, CatalogCodec.pair(database, null));
        int roleOid = control.allocateOids(1);
        heap(SystemTables.ROLES).insert(t, CatalogCodec.role(new RoleInfo(roleOid, superuser, true, true, verifier)));
        t.commit();
        invalidate();
    }

    void invalidate() {
        version.incrementAndGet();
        committed = null;
    }

    /** The committed catalog. */
    CatalogState committed() {
        long v = version.get();
        CatalogState s = committed;
        if (s != null && committedVersion == v) {
            return s;
        }
        Txn reader = tm.begin(Isolation.READ_COMMITTED, true);
        try {
            reader.startStatement();
            s = CatalogState.load(reader, this::heap);
        } finally {
            reader.rollback();
        }
        synchronized (this) {
            if (version.get() == v) {
                committed = s;
                committedVersion = v;
            }
        }
        return s;
    }

    /** What {@code tx} sees: its own view when it did DDL, else the committed catalog. */
    CatalogState view(Transaction tx) {
        if (tx == null) {
            return committed();
        }
        Txn t = Txn.of(tx);
        DdlTxState d = ddlViews.get(t);
        if (d == null) {
            return committed();
        }
        if (d.view != null && d.viewCid == t.cid()) {
            return d.view;
        }
        d.view = t.withLatestSnapshot(() -> CatalogState.load(t, this::heap));
        d.viewCid = t.cid();
        return d.view;
    }

    /** The heap of a table (system tables included). */
    public HeapTable heap(int oid) {
        HeapTable h = heaps.get(oid);
        if (h != null) {
            return h;
        }
        for (RelationInfo sys : SystemTables.ALL) {
            if (sys.oid() == oid) {
                return heaps.computeIfAbsent(oid, o -> new HeapTable(o, sys.name(), pool, log));
            }
        }
        CatalogState.Entry<RelationInfo> e = committed().relations.get(oid);
        if (e == null || e.value().kind() != RelationKind.TABLE) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation with OID " + oid + " does not exist");
        }
        return heaps.computeIfAbsent(oid, o -> new HeapTable(o, e.value().name(), pool, log));
    }

    /** An index by OID. */
    public BTree btree(int oid) {
        BTree b = btrees.get(oid);
        if (b != null) {
            return b;
        }
        CatalogState.Entry<IndexInfo> e = committed().indexes.get(oid);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "index with OID " + oid + " does not exist");
        }
        IndexInfo x = e.value();
        return btrees.computeIfAbsent(oid, o -> new BTree(o, x.name(), x.tableOid(), x.unique(), pool, log,
                heap(x.tableOid())));
    }

    public SequencePages sequencePages() {
        return sequencePages;
    }

    /** Committed tables, system tables first (for vacuum). */
    public List<RelationInfo> committedTables() {
        List<RelationInfo> out = new ArrayList<>();
        for (CatalogState.Entry<RelationInfo> e : committed().relations.values()) {
            if (e.value().kind() == RelationKind.TABLE) {
                out.add(e.value());
            }
        }
        out.sort(Comparator.comparingInt(RelationInfo::oid));
        return out;
    }

    /** Indexes on a table in the committed catalog (for vacuum). */
    public List<IndexInfo> committedIndexes(int tableOid) {
        return committed().indexesOf(tableOid);
    }

    public String databaseName() {
        return committed().database;
    }

    @Override
    public RelationInfo createTable(Transaction tx, TableDef def) {
        return ddl.createTable(Txn.of(tx), def);
    }

    @Override
    public void dropTable(Transaction tx, int tableOid) {
        ddl.dropTable(Txn.of(tx), tableOid);
    }

    @Override
    public IndexInfo createIndex(Transaction tx, IndexDef def) {
        return ddl.createIndex(Txn.of(tx), def);
    }

    @Override
    public void dropIndex(Transaction tx, int indexOid) {
        ddl.dropIndex(Txn.of(tx), indexOid);
    }

    @Override
    public ConstraintInfo addConstraint(Transaction tx, ConstraintDef def) {
        return ddl.addConstraint(Txn.of(tx), def);
    }

    @Override
    public void dropConstraint(Transaction tx, int constraintOid) {
        ddl.dropConstraint(Txn.of(tx), constraintOid);
    }

    @Override
    public RelationInfo addColumn(Transaction tx, int tableOid, ColumnDef column) {
        return ddl.addColumn(Txn.of(tx), tableOid, column);
    }

    @Override
    public RelationInfo dropColumn(Transaction tx, int tableOid, int attnum) {
        return columnOps.dropColumn(Txn.of(tx), tableOid, attnum);
    }

    @Override
    public RelationInfo retypeColumn(Transaction tx, int tableOid, int attnum, int typeOid, int typmod, boolean rewrite) {
        return columnOps.retypeColumn(Txn.of(tx), tableOid, attnum, typeOid, typmod, rewrite);
    }

    @Override
    public RelationInfo replaceColumn(Transaction tx, int tableOid, int attnum, ColumnDef column) {
        return ddl.replaceColumn(Txn.of(tx), tableOid, attnum, column);
    }

    @Override
    public RelationInfo renameTable(Transaction tx, int tableOid, String newName) {
        return ddl.renameTable(Txn.of(tx), tableOid, newName);
    }

    @Override
    public RelationInfo moveRelation(Transaction tx, int oid, String schema, String name) {
        return ddl.moveRelation(Txn.of(tx), oid, schema, name);
    }

    @Override
    public SchemaInfo alterSchema(Transaction tx, String name, String newName, int ownerOid) {
        return schemas.alter(Txn.of(tx), name, newName, ownerOid);
    }

    @Override
    public SequenceInfo createSequence(Transaction tx, SequenceDef def) {
        return ddl.createSequence(Txn.of(tx), def);
    }

    @Override
    public void dropSequence(Transaction tx, int sequenceOid) {
        ddl.dropSequence(Txn.of(tx), sequenceOid);
    }

    @Override
    public SchemaInfo createSchema(Transaction tx, String name, int ownerOid) {
        return schemas.create(Txn.of(tx), name, ownerOid);
    }

    @Override
    public void dropSchema(Transaction tx, String name) {
        schemas.drop(Txn.of(tx), name);
    }

    @Override
    public Optional<SchemaInfo> schema(Transaction tx, String name) {
        CatalogState.Entry<SchemaInfo> e = view(tx).schemas.get(name);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public List<SchemaInfo> schemas(Transaction tx) {
        List<SchemaInfo> out = new ArrayList<>();
        view(tx).schemas.values().forEach(e -> out.add(e.value()));
        out.sort(Comparator.comparingInt(SchemaInfo::oid));
        return out;
    }

    @Override
    public ViewInfo createView(Transaction tx, ViewDef def) {
        return views.create(Txn.of(tx), def);
    }

    @Override
    public ViewInfo replaceView(Transaction tx, int viewOid, ViewDef def) {
        return views.replace(Txn.of(tx), viewOid, def);
    }

    @Override
    public void dropView(Transaction tx, int viewOid) {
        views.drop(Txn.of(tx), viewOid);
    }

    @Override
    public Optional<ViewInfo> view(Transaction tx, int viewOid) {
        CatalogState.Entry<ViewInfo> e = view(tx).views.get(viewOid);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public List<ViewInfo> dependentViews(Transaction tx, int oid) {
        return view(tx).viewsReading(oid);
    }

    @Override
    public Optional<RelationInfo> relation(Transaction tx, String schema, String name) {
        CatalogState s = view(tx);
        Integer oid = s.relationByName.get(CatalogState.key(schema == null ? "public" : schema, name));
        return oid == null ? Optional.empty() : Optional.of(s.relations.get(oid).value());
    }

    @Override
    public Optional<RelationInfo> relation(Transaction tx, int oid) {
        CatalogState.Entry<RelationInfo> e = view(tx).relations.get(oid);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public List<RelationInfo> relations(Transaction tx) {
        List<RelationInfo> out = new ArrayList<>();
        view(tx).relations.values().forEach(e -> out.add(e.value()));
        out.sort(Comparator.comparingInt(RelationInfo::oid));
        return out;
    }

    @Override
    public List<IndexInfo> indexes(Transaction tx, int tableOid) {
        return view(tx).indexesOf(tableOid);
    }

    @Override
    public Optional<IndexInfo> index(Transaction tx, int indexOid) {
        CatalogState.Entry<IndexInfo> e = view(tx).indexes.get(indexOid);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public List<ConstraintInfo> constraints(Transaction tx, int tableOid) {
        return view(tx).constraintsOf(tableOid);
    }

    @Override
    public List<ConstraintInfo> referencingConstraints(Transaction tx, int tableOid) {
        List<ConstraintInfo> out = new ArrayList<>();
        for (CatalogState.Entry<ConstraintInfo> e : view(tx).constraints.values()) {
            ConstraintInfo c = e.value();
            if (c.kind() == ConstraintKind.FOREIGN_KEY && c.refTableOid() == tableOid && c.tableOid() != tableOid) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingInt(ConstraintInfo::oid));
        return out;
    }

    @Override
    public Optional<SequenceInfo> sequence(Transaction tx, int sequenceOid) {
        CatalogState.Entry<SequenceInfo> e = view(tx).sequences.get(sequenceOid);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public RoleInfo createRole(Transaction tx, RoleInfo role) {
        return ddl.createRole(Txn.of(tx), role);
    }

    @Override
    public RoleInfo alterRole(Transaction tx, RoleInfo role) {
        return ddl.alterRole(Txn.of(tx), role);
    }

    @Override
    public void dropRole(Transaction tx, String name) {
        ddl.dropRole(Txn.of(tx), name);
    }

    @Override
    public Optional<RoleInfo> role(Transaction tx, String name) {
        CatalogState.Entry<RoleInfo> e = view(tx).roles.get(name);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    @Override
    public List<RoleInfo> roles(Transaction tx) {
        List<RoleInfo> out = new ArrayList<>();
        view(tx).roles.values().forEach(e -> out.add(e.value()));
        out.sort(Comparator.comparingInt(RoleInfo::oid));
        return out;
    }

    @Override
    public void setStatistics(Transaction tx, org.borealis.sql.engine.TableStatistics stats) {
        statistics.set(Txn.of(tx), stats);
    }

    @Override
    public boolean tryLockForChange(Transaction tx) {
        Txn t = Txn.of(tx);
        return tm.locks().acquire(t.requireXid("ANALYZE"), org.borealis.sql.txn.LockTag.ddl(),
                org.borealis.sql.txn.LockManager.Mode.EXCLUSIVE, false);
    }

    @Override
    public Optional<org.borealis.sql.engine.TableStatistics> statistics(Transaction tx, int tableOid) {
        CatalogState.Stats st = view(tx).statistics.get(tableOid);
        return st == null ? Optional.empty() : Optional.ofNullable(st.value());
    }

    @Override
    public Optional<String> setting(Transaction tx, String name) {
        CatalogState.Entry<String> e = view(tx).settings.get(name);
        return e == null ? Optional.empty() : Optional.ofNullable(e.value());
    }

    @Override
    public void setSetting(Transaction tx, String name, String value) {
        ddl.setSetting(Txn.of(tx), name, value);
    }

    @Override
    public List<Setting> settings(Transaction tx) {
        List<Setting> out = new ArrayList<>();
        view(tx).settings.forEach((k, e) -> out.add(new Setting(k, e.value())));
        out.sort(Comparator.comparing(Setting::name));
        return out;
    }
}
