package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.pgcatalog.CatalogSnapshot;
import org.borealis.sql.pgcatalog.PgCatalog;
import org.borealis.sql.pgcatalog.SystemScanOp;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.CatalogView;
import org.borealis.sql.plan.IndexBounds;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.RowLocking;
import org.borealis.sql.plan.ScanFactory;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.session.SessionContext;
import org.borealis.sql.session.StorageSession;

/**
 * One client session's engine session and current transaction; plans the statements that touch
 * storage (DML through {@link DmlPlanner}, DDL through {@link DdlPlanner}). Session thread only.
 */
final class EngineStorageSession implements StorageSession, ScanFactory {

    private final Engine engine;
    private final Session session;
    private Transaction tx;
    private boolean ddlInTransaction;
    private EngineCatalogView catalog;
    private CatalogSnapshot snapshot;

    private final EngineStorage storage;
    private static final String DEFAULT_PATH = "\"$user\", public";
    private java.util.function.Supplier<String> searchPathSetting = () -> DEFAULT_PATH;
    private java.util.function.Supplier<String> user = () -> "";
    private String pathOverride;

    /** This session's temporary-schema slot (0: none, for the node's own maintenance session). */
    private final int slot;
    /** Whether this session has put its temporary schema to use (it is then first on the search path). */
    private boolean tempUsed;
    /** ON COMMIT DELETE ROWS / DROP of this session's temporary tables, by OID. */
    private final java.util.Map<Integer, Statement.OnCommit> onCommit = new java.util.LinkedHashMap<>();

    EngineStorageSession(EngineStorage storage, Engine engine, int slot) {
        this.storage = storage;
        this.engine = engine;
        this.slot = slot;
        this.session = engine.openSession();
    }

    Engine engine() {
        return engine;
    }

    Session session() {
        return session;
    }

    Transaction tx() {
        if (tx == null) {
            throw new SqlException(SqlState.INTERNAL_ERROR, "no transaction is active");
        }
        return tx;
    }

    @Override
    public void begin(boolean repeatableRead, boolean readOnly) {
        tx = session.begin(repeatableRead ? Isolation.REPEATABLE_READ : Isolation.READ_COMMITTED, readOnly);
        catalog = null;
    }

