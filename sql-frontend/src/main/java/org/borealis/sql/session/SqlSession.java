package org.borealis.sql.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.SessionInfo;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * One client session: settings, the transaction state machine (idle, implicit transaction, block,
 * failed block), prepared statements and portals, cancellation and statement_timeout. The wire
 * layer drives it with the protocol's operations (simple query; Parse, Bind, Describe, Execute,
 * Close, Sync). Used by the connection's session thread only, except {@link #cancel}.
 *
 * <pre>
 *   IDLE --stmt--> (implicit txn, committed after the statement / at Sync) --> IDLE
 *   IDLE --BEGIN--> BLOCK --COMMIT/ROLLBACK--> IDLE
 *   BLOCK --error--> FAILED --ROLLBACK or COMMIT--> IDLE     (other statements: 25P02)
 * </pre>
 */
public final class SqlSession implements SessionInfo, SessionContext, AutoCloseable {

    /** Transaction states; {@link #statusChar} is what ReadyForQuery reports. */
    enum TxState { IDLE, IMPLICIT, BLOCK, FAILED }

    private final SessionConfig config;
    private final Settings settings;
    private final StorageSession storage;
    private final StatementPlanner planner;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private TxState state = TxState.IDLE;
    private Instant txnStart;
    private TxnModes pendingModes;
    private volatile ExecContext running;
    /** The catalog of whatever transaction is current when the planner asks. */
    private final org.borealis.sql.plan.CatalogView lazyCatalog = new org.borealis.sql.plan.CatalogView() {
        @Override
        public java.util.Optional<org.borealis.sql.plan.TableMeta> table(List<String> name) {
            return storage.catalog().table(name);
        }

        @Override
        public java.util.Optional<org.borealis.sql.plan.TableMeta> table(int oid) {
            return storage.catalog().table(oid);
        }

        @Override
        public long estimatedRows(int tableOid) {
            return storage.catalog().estimatedRows(tableOid);
        }

        @Override
        public java.util.Optional<org.borealis.sql.plan.ViewMeta> view(List<String> name) {
            return storage.catalog().view(name);
        }

        @Override
        public boolean othersTemp(String schema) {
            return storage.catalog().othersTemp(schema);
        }

        @Override
        public java.util.Optional<org.borealis.sql.plan.ViewMeta> view(int oid) {
            return storage.catalog().view(oid);
        }

        @Override
        public long estimatedPages(int tableOid) {
            return storage.catalog().estimatedPages(tableOid);
        }

        @Override
        public double allVisibleFraction(int tableOid) {
            return storage.catalog().allVisibleFraction(tableOid);
        }

        @Override
        public boolean analyzed(int tableOid) {
            return storage.catalog().analyzed(tableOid);
        }

        @Override
        public org.borealis.sql.stats.ColumnStats columnStats(int tableOid, int attnum) {
            return storage.catalog().columnStats(tableOid, attnum);
        }

        @Override
        public <T> T withSearchPath(String searchPath, java.util.function.Supplier<T> body) {
            return storage.catalog().withSearchPath(searchPath, body);
        }

        @Override
        public org.borealis.sql.pgcatalog.CatalogSource systemCatalog() {
            return () -> storage.catalog().systemCatalog().snapshot();
        }
    };

    public SqlSession(SessionConfig config, Settings settings, StorageSession storage) {
        this.config = config;
        this.settings = settings;
        this.storage = storage;
        this.planner = new StatementPlanner(this);
        if (storage != null) {
            storage.useSearchPath(() -> settings.get("search_path"), config::user);
        }
    }

    public Settings settings() {
        return settings;
    }

    StorageSession storage() {
        return storage;
    }

    SessionConfig config() {
        return config;
    }

    /** 'I', 'T' or 'E' for ReadyForQuery. */
    public char statusChar() {
        return switch (state) {
            case BLOCK -> 'T';
            case FAILED -> 'E';
            default -> 'I';
        };
    }

    public boolean inTransactionBlock() {
        return state == TxState.BLOCK || state == TxState.FAILED;
    }

    // ------------------------------------------------------------------ simple query

