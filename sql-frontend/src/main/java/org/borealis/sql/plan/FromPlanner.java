package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.BitSet;

import org.borealis.sql.exec.op.DecodesColumns;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.DecodesColumns;
import org.borealis.sql.exec.op.GenerateSeriesOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.ProjectOp;
import org.borealis.sql.exec.op.RecursiveUnionOp;
import org.borealis.sql.exec.op.ResultOp;
import org.borealis.sql.exec.op.WorkTable;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Plans a FROM list with its WHERE clause: the items (tables, WITH queries, generate_series,
 * subqueries, joins) become {@link Part}s; {@link JoinPlanner} pushes each WHERE conjunct down to
 * the one item it reads (a table then picks an index for it), joins the items (hash join on
 * equality conjuncts, nested loops otherwise) and applies what is left on top.
 */
public final class FromPlanner {

    /** The planned FROM: operator, visible columns, and whether WHERE was already applied. */
    public record From(Operator op, Scope scope, boolean whereConsumed) {
    }

    /** One FROM item: a table not yet scanned ({@code meta} set, {@code op} null) or a planned input. */
    static final class Part {
        final Operator op;
        final Scope scope;
        final TableMeta meta;
        /** For a view: its plan with WHERE conjuncts (over {@code scope}) pushed into it; null otherwise. */
        final java.util.function.Function<List<Expr>, Operator> pushDown;

        Part(Operator op, Scope scope, TableMeta meta) {
            this(op, scope, meta, null);
        }

        Part(Operator op, Scope scope, TableMeta meta, java.util.function.Function<List<Expr>, Operator> pushDown) {
            this.op = op;
            this.scope = scope;
            this.meta = meta;
            this.pushDown = pushDown;
        }
    }

    private final PlanContext pc;
    private final QueryPlanner queries;
    /** The query's locking clauses resolved against its FROM, or null. */
    private LockClauses locks;
    /** The tables this planner scans with their tuple ids, to be locked. */
    private final List<Locked> locked = new ArrayList<>();

    /** A table of the FROM clause to lock: its scope name, metadata and lock. */
    record Locked(String relation, TableMeta meta, LockClauses.Spec spec) {
    }

    FromPlanner(PlanContext pc, QueryPlanner queries) {
        this.pc = pc;
        this.queries = queries;
    }

    PlanContext context() {
        return pc;
    }

    /** Makes the tables and subqueries {@code locks} names lock their rows (SELECT ... FOR UPDATE). */
    void lockWith(LockClauses locks) {
        this.locks = locks;
    }

    /** The tables to lock, in FROM order. */
    List<Locked> locked() {
        return locked;
    }

    From plan(List<FromItem> items, Expr where) {
        if (items.isEmpty()) {
            return new From(new ResultOp(), Scope.empty(), false);
        }
        Part p = new JoinPlanner(this).inner(items, Conjuncts.split(where));
        return new From(p.op, p.scope, true);
    }

    /**
     * UPDATE ... FROM and DELETE ... USING: joins the target table's rows ({@code target}, visible
     * as {@code targetScope}, plus any trailing columns the scope hides) with {@code items} on
     * {@code where}. The result rows are the target's columns followed by the items' columns.
     */
    public static From joinTarget(PlanContext pc, Operator target, Scope targetScope, List<FromItem> items, Expr where) {
        FromPlanner fp = new FromPlanner(pc, new QueryPlanner(pc));
        Part p = new JoinPlanner(fp).withTarget(target, targetScope, items, Conjuncts.split(where));
        return new From(p.op, p.scope, true);
    }