    @Override
    public void commit() {
        if (!onCommit.isEmpty() && tx != null && tx.isActive()) {
            try {
                runOnCommit();
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }
        Transaction t = tx;
        tx = null;
        catalog = null;
        try {
            t.commit();
        } finally {
            endDdl();
        }
    }

    /** Registers a temporary table's ON COMMIT action (PRESERVE ROWS needs none). */
    void onCommit(int tableOid, Statement.OnCommit action) {
        if (action == Statement.OnCommit.DELETE_ROWS || action == Statement.OnCommit.DROP) {
            onCommit.put(tableOid, action);
        }
    }

    /** Runs the ON COMMIT actions in the committing transaction. */
    private void runOnCommit() {
        tx.startStatement();
        catalog = null;
        snapshot = null;
        TempSchemas.onCommit(this, onCommit);
    }

    @Override
    public void rollback() {
        Transaction t = tx;
        tx = null;
        catalog = null;
        try {
            if (t != null && t.isActive()) {
                t.rollback();
            }
        } finally {
            endDdl();
        }
    }

    @Override
    public boolean inTransaction() {
        return tx != null;
    }

    @Override
    public void savepoint(String name) {
        tx().savepoint(name);
    }

    @Override
    public void releaseSavepoint(String name) {
        tx().releaseSavepoint(name);
    }

    @Override
    public void rollbackToSavepoint(String name) {
        tx().rollbackToSavepoint(name);
        // catalog rows written since the savepoint are gone: nothing memoised may outlive them
        catalog = null;
        snapshot = null;
        if (ddlInTransaction) {
            storage.bumpCatalogVersion();
        }
    }

    @Override
    public String innermostSavepoint() {
        return tx != null && tx.isActive() ? org.borealis.sql.txn.Txn.of(tx).innermostSavepoint() : null;
    }

    @Override
    public void startStatement() {
        tx().startStatement();
        catalog = null;
        snapshot = null;
    }

    @Override
    public CatalogView catalog() {
        return view();
    }

    EngineCatalogView view() {
        if (catalog == null) {
            catalog = new EngineCatalogView(engine.catalog(), tx(), this::snapshot, this,
                    oid -> engine.stats(oid).liveTuples());
        }
        return catalog;
    }

    /** Forgets memoised catalog records after DDL, and makes every session re-plan its statements. */
    void catalogChanged() {
        catalog = null;
        snapshot = null;
        ddlInTransaction = true;
        storage.bumpCatalogVersion();
    }

    /** After a transaction with DDL ends, plans made meanwhile by others may be stale too. */
    private void endDdl() {
        if (ddlInTransaction) {
            ddlInTransaction = false;
            storage.bumpCatalogVersion();
        }
    }

    @Override
    public void useSearchPath(java.util.function.Supplier<String> searchPath, java.util.function.Supplier<String> user) {
        this.searchPathSetting = searchPath;
        this.user = user;
    }

    /** The {@code search_path} text names are resolved through now (a view's while its query is planned). */
    String searchPathText() {
        if (pathOverride != null) {
            return pathOverride;
        }
        String p = searchPathSetting.get();
        return p == null ? DEFAULT_PATH : p;
    }

    /**
     * The schemas unqualified names are looked up in, in order (those that do not exist included):
     * the temporary schema first once this session has one, unless the path names {@code pg_temp}
     * elsewhere, as PostgreSQL.
     */
    java.util.List<String> searchPath() {
        return withTemp(org.borealis.sql.pgcatalog.CatalogFunctions.pathItems(searchPathText(), user.get()));
    }

    private java.util.List<String> withTemp(java.util.List<String> items) {
        java.util.List<String> out = new ArrayList<>();
        String temp = tempSchema();
        if (temp != null && !items.contains("pg_temp") && !items.contains(temp)) {
            out.add(temp);
        }
        for (String item : items) {
            if (item.equals("pg_temp")) {
                if (temp != null && !out.contains(temp)) {
                    out.add(temp);
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /** This session's temporary schema once it has created a temporary relation, else null. */
    @Override
    public String tempSchema() {
        return tempUsed ? TempSchemas.name(slot) : null;
    }

    /**
     * The temporary schema to create in, created in this transaction when missing; the first
     * use in a session drops what an earlier session of the same slot left in it.
     */
    String useTempSchema() {
        if (slot == 0) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "temporary tables need a client session");
        }
        String name = TempSchemas.name(slot);
        if (engine.catalog().schema(tx(), name).isEmpty()) {
            engine.catalog().createSchema(tx(), name, 0);
            catalogChanged();
        } else if (!tempUsed && TempSchemas.hasRelations(this, name)) {
            TempSchemas.clear(this, name);
        }
        tempUsed = true;
        return name;
    }

    /** A schema qualifier as written: {@code pg_temp} is this session's temporary schema. */
    String qualifier(String schema) {
        if (schema.equals("pg_temp")) {
            return slot == 0 ? schema : TempSchemas.name(slot);
        }
        return schema;
    }

    /** Runs {@code body} resolving names through {@code path} (null: the session's search_path). */
    <T> T withSearchPath(String path, java.util.function.Supplier<T> body) {
        if (path == null) {
            return body.get();
        }
        String saved = pathOverride;
        pathOverride = path;
        try {
            return body.get();
        } finally {
            pathOverride = saved;
        }
    }

    /**
     * The schema a new object named {@code name} goes to: its qualifier, else the first schema of
     * the search path that exists (3F000 when none does, as PostgreSQL).
     */
    String creationSchema(java.util.List<String> name) {
        return creationSchema(name, false);
    }

    /**
     * As {@link #creationSchema(java.util.List)}; a temporary relation goes to this session's
     * temporary schema (42P16 when qualified with another), as does one qualified {@code pg_temp}.
     * An unqualified permanent relation never goes to the temporary schema.
     */
    String creationSchema(java.util.List<String> name, boolean temp) {
        if (name.size() > 1) {
            String q = qualifier(name.get(name.size() - 2));
            if (q.equals(TempSchemas.name(slot))) {
                return useTempSchema();
            }
            if (temp) {
                throw new SqlException(SqlState.INVALID_TABLE_DEFINITION,
                        "cannot create temporary relation in non-temporary schema");
            }
            return q;
        }
        if (temp) {
            return useTempSchema();
        }
        for (String schema : searchPath()) {
            if (TempSchemas.isTemp(schema)) {
                continue;
            }
            if (schema.equals("public") || engine.catalog().schema(tx(), schema).isPresent()) {
                return schema;
            }
        }
        throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "no schema has been selected to create in");
    }

    @Override
    public ScanFactory scans() {
        return this;
    }

    /** The catalog as this statement sees it, for pg_catalog relations and functions; built once per statement. */
    CatalogSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = new CatalogSnapshot(engine.catalog(), tx(), engine.databaseName(), engine::stats, engine::activity);
        }
        return snapshot;
    }