    /**
     * Runs a Query message: every statement in order, as one implicit transaction unless the text
     * manages transactions itself. An error stops the rest and is thrown after the session state
     * was cleaned up.
     */
    public void simpleQuery(String sql, QuerySink sink) {
        QuerySink before = noticeSink;
        noticeSink = sink;
        try {
            SimpleQuery.run(this, planner, sql, sink);
        } finally {
            noticeSink = before;
        }
    }

    /** Where {@link #notice} goes: the sink of the statement being run, null between statements. */
    private QuerySink noticeSink;

    @Override
    public void notice(String sqlState, String message) {
        QuerySink sink = noticeSink;
        if (sink != null) {
            sink.notice("NOTICE", sqlState, message);
        }
    }

    // ------------------------------------------------------------------ statement lifecycle

    /** Ensures a transaction for a statement and starts the statement in it (a new snapshot under READ COMMITTED). */
    void beginStatement(Statement st, boolean multi) {
        ensureTransaction();
        if (storage != null) {
            storage.startStatement();
        }
    }

    /** Ensures the session and engine transactions exist, without starting a statement. */
    void ensureTransaction() {
        openTransaction();
        if (storage != null && !storage.inTransaction()) {
            TxnModes m = effectiveModes();
            storage.begin(m.repeatableRead(), m.readOnly());
        }
    }

    /** Enters the implicit-transaction state if idle (the engine transaction starts lazily). */
    void openTransaction() {
        if (state == TxState.IDLE) {
            state = TxState.IMPLICIT;
            txnStart = Instant.now();
            settings.beginTransaction();
        }
    }

    /** After a statement of a simple query: a lone statement outside a block commits now. */
    void endStatement(boolean multi) {
        if (state == TxState.IMPLICIT && !multi && !extendedCycle) {
            commitImplicit();
        }
    }

    private boolean extendedCycle;

    void commitImplicit() {
        try {
            if (storage != null && storage.inTransaction()) {
                storage.commit();
            }
        } finally {
            endTransaction(true);
        }
    }

    /** Ends the transaction state (engine already committed or rolled back). */
    void endTransaction(boolean committed) {
        state = TxState.IDLE;
        pendingModes = null;
        settings.endTransaction(committed);
        settings.setInternal("transaction_isolation", settings.get("default_transaction_isolation"));
        settings.setInternal("transaction_read_only", settings.get("default_transaction_read_only"));
        for (Portal p : portals.values()) {
            p.close();
        }
        portals.clear();
    }

    void setState(TxState s) {
        state = s;
    }

    TxState state() {
        return state;
    }

    void setPendingModes(TxnModes m) {
        pendingModes = m;
    }

    TxnModes pendingModes() {
        return pendingModes;
    }

    TxnModes effectiveModes() {
        if (pendingModes != null) {
            return pendingModes;
        }
        return new TxnModes(!settings.get("default_transaction_isolation").equals("read committed")
                && !settings.get("default_transaction_isolation").equals("read uncommitted"),
                settings.get("default_transaction_read_only").equals("on"));
    }

    /** After an error: a block becomes failed, an implicit transaction is rolled back. */
    public void onError() {
        if (storage != null && storage.inTransaction()) {
            String savepoint = state == TxState.BLOCK || state == TxState.FAILED ? storage.innermostSavepoint() : null;
            try {
                if (savepoint != null) {
                    // as PostgreSQL: the innermost subtransaction's work is undone now; the block waits,
                    // failed, for ROLLBACK TO a savepoint or for the end of the transaction
                    storage.rollbackToSavepoint(savepoint);
                    settings.rollbackToSavepoint(savepoint);
                } else {
                    storage.rollback();
                }
            } catch (RuntimeException e) {
                try {
                    storage.rollback();
                } catch (RuntimeException ignored) {
                    // the transaction is gone either way
                }
            }
        }
        if (state == TxState.BLOCK) {
            state = TxState.FAILED;
        } else if (state == TxState.IMPLICIT) {
            endTransaction(false);
        }
        for (Portal p : portals.values()) {
            p.close();
        }
    }

    static SqlException failedBlock() {
        return new SqlException(SqlState.IN_FAILED_SQL_TRANSACTION,
                "current transaction is aborted, commands ignored until end of transaction block");
    }

    ExecContext context(Object[] params) {
        return new ExecContext(params, settings.textFormat(), txnStart == null ? Instant.now() : txnStart, this);
    }