    ScanFactory scans() {
        if (pc.scans() == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "no storage is attached to this session");
        }
        return pc.scans();
    }

    /**
     * A table scan this planner made: the table, its bound WHERE (or null), the index chosen (or
     * null) and whether its rows carry their tuple ids.
     */
    record TableScan(TableMeta meta, BoundExpr cond, IndexSelector.Choice choice, boolean withTid, ScanText text,
                     BitSet used) {

        /** {@code scan} (of this table) applying this scan's condition, with EXPLAIN's lines for {@code choice}. */
        Operator filter(Operator scan, IndexSelector.Choice choice) {
            return text.filter(scan, cond, choice, withTid);
        }
    }


    /** The names the SELECT reads columns by, or null when not known (index-only scans in joins need them). */
    private ReadNames reads;
    /** Whether this FROM joins several items: its table scans may then be index-only on their own. */
    private boolean joins;

    void readNames(ReadNames reads) {
        this.reads = reads;
    }

    /** Marks this FROM as joining several items. */
    void joins() {
        this.joins = true;
    }

    private TableScan tableScan;
    private Operator rawScan;
    private int tableScans;

    /** The table scan this planner made last. */
    TableScan lastTableScan() {
        return tableScan;
    }

    /** The table scan of this planner's FROM, when it made exactly one (a query over one table). */
    TableScan onlyTableScan() {
        return tableScans == 1 ? tableScan : null;
    }

    /** Scans a table applying {@code conjuncts} (bound over its scope), over an index when one fits. */
    Operator scan(TableMeta meta, Scope scope, List<Expr> conjuncts) {
        tableScans++;
        boolean withTid = scope.size() > meta.columns().size(); // a locked table's hidden tuple id column
        Expr where = Conjuncts.join(conjuncts);
        ScanText text = ScanText.of(meta, scope, pc.format());
        BitSet used = joins && reads != null && !withTid ? reads.columns(scope, meta.columns().size()) : null;
        if (where == null) {
            tableScan = new TableScan(meta, null, null, withTid, text, used);
            return tableScan.filter(raw(withTid ? scans().seqScan(meta, true) : scans().seqScan(meta), used), null);
        }
        BoundExpr cond = new Binder(pc, scope).bindCondition(where, "WHERE");
        IndexSelector.Choice choice = IndexSelector.choose(meta, cond, IndexJoins.boundRows(pc, meta));
        if (choice != null && IndexJoins.seqScanCheaper(pc, meta, choice)) {
            choice = null; // the statistics say the index would select much of the table
        }
        tableScan = new TableScan(meta, cond, choice, withTid, text, used);
        Operator indexOnly = used == null ? null : IndexOnly.plan(pc, tableScan, null, used);
        if (indexOnly != null) {
            return indexOnly; // a join input reading only the columns of an index
        }
        Operator scan;
        if (choice == null) {
            scan = withTid ? scans().seqScan(meta, true) : scans().seqScan(meta);
        } else {
            scan = withTid ? scans().indexScan(meta, choice.index(), choice.bounds(), false, true)
                    : scans().indexScan(meta, choice.index(), choice.bounds());
        }
        return tableScan.filter(raw(scan, used), choice);
    }

    /**
     * Notes {@code scan} as the last table scan made and, when the columns the statement reads of
     * it are known ({@code used}, a join input's), has it decode only those.
     */
    private Operator raw(Operator scan, BitSet used) {
        rawScan = scan;
        if (used != null && scan instanceof DecodesColumns d) {
            d.decodeOnly(used);
        }
        return scan;
    }

    /**
     * The table scan operator (under its filter) of this planner's FROM, when it made exactly one,
     * or null: the query planner has it decode only the columns the query reads.
     */
    Operator onlyRawScan() {
        return tableScans == 1 ? rawScan : null;
    }

    public static Scope tableScope(TableMeta meta, FromItem.Table t) {
        String rel = t.alias() != null ? t.alias() : t.tableName();
        Scope s = Scope.empty();
        for (TableMeta.Column c : meta.columns()) {
            int i = c.index();
            String name = i < t.columnAliases().size() ? t.columnAliases().get(i) : c.name();
            s.add(new Scope.Column(rel, name, c.type(), c.typmod(), meta.oid(), meta.attnum(i)));
        }
        return s;
    }

    /** Plans one FROM item that is not a join. */
    Part leaf(FromItem item) {
        return switch (item) {
            case FromItem.Table t -> table(t);
            case FromItem.Function f -> function(f);
            case FromItem.Subquery s -> {
                Query q = s.query();
                org.borealis.sql.parser.ast.Locking inherited = locks == null ? null : locks.forSubquery(s.alias());
                // a subquery's tables are locked too; its VALUES are passed over, as PostgreSQL does
                if (inherited != null && q.locking() == null && !(q.body() instanceof QueryBody.Values)) {
                    q = new Query(q.with(), q.body(), q.orderBy(), q.limit(), q.offset(), inherited, q.withTies());
                }
                QueryPlanner.Planned p = queries.plan(q);
                yield new Part(p.root(), planScope(p.columns(), s.alias(), s.columnAliases()), null);
            }
            case FromItem.Join j -> new JoinPlanner(this).join(j);
        };
    }

    private static Scope planScope(List<ResultColumn> cols, String rel, List<String> aliases) {
        Scope scope = Scope.empty();
        for (int i = 0; i < cols.size(); i++) {
            String name = i < aliases.size() ? aliases.get(i) : cols.get(i).name();
            scope.add(new Scope.Column(rel, name, cols.get(i).type(), cols.get(i).typmod(), 0, 0));
        }
        return scope;
    }

    private Part table(FromItem.Table t) {
        if (t.name().size() == 1) {
            Ctes.Entry cte = pc.ctes().find(t.name().get(0));
            if (cte != null) {
                return cte(cte, t);
            }
        }
        java.util.Optional<TableMeta> found = pc.catalog().table(t.name());
        if (found.isEmpty()) {
            java.util.Optional<ViewMeta> view = pc.catalog().view(t.name());
            if (view.isPresent()) {
                pc.noteRead(view.get().oid());
                String rel = t.alias() != null ? t.alias() : t.tableName();
                return ViewExpander.expand(pc, queries, view.get(), t, locks == null ? null : locks.forSubquery(rel));
            }
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + String.join(".", t.name()) + "\" does not exist")
                    .withPosition(t.pos() + 1);
        }
        TableMeta meta = found.get();
        if (pc.catalog().othersTemp(meta.schema())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot access temporary tables of other sessions");
        }
        if (org.borealis.sql.pgcatalog.PgCatalog.byOid(meta.oid()).isEmpty()) {
            pc.noteRead(meta.oid());
        }
        Scope scope = tableScope(meta, t);
        String rel = t.alias() != null ? t.alias() : t.tableName();
        LockClauses.Spec spec = locks == null ? null : locks.spec(rel);
        if (spec != null) {
            scope.add(new Scope.Column(rel, RowLocking.TID_COLUMN, Types.UNKNOWN, -1, 0, 0, true));
            locked.add(new Locked(rel, meta, spec));
        }
        return new Part(null, scope, meta);
    }

    /** A set-returning function as a FROM item (columns named by the alias list, else as the function names them). */
    private Part setFunction(FromItem.Function f) {
        org.borealis.sql.exec.op.SetFunction fn = SetFunctions.bind(f.call(), new Binder(pc, Scope.empty()), pc);
        String rel = f.alias() != null ? f.alias() : f.call().simpleName();
        Scope scope = Scope.empty();
        int n = fn.columnTypes().size();
        for (int i = 0; i <= n; i++) {
            if (i == n && !f.ordinality()) {
                break;
            }
            String own = i == n ? "ordinality" : n == 1 && f.alias() != null ? f.alias() : fn.columnNames().get(i);
            String name = i < f.columnAliases().size() ? f.columnAliases().get(i) : own;
            scope.add(new Scope.Column(rel, name, i == n ? Types.INT8 : fn.columnTypes().get(i), -1, 0, 0));
        }
        return new Part(new org.borealis.sql.exec.op.FunctionScanOp(fn, f.ordinality()), scope, null);
    }

    private Part cte(Ctes.Entry e, FromItem.Table t) {
        String rel = t.alias() != null ? t.alias() : e.cte.name();
        List<String> aliases = !t.columnAliases().isEmpty() ? t.columnAliases() : e.cte.columns();
        if (e.work != null) {
            return new Part(e.work.scan(), planScope(e.workColumns, rel, aliases), null);
        }
        if (e.modifying != null) {
            return modifyingCte(e, t, rel, aliases);
        }
        if (!e.recursive) {
            QueryPlanner.Planned p = queries.plan(e.cte.query());
            return new Part(p.root(), planScope(p.columns(), rel, aliases), null);
        }
        Query q = e.cte.query();
        if (!(q.body() instanceof QueryBody.SetOp s) || !s.op().equals("UNION") || Ctes.references(s.left(), e.cte.name())) {
            throw new SqlException(SqlState.INVALID_RECURSION, "recursive query \"" + e.cte.name()
                    + "\" does not have the form non-recursive-term UNION [ALL] recursive-term").withPosition(t.pos() + 1);
        }
        QueryPlanner.Planned base = queries.planBody(s.left());
        List<ResultColumn> cols = new ArrayList<>();
        for (ResultColumn c : base.columns()) {
            cols.add(c);
        }
        WorkTable work = new WorkTable();
        e.work = work;
        e.workColumns = cols;
        QueryPlanner.Planned rec;
        try {
            rec = queries.planBody(s.right());
        } finally {
            e.work = null;
            e.workColumns = null;
        }
        if (rec.columns().size() != cols.size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "each UNION query must have the same number of columns");
        }
        Coercion co = new Coercion(pc);
        List<BoundExpr> proj = new ArrayList<>();
        PgType[] types = new PgType[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            types[i] = cols.get(i).type();
            PgType rt = rec.columns().get(i).type();
            if (rt != types[i] && !Casts.allowed(rt, types[i], Casts.Context.IMPLICIT)) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "recursive query \"" + e.cte.name() + "\" column "
                        + (i + 1) + " has type " + types[i].displayName() + " in non-recursive term but type "
                        + rt.displayName() + " overall").withPosition(t.pos() + 1);
            }
            proj.add(co.coerce(new ColumnRef(i, rt, -1), types[i], cols.get(i).typmod(), Casts.Context.ASSIGNMENT, 0));
        }
        Operator op = new RecursiveUnionOp(base.root(), new ProjectOp(rec.root(), proj), work, types, s.all());
        return new Part(op, planScope(cols, rel, aliases), null);
    }

    /** A reference to a data-modifying WITH query: its RETURNING rows. */
    private Part modifyingCte(Ctes.Entry e, FromItem.Table t, String rel, List<String> aliases) {
        org.borealis.sql.exec.ModifyingCte m = e.modifying;
        if (m.plan() == null) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + e.cte.name() + "\" does not exist")
                    .withPosition(t.pos() + 1);
        }
        if (m.columns() == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "WITH query \"" + e.cte.name()
                    + "\" does not have a RETURNING clause").withPosition(t.pos() + 1);
        }
        if (aliases.size() > m.columns().size()) {
            throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE, "WITH query \"" + e.cte.name() + "\" has "
                    + m.columns().size() + " columns available but " + aliases.size() + " columns specified")
                    .withPosition(t.pos() + 1);
        }
        return new Part(new org.borealis.sql.exec.op.CteScanOp(m, t.alias()), planScope(m.columns(), rel, aliases), null);
    }

    private Part function(FromItem.Function f) {
        Expr.FuncCall call = f.call();
        if (!call.simpleName().equals("generate_series") || f.ordinality()) {
            return setFunction(f);
        }
        if (call.args().size() < 2 || call.args().size() > 3) {
            throw new SqlException(SqlState.UNDEFINED_FUNCTION, "function generate_series with "
                    + call.args().size() + " arguments does not exist").withPosition(f.pos() + 1);
        }
        Binder b = new Binder(pc, Scope.empty());
        Coercion co = new Coercion(pc);
        PgType t = Types.UNKNOWN;
        BoundExpr[] args = new BoundExpr[call.args().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = b.bind(call.args().get(i));
        }
        if (TimestampSeries.applies(java.util.Arrays.asList(args))) {
            return setFunction(f);
        }
        for (int i = 0; i < args.length; i++) {
            t = Coercion.common(t, Coercion.typeOf(args[i]));
            if (t == null || (t != Types.UNKNOWN && !(Types.isInteger(t) || t == Types.NUMERIC))) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "generate_series over this type is not supported")
                        .withPosition(f.pos() + 1);
            }
        }
        t = t == Types.UNKNOWN ? Types.INT4 : t;
        for (int i = 0; i < args.length; i++) {
            args[i] = co.coerce(args[i], t, Casts.Context.IMPLICIT, f.pos());
        }
        String rel = f.alias() != null ? f.alias() : "generate_series";
        String col = !f.columnAliases().isEmpty() ? f.columnAliases().get(0) : rel;
        Scope scope = Scope.empty().add(new Scope.Column(rel, col, t, -1, 0, 0));
        return new Part(new GenerateSeriesOp(args[0], args[1], args.length > 2 ? args[2] : null, t), scope, null);
    }
}