    @Override
    public Operator seqScan(TableMeta table) {
        var system = PgCatalog.byOid(table.oid());
        if (system.isPresent()) {
            return new SystemScanOp(system.get(), this::snapshot);
        }
        SeqScanOp op = new SeqScanOp(engine.table(table.oid()), this::tx, table.layout(), false);
        op.relName = table.name();
        return op;
    }

    @Override
    public Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds) {
        return indexScan(table, index, bounds, false);
    }

    @Override
    public Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward) {
        IndexScanOp op = new IndexScanOp(engine.table(table.oid()), engine.index(index.oid()), index, this::tx, table.types(),
                table.layout(), bounds, false);
        op.relName = table.name();
        op.backward = backward;
        return op;
    }

    @Override
    public Operator indexOnlyScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward) {
        if (PgCatalog.byOid(table.oid()).isPresent()) {
            return indexScan(table, index, bounds, backward);
        }
        IndexScanOp op = (IndexScanOp) indexScan(table, index, bounds, backward);
        op.indexOnly = true;
        op.typmods = table.typmods();
        return op;
    }

    @Override
    public Operator seqScan(TableMeta table, boolean withTid) {
        if (!withTid) {
            return seqScan(table);
        }
        noSystemRowLocks(table);
        SeqScanOp op = new SeqScanOp(engine.table(table.oid()), this::tx, table.layout(), true);
        op.relName = table.name();
        return op;
    }

    @Override
    public Operator indexScan(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds, boolean backward,
                              boolean withTid) {
        if (!withTid) {
            return indexScan(table, index, bounds, backward);
        }
        noSystemRowLocks(table);
        IndexScanOp op = new IndexScanOp(engine.table(table.oid()), engine.index(index.oid()), index, this::tx,
                table.types(), table.layout(), bounds, true);
        op.relName = table.name();
        op.backward = backward;
        return op;
    }

    @Override
    public Operator lockRows(Operator input, RowLocking locking) {
        List<Table> tables = new ArrayList<>();
        for (RowLocking.Target t : locking.targets()) {
            tables.add(engine.table(t.table().oid()));
        }
        return new LockRowsOp(input, locking, tables, this::tx);
    }

    /** The pg_catalog relations are views over the catalog, not tables with row versions. */
    private static void noSystemRowLocks(TableMeta table) {
        if (PgCatalog.byOid(table.oid()).isPresent()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot lock rows in system relation \""
                    + table.name() + "\"");
        }
    }

    Operator scanWithTid(TableMeta table, TableMeta.IndexMeta index, IndexBounds bounds) {
        return index == null ? seqScan(table, true) : indexScan(table, index, bounds, false, true);
    }

    @Override
    public Plan plan(Statement statement, PlanContext pc, SessionContext sessionContext) {
        SystemCatalogGuard.check(statement);
        OtherSessionsTemp.check(this, statement);
        return switch (statement) {
            case Statement.Insert i -> pc.ctes().topLevel(i.with(), () -> modify(i, pc));
            case Statement.Update u -> pc.ctes().topLevel(u.with(), () -> modify(u, pc));
            case Statement.Delete d -> pc.ctes().topLevel(d.with(), () -> modify(d, pc));
            default -> new DdlPlanner(this, pc, sessionContext).plan(statement);
        };
    }

    /** Plans an INSERT, UPDATE or DELETE with its WITH queries visible (the statement's, or a WITH query's). */
    @Override
    public Plan modify(Statement statement, PlanContext pc) {
        SystemCatalogGuard.check(statement);
        return switch (statement) {
            case Statement.Insert i -> pc.ctes().within(i.with(), () -> new DmlPlanner(this, pc).insert(ViewDml.onTable(this, i)));
            case Statement.Update u -> pc.ctes().within(u.with(), () -> new DmlPlanner(this, pc).update(ViewDml.onTable(this, u)));
            case Statement.Delete d -> pc.ctes().within(d.with(), () -> new DmlPlanner(this, pc).delete(ViewDml.onTable(this, d)));
            default -> throw new SqlException(SqlState.INTERNAL_ERROR, "not a data-modifying statement");
        };
    }

    @Override
    public CopyIn copyIn(Statement.Copy copy, PlanContext pc) {
        SystemCatalogGuard.check(copy);
        OtherSessionsTemp.check(this, copy);
        return new DmlPlanner(this, pc).copyIn(copy);
    }

    @Override
    public org.borealis.sql.exec.SessionInfo.Sequences sequences() {
        return new org.borealis.sql.exec.SessionInfo.Sequences() {
            @Override
            public long nextval(int oid) {
                OtherSessionsTemp.sequence(EngineStorageSession.this, oid);
                return session.nextval(tx(), oid);
            }

            @Override
            public long currval(int oid) {
                return session.currval(oid);
            }

            @Override
            public long lastval() {
                return session.lastval();
            }

            @Override
            public long setval(int oid, long value, boolean isCalled) {
                OtherSessionsTemp.sequence(EngineStorageSession.this, oid);
                return session.setval(tx(), oid, value, isCalled);
            }
        };
    }

    @Override
    public long catalogVersion() {
        return storage.catalogVersion();
    }

    @Override
    public void close() {
        try {
            rollback();
            dropTemporary();
        } finally {
            session.close();
            if (slot != 0) {
                storage.releaseSlot(slot);
            }
        }
    }

    @Override
    public void discardTemp() {
        if (!tempUsed) {
            return;
        }
        boolean own = tx == null || !tx.isActive();
        if (own) {
            begin(false, false);
        }
        boolean done = false;
        try {
            String name = TempSchemas.name(slot);
            if (engine.catalog().schema(tx(), name).isPresent() && TempSchemas.hasRelations(this, name)) {
                TempSchemas.clear(this, name);
                catalogChanged();
            }
            if (own) {
                commit();
            }
            done = true;
        } finally {
            if (own && !done) {
                rollback();
            }
        }
    }

    @Override
    public void discardSequences() {
        session.discardSequences();
    }

    /** At session end: drops this session's temporary relations in a transaction of their own. */
    private void dropTemporary() {
        if (!tempUsed) {
            return;
        }
        tempUsed = false;
        begin(false, false);
        boolean done = false;
        try {
            String name = TempSchemas.name(slot);
            if (engine.catalog().schema(tx(), name).isPresent()) {
                TempSchemas.clear(this, name);
            }
            onCommit.clear();
            commit();
            done = true;
        } finally {
            if (!done) {
                rollback();
            }
        }
    }
}