    PlanContext planContext(PgType[] declared) {
        PlanContext pc = new PlanContext(declared, settings.textFormat(),
                storage == null ? org.borealis.sql.plan.CatalogView.EMPTY : lazyCatalog);
        if (storage != null) {
            pc.withScans(storage.scans());
        }
        return pc;
    }

    /** Runs a statement body with cancellation and statement_timeout armed. */
    void runWithTimeout(ExecContext ctx, Runnable body) {
        long timeout = settings.statementTimeoutMillis();
        ScheduledFuture<?> timer = null;
        running = ctx;
        if (timeout > 0) {
            timer = Timers.SCHEDULER.schedule(() -> ctx.cancel(ExecContext.CancelReason.TIMEOUT), timeout, TimeUnit.MILLISECONDS);
        }
        org.borealis.sql.txn.WaitCancel.set(ctx::checkCancel); // a lock wait ends on cancel and timeout too
        try {
            body.run();
        } finally {
            org.borealis.sql.txn.WaitCancel.clear();
            running = null;
            if (timer != null) {
                timer.cancel(false);
            }
        }
    }

    /** CancelRequest: cancels the running statement, if any. Any thread. */
    public void cancel() {
        ExecContext c = running;
        if (c != null) {
            c.cancel(ExecContext.CancelReason.USER);
        }
    }

    // ------------------------------------------------------------------ extended protocol

    /** Parse: parses, plans once to learn parameter and result types, stores the statement. */
    public PreparedStatement parse(String name, String sql, int[] paramOids) {
        extendedCycle = true;
        if (!name.isEmpty() && statements.containsKey(name)) {
            throw new SqlException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + name + "\" already exists");
        }
        PgType[] declared = new PgType[paramOids.length];
        for (int i = 0; i < paramOids.length; i++) {
            declared[i] = paramOids[i] == 0 ? null : Types.byOid(paramOids[i]);
            if (paramOids[i] != 0 && declared[i] == null) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "type with OID " + paramOids[i] + " does not exist");
            }
        }
        ParsedStatement ps = StatementParser.parseOne(sql);
        if (state == TxState.FAILED && ps != null && !TransactionControl.allowedWhenFailed(ps.statement())) {
            throw failedBlock();
        }
        PreparedStatement prepared;
        if (ps == null) {
            prepared = new PreparedStatement(name, sql, null, new PgType[0], null);
        } else {
            PlanContext pc = planContext(declared);
            List<ResultColumn> cols = null;
            if (needsStoragePlan(ps.statement())) {
                // Describing may read the catalog: do it inside the cycle's transaction.
                beginStatement(ps.statement(), true);
            }
            Plan plan = TransactionControl.handles(ps.statement()) || ps.statement() instanceof Statement.Copy ? null
                    : planner.plan(ps, pc);
            if (plan != null) {
                cols = plan.columns();
            }
            prepared = new PreparedStatement(name, sql, ps, pc.finishParams(), cols);
        }
        statements.put(name, prepared);
        return prepared;
    }

    @Override
    public org.borealis.sql.exec.SessionInfo.Sequences sequences() {
        return storage == null ? null : storage.sequences();
    }

    /** SQL PREPARE: plans the statement once (for its types) and stores it like a Parse would. */
    void prepareSql(Statement.Prepare p, boolean multi) {
        if (statements.containsKey(p.name())) {
            throw new SqlException(SqlState.DUPLICATE_PREPARED_STATEMENT, "prepared statement \"" + p.name() + "\" already exists");
        }
        PgType[] declared = new PgType[p.paramTypes().size()];
        for (int i = 0; i < declared.length; i++) {
            declared[i] = org.borealis.sql.plan.TypeNames.resolve(p.paramTypes().get(i)).type();
        }
        ParsedStatement ps = new ParsedStatement(p.statement(), p.statementText(), 0);
        if (TransactionControl.handles(ps.statement()) || ps.statement() instanceof Statement.Copy) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "this statement cannot be prepared");
        }
        PlanContext pc = planContext(declared);
        beginStatement(ps.statement(), multi);
        Plan plan = planner.plan(ps, pc);
        statements.put(p.name(), new PreparedStatement(p.name(), p.statementText(), ps, pc.finishParams(), plan.columns()));
    }

    /** SQL DEALLOCATE: drops one prepared statement, or all of them ({@code name} null). */
    void deallocate(String name) {
        if (name == null) {
            statements.clear();
            return;
        }
        if (statements.remove(name) == null) {
            throw new SqlException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name + "\" does not exist");
        }
    }

    /** The plan of a prepared statement for SQL EXECUTE: cached when still valid, else made now. */
    Plan planPrepared(PreparedStatement ps) {
        Plan plan = cachedPlan(ps);
        if (plan == null) {
            long version = storage == null ? 0 : storage.catalogVersion();
            plan = planner.plan(ps.parsed(), planContext(ps.paramTypes()));
            if (cacheable(ps.parsed().statement())) {
                ps.cache().plan = plan;
                ps.cache().catalogVersion = version;
                ps.cache().searchPath = setting("search_path");
            }
        }
        return plan;
    }

    private static boolean needsStoragePlan(Statement st) {
        return !TransactionControl.handles(st);
    }

    public PreparedStatement statement(String name) {
        PreparedStatement p = statements.get(name);
        if (p == null) {
            throw new SqlException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + name + "\" does not exist");
        }
        return p;
    }

    public Portal portal(String name) {
        Portal p = portals.get(name);
        if (p == null) {
            throw new SqlException(SqlState.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return p;
    }

    /** Bind: converts the parameter values and creates the portal. */
    public Portal bind(String portalName, String stmtName, short[] formats, byte[][] values, short[] resultFormats) {
        extendedCycle = true;
        PreparedStatement ps = statement(stmtName);
        if (values.length != ps.paramTypes().length) {
            throw new SqlException(SqlState.PROTOCOL_VIOLATION, "bind message supplies " + values.length
                    + " parameters, but prepared statement \"" + stmtName + "\" requires " + ps.paramTypes().length);
        }
        if (state == TxState.FAILED && ps.parsed() != null && !TransactionControl.allowedWhenFailed(ps.parsed().statement())) {
            throw failedBlock();
        }
        Object[] params = Parameters.decode(ps.paramTypes(), formats, values, settings.textFormat());
        if (!portalName.isEmpty() && portals.containsKey(portalName)) {
            throw new SqlException(SqlState.DUPLICATE_CURSOR, "portal \"" + portalName + "\" already exists");
        }
        Portal old = portals.remove(portalName);
        if (old != null) {
            old.close();
        }
        Plan plan = null;
        if (ps.parsed() != null && !TransactionControl.handles(ps.parsed().statement())
                && !(ps.parsed().statement() instanceof Statement.Copy)) {
            // A cached plan needs no catalog: the statement (and its snapshot) starts at Execute.
            ensureTransaction();
            plan = cachedPlan(ps);
            if (plan == null) {
                beginStatement(ps.parsed().statement(), true);
                long version = storage == null ? 0 : storage.catalogVersion();
                plan = planner.plan(ps.parsed(), planContext(ps.paramTypes()));
                if (cacheable(ps.parsed().statement())) {
                    ps.cache().plan = plan;
                    ps.cache().catalogVersion = version;
                    ps.cache().searchPath = setting("search_path");
                }
            }
        }
        List<ResultColumn> cols = plan == null ? null : plan.columns();
        if (resultFormats.length > 1 && (cols == null || resultFormats.length != cols.size())) {
            throw new SqlException(SqlState.PROTOCOL_VIOLATION, "bind message has " + resultFormats.length
                    + " result formats but query has " + (cols == null ? 0 : cols.size()) + " columns");
        }
        Portal p = new Portal(portalName, ps, params, resultFormats, plan);
        portals.put(portalName, p);
        return p;
    }

    /** The statement's cached plan when still valid and not running in another open portal. */
    private Plan cachedPlan(PreparedStatement ps) {
        Plan p = ps.cache().plan;
        if (p == null || ps.cache().catalogVersion != (storage == null ? 0 : storage.catalogVersion())
                || !java.util.Objects.equals(ps.cache().searchPath, setting("search_path"))) {
            return null;
        }
        for (Portal other : portals.values()) {
            if (other.plan() == p) {
                return null;
            }
        }
        return p;
    }

    /** Queries and DML re-run their operators from open(); DDL and utility plans are made fresh. */
    private static boolean cacheable(Statement st) {
        return st instanceof org.borealis.sql.parser.ast.Query || st instanceof Statement.Insert
                || st instanceof Statement.Update || st instanceof Statement.Delete;
    }

    /**
     * Execute: runs (or resumes) a portal, sending at most {@code maxRows} rows (0 = all).
     *
     * @return true when the portal completed, false when it was suspended by the row limit
     */
    public boolean execute(String portalName, int maxRows, QuerySink sink) {
        QuerySink before = noticeSink;
        noticeSink = sink;
        try {
            return executePortal(portalName, maxRows, sink);
        } finally {
            noticeSink = before;
        }
    }

    private boolean executePortal(String portalName, int maxRows, QuerySink sink) {
        extendedCycle = true;
        Portal p = portal(portalName);
        if (p.isDone()) {
            // PostgreSQL re-sends the completion of an exhausted portal with zero rows.
            sink.commandComplete(p.tag().startsWith("SELECT") ? "SELECT 0" : p.tag());
            return true;
        }
        ParsedStatement parsed = p.statement().parsed();
        if (parsed == null) {
            sink.emptyQuery();
            return true;
        }
        Statement st = parsed.statement();
        if (state == TxState.FAILED && !TransactionControl.allowedWhenFailed(st)) {
            throw failedBlock();
        }
        if (TransactionControl.handles(st)) {
            sink.commandComplete(TransactionControl.run(this, st, sink, true));
            p.finished("");
            return true;
        }
        if (st instanceof Statement.Copy copy) {
            beginStatement(st, true);
            sink.commandComplete(CopyRunner.run(this, copy, planContext(p.statement().paramTypes()), sink));
            return true;
        }
        boolean[] completed = {false};
        if (p.execution() == null) {
            beginStatement(st, true);
            ExecContext ctx = context(p.params());
            runWithTimeout(ctx, () -> p.started(p.plan().start(ctx), ctx));
        }
        ExecContext ctx = p.context();
        runWithTimeout(ctx, () -> {
            Execution ex = p.execution();
            ResultColumn[] cols = p.columns() == null ? null : p.columns().toArray(new ResultColumn[0]);
            long sent = 0;
            while (maxRows <= 0 || sent < maxRows) {
                Object[] row = ex.next();
                if (row == null) {
                    String tag = ex.tag();
                    p.finished(tag);
                    sink.commandComplete(tag);
                    completed[0] = true;
                    return;
                }
                if (cols != null) {
                    sink.dataRow(row, cols, p.resultFormats());
                }
                sent++;
            }
        });
        return completed[0];
    }

    /** Close: drops a statement ('S') or portal ('P'); closing a missing one is not an error. */
    public void close(byte kind, String name) {
        if (kind == 'S') {
            statements.remove(name);
        } else {
            Portal p = portals.remove(name);
            if (p != null) {
                p.close();
            }
        }
    }

    /** Sync: ends the extended-query cycle, committing an implicit transaction. */
    public void sync() {
        extendedCycle = false;
        if (state == TxState.IMPLICIT) {
            commitImplicit();
        }
    }

    /** DISCARD ALL: drops prepared statements, portals and session settings. */
    void discardAll() {
        statements.clear();
        for (Portal p : portals.values()) {
            p.close();
        }
        portals.clear();
        settings.reset("all");
    }

    // ------------------------------------------------------------------ SessionInfo, SessionContext

    @Override
    public String user() {
        return config.user();
    }

    @Override
    public String database() {
        return config.database();
    }

    @Override
    public int backendPid() {
        return config.processId();
    }

    @Override
    public boolean isSuperuser() {
        return config.superuser();
    }

    @Override
    public String setting(String name) {
        return settings.show(name);
    }

    @Override
    public java.util.List<String[]> allSettings() {
        return settings.all();
    }

    @Override
    public void setSetting(String name, String value, boolean local) {
        settings.set(name, List.of(value), local);
    }

    @Override
    public String passwordVerifier(String role, String password) {
        return config.verifiers().make(role, password);
    }

    @Override
    public String tempSchema() {
        return storage == null ? null : storage.tempSchema();
    }

    @Override
    public void close() {
        for (Portal p : portals.values()) {
            p.close();
        }
        if (storage != null) {
            storage.close();
        }
    }
}
