package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.op.AggregateOp;
import org.borealis.sql.exec.op.DecodesColumns;
import org.borealis.sql.exec.op.DistinctOnOp;
import org.borealis.sql.exec.op.DistinctOp;
import org.borealis.sql.exec.op.FilterOp;
import org.borealis.sql.exec.op.LimitOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.ProjectOp;
import org.borealis.sql.exec.op.SetOpOp;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.exec.op.UnionAllOp;
import org.borealis.sql.exec.op.ValuesOp;
import org.borealis.sql.exec.op.WindowOp;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.SortItem;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Plans a query: FROM (via {@link FromPlanner}), WHERE with index choice, grouping and aggregates,
 * the select list, DISTINCT, ORDER BY (on output columns, aliases, ordinals or input expressions;
 * answered by an index's order instead of a sort where {@link IndexOrder} finds one fits),
 * LIMIT/OFFSET, UNION [ALL] and VALUES.
 */
public final class QueryPlanner {

    /** A planned query: its operator tree and result columns. */
    public record Planned(Operator root, List<ResultColumn> columns) {
    }

    private final PlanContext pc;

    public QueryPlanner(PlanContext pc) {
        this.pc = pc;
    }

    public Planned plan(Query q) {
        if (q.with().isEmpty()) {
            return planWithoutWith(q);
        }
        pc.ctes().push(q.with(), q.with().get(0).recursive());
        try {
            return planWithoutWith(q);
        } finally {
            pc.ctes().pop();
        }
    }

    /** Plans a query body (a set operation's branch) without ORDER BY or LIMIT of its own. */
    Planned planBody(QueryBody b) {
        return body(b);
    }

    private Planned planWithoutWith(Query q) {
        if (q.body() instanceof QueryBody.Select s) {
            return select(s, q);
        }
        if (q.locking() != null) {
            switch (q.body()) {
                case QueryBody.SetOp so -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                        q.locking().first().sql() + " is not allowed with UNION/INTERSECT/EXCEPT");
                case QueryBody.Values v -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                        q.locking().first().sql() + " cannot be applied to VALUES");
                case QueryBody.Nested n when n.query().locking() == null -> {
                    Query inner = n.query();
                    return plan(new Query(inner.with(), inner.body(), inner.orderBy(), inner.limit(), inner.offset(),
                            q.locking(), inner.withTies()));
                }
                default -> {
                }
            }
        }
        Planned body = body(q.body());
        return finish(body.root(), body.columns(), List.of(), new Binder(pc, outputScope(body.columns())), q, 0);
    }

    private Planned body(QueryBody body) {
        return switch (body) {
            case QueryBody.Select s -> select(s, Query.of(s));
            case QueryBody.Values v -> values(v);
            case QueryBody.Nested n -> plan(n.query());
            case QueryBody.SetOp s -> setOp(s);
        };
    }

    private Planned setOp(QueryBody.SetOp s) {
        Planned l = body(s.left());
        Planned r = body(s.right());
        if (l.columns().size() != r.columns().size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "each " + s.op() + " query must have the same number of columns");
        }
        List<ResultColumn> cols = new ArrayList<>();
        List<BoundExpr> lp = new ArrayList<>();
        List<BoundExpr> rp = new ArrayList<>();
        Coercion co = new Coercion(pc);
        for (int i = 0; i < l.columns().size(); i++) {
            PgType lt = l.columns().get(i).type();
            PgType rt = r.columns().get(i).type();
            // a leaf SELECT's bare NULL or string literal takes the other side's type, as in PostgreSQL
            boolean lu = untypedLiteral(s.left(), i);
            boolean ru = untypedLiteral(s.right(), i);
            PgType t = Coercion.unify(lu ? Types.UNKNOWN : lt, ru ? Types.UNKNOWN : rt);
            if (t == null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, s.op() + " types " + lt.displayName() + " and "
                        + rt.displayName() + " cannot be matched");
            }
            t = t == Types.UNKNOWN ? Types.TEXT : t;
            cols.add(ResultColumn.of(l.columns().get(i).name(), t));
            lp.add(co.coerce(new ColumnRef(i, lt, -1), t, lu ? Casts.Context.EXPLICIT : Casts.Context.IMPLICIT, 0));
            rp.add(co.coerce(new ColumnRef(i, rt, -1), t, ru ? Casts.Context.EXPLICIT : Casts.Context.IMPLICIT, 0));
        }
        Operator left = new ProjectOp(l.root(), lp);
        Operator right = new ProjectOp(r.root(), rp);
        if (!s.op().equals("UNION")) {
            return new Planned(new SetOpOp(left, right, types(cols), s.op().equals("INTERSECT"), s.all()), cols);
        }
        Operator op = new UnionAllOp(left, right);
        if (!s.all()) {
            op = new DistinctOp(op, types(cols));
        }
        return new Planned(op, cols);
    }

    /** Whether output {@code i} of {@code body} is a bare NULL or string literal of a plain SELECT. */
    private static boolean untypedLiteral(QueryBody body, int i) {
        if (body instanceof QueryBody.Select sel && i < sel.items().size()
                && sel.items().get(i).expr() instanceof Expr.Literal lit) {
            return lit.kind() == Expr.Literal.Kind.NULL || lit.kind() == Expr.Literal.Kind.STRING;
        }
        return false;
    }

    private Planned values(QueryBody.Values v) {
        Binder b = new Binder(pc, Scope.empty());
        List<List<BoundExpr>> rows = new ArrayList<>();
        int width = v.rows().get(0).size();
        PgType[] types = new PgType[width];
        for (List<Expr> row : v.rows()) {
            if (row.size() != width) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "VALUES lists must all be the same length")
                        .withPosition(row.get(0).pos() + 1);
            }
            List<BoundExpr> bound = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                BoundExpr e = b.bind(row.get(i));
                bound.add(e);
                PgType t = Coercion.unify(types[i] == null ? Types.UNKNOWN : types[i], Coercion.typeOf(e));
                if (t == null) {
                    throw new SqlException(SqlState.DATATYPE_MISMATCH, "VALUES types " + types[i].displayName() + " and "
                            + Coercion.typeOf(e).displayName() + " cannot be matched").withPosition(row.get(i).pos() + 1);
                }
                types[i] = t;
            }
            rows.add(bound);
        }
        Coercion co = new Coercion(pc);
        List<List<BoundExpr>> coerced = new ArrayList<>();
        for (List<BoundExpr> row : rows) {
            List<BoundExpr> r = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                types[i] = types[i] == Types.UNKNOWN ? Types.TEXT : types[i];
                r.add(co.coerce(row.get(i), types[i], Casts.Context.IMPLICIT, 0));
            }
            coerced.add(r);
        }
        List<ResultColumn> cols = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            cols.add(ResultColumn.of("column" + (i + 1), types[i]));
        }
        return new Planned(new ValuesOp(coerced), cols);
    }

    private Planned select(QueryBody.Select s, Query q) {
        FromPlanner fromPlanner = new FromPlanner(pc, this);
        fromPlanner.readNames(ReadNames.of(s, q.orderBy()));
        if (q.locking() != null) {
            checkLockable(s, q);
            fromPlanner.lockWith(LockClauses.resolve(q.locking(), s.from(), pc.ctes()));
        }
        FromPlanner.From from = fromPlanner.plan(s.from(), s.where());
        Operator op = from.op();
        Scope scope = from.scope();
        Binder input = new Binder(pc, scope);
        if (s.where() != null && !from.whereConsumed()) {
            op = new FilterOp(op, input.bindCondition(s.where(), "WHERE"));
        }
        List<QueryBody.SelectItem> selectItems = s.items();
        SetFunctions.Expansion sets = SetFunctions.expand(selectItems, scope, pc);
        if (sets != null) {
            op = new org.borealis.sql.exec.op.ProjectSetOp(op, sets.functions());
            scope = sets.scope();
            input = new Binder(pc, scope);
            selectItems = sets.items();
        }
        List<QueryBody.SelectItem> items = expandStars(selectItems, scope, !s.from().isEmpty(), new Binder(pc, scope));
        boolean grouped = !s.groupBy().isEmpty() || s.having() != null || hasAggregate(items, q.orderBy());
        Binder out = input;
        Binder.Grouping grouping = null;
        if (grouped) {
            List<Expr> groupAst = new ArrayList<>();
            for (Expr g : s.groupBy()) {
                groupAst.add(outputAlias(ordinal(g, items), items, input));
            }
            List<BoundExpr> groupBound = new ArrayList<>();
            for (Expr g : groupAst) {
                groupBound.add(input.bind(g));
                if (groupBound.get(groupBound.size() - 1).type() == Types.JSON) {
                    throw org.borealis.sql.types.JsonType.noEquality().withPosition(g.pos() + 1);
                }
            }
            grouping = new Binder.Grouping(groupAst, groupBound, input);
            out = new Binder(pc, Scope.empty(), grouping);
        }
        Windowing windowing = null;
        if (Windowing.contains(items) || Windowing.contains(q.orderBy())) {
            windowing = new Windowing();
        }
        BoundExpr having = grouped && s.having() != null ? out.bindCondition(s.having(), "HAVING") : null;
        if (windowing != null) {
            out = out.withWindows(windowing);
        }
        List<BoundExpr> outputs = new ArrayList<>();
        List<ResultColumn> cols = new ArrayList<>();
        for (QueryBody.SelectItem item : items) {
            BoundExpr e = out.bind(item.expr());
            if (Coercion.isUnknown(e)) {
                e = new Coercion(pc).coerce(e, Types.TEXT, Casts.Context.IMPLICIT, item.expr().pos());
            }
            outputs.add(e);
            cols.add(column(item, e, scope));
        }
        // ORDER BY may add aggregates, so bind it before building the aggregate operator.
        List<SortOp.Key> hiddenKeys = new ArrayList<>();
        List<BoundExpr> projected = new ArrayList<>(outputs);
        List<SortOp.Key> keys = sortKeys(q.orderBy(), items, outputs, out, projected, hiddenKeys);
        int[] distinctOn = null;
        if (s.distinct() && !s.distinctOn().isEmpty()) {
            List<SortItem> onItems = new ArrayList<>();
            for (Expr e : s.distinctOn()) {
                onItems.add(new SortItem(e, false, null));
            }
            List<SortOp.Key> onKeys = sortKeys(onItems, items, outputs, out, projected, hiddenKeys);
            distinctOn = new int[onKeys.size()];
            for (int i = 0; i < distinctOn.length; i++) {
                distinctOn[i] = ((ColumnRef) onKeys.get(i).expr()).index();
            }
            if (keys.isEmpty()) {
                keys = onKeys;
            } else {
                java.util.Set<Integer> lead = new java.util.HashSet<>();
                for (int i = 0; i < Math.min(distinctOn.length, keys.size()); i++) {
                    lead.add(((ColumnRef) keys.get(i).expr()).index());
                }
                for (int i : distinctOn) {
                    if (!lead.contains(i)) {
                        throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE,
                                "SELECT DISTINCT ON expressions must match initial ORDER BY expressions")
                                .withPosition(s.distinctOn().get(0).pos() + 1);
                    }
                }
            }
        }
        RowLocking locking = null;
        if (q.locking() != null) {
            if (sets != null) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, q.locking().first().sql()
                        + " is not allowed with set-returning functions in the target list");
            }
            locking = LockClauses.layout(pc, fromPlanner.locked(), scope, s, projected);
        }
        boolean oneTable = from.whereConsumed() && s.from().size() == 1
                && s.from().get(0) instanceof org.borealis.sql.parser.ast.FromItem.Table;
        IndexOrder.Ordered ordered = null;
        if (!grouped && windowing == null && !s.distinct() && sets == null && oneTable && !q.withTies()) {
            ordered = IndexOrder.orderedChoice(fromPlanner.onlyTableScan(), keys, projected, q.limit() != null);
        }
        Operator indexOnly = oneTable && windowing == null && sets == null && locking == null
                ? IndexOnly.forSelect(pc, fromPlanner.onlyTableScan(), ordered, grouping, projected) : null;
        if (indexOnly != null) {
            op = indexOnly;
        } else if (ordered != null) {
            op = IndexOrder.orderedScan(pc.scans(), fromPlanner.onlyTableScan(), keys, projected, q.limit() != null);
        } else if (oneTable && windowing == null && sets == null && locking == null
                && fromPlanner.onlyRawScan() instanceof DecodesColumns scan) {
            BitSet used = IndexOnly.selectReads(fromPlanner.onlyTableScan(), grouping, projected);
            if (used != null) {
                scan.decodeOnly(used); // the table's other columns are never looked at
            }
        }
        if (ordered != null) {
            keys = List.of();
        }
        if (grouped) {
            op = new AggregateOp(op, grouping.groupBound, grouping.aggregates());
            if (having != null) {
                op = new FilterOp(op, having);
            }
        }
        if (windowing != null) {
            windowing.base = grouped ? grouping.groupBound.size() + grouping.aggregates().size() : scope.size();
            op = new WindowOp(op, windowing.calls);
        }
        op = new ProjectOp(op, projected);
        if (s.distinct() && distinctOn == null) {
            if (projected.size() > outputs.size()) {
                throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE,
                        "for SELECT DISTINCT, ORDER BY expressions must appear in select list");
            }
            op = new DistinctOp(op, types(cols));
        }
        return finish(op, cols, keys, null, q, projected.size() - outputs.size(), distinctOn, locking);
    }

    /** What PostgreSQL refuses to lock rows of: rows that are not rows of a table. */
    private static void checkLockable(QueryBody.Select s, Query q) {
        String what = null;
        if (s.distinct()) {
            what = "DISTINCT clause";
        } else if (!s.groupBy().isEmpty()) {
            what = "GROUP BY clause";
        } else if (s.having() != null) {
            what = "HAVING clause";
        } else if (hasAggregate(s.items(), q.orderBy())) {
            what = "aggregate functions";
        } else if (Windowing.contains(s.items()) || Windowing.contains(q.orderBy())) {
            what = "window functions";
        }
        if (what != null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, q.locking().first().sql() + " is not allowed with " + what);
        }
    }

    /** Sorts, trims hidden sort columns and applies LIMIT/OFFSET. */
    private Planned finish(Operator op, List<ResultColumn> cols, List<SortOp.Key> keys, Binder outputBinder, Query q,
                           int hidden) {
        return finish(op, cols, keys, outputBinder, q, hidden, null, null);
    }

    /**
     * Sorts, locks rows ({@code locking}, or null), trims hidden columns and applies LIMIT/OFFSET:
     * rows are locked in output order and only as LIMIT asks for them, as PostgreSQL's LockRows.
     */
    private Planned finish(Operator op, List<ResultColumn> cols, List<SortOp.Key> keys, Binder outputBinder, Query q,
                           int hidden, int[] distinctOn, RowLocking locking) {
        if (outputBinder != null && !q.orderBy().isEmpty()) {
            keys = new ArrayList<>();
            for (SortItem si : q.orderBy()) {
                Expr e = si.expr();
                int idx = -1;
                if (e instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.INTEGER) {
                    idx = ordinalIndex(l, cols.size());
                } else {
                    BoundExpr b = outputBinder.bind(e);
                    if (!(b instanceof ColumnRef c)) {
                        throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                                "ORDER BY on a set operation must name an output column").withPosition(e.pos() + 1);
                    }
                    idx = c.index();
                }
                keys.add(key(new ColumnRef(idx, cols.get(idx).type(), -1), si));
            }
        }
        if (!keys.isEmpty()) {
            op = new SortOp(op, keys);
        }
        if (distinctOn != null) {
            PgType[] kt = new PgType[distinctOn.length];
            for (int i = 0; i < kt.length; i++) {
                kt[i] = keys.get(0).expr().type();
                for (SortOp.Key k : keys) {
                    if (((ColumnRef) k.expr()).index() == distinctOn[i]) {
                        kt[i] = k.expr().type();
                    }
                }
            }
            op = new DistinctOnOp(op, distinctOn, kt);
        }
        if (locking != null) {
            op = pc.scans().lockRows(op, locking);
        }
        if (q.withTies()) {
            // before hidden sort columns are trimmed: the rows tying with the last one compare on the keys
            op = limit(op, q, keys);
        }
        if (hidden > 0) {
            List<BoundExpr> trim = new ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                trim.add(new ColumnRef(i, cols.get(i).type(), -1));
            }
            op = new ProjectOp(op, trim);
        }
        if (!q.withTies() && (q.limit() != null || q.offset() != null)) {
            op = limit(op, q, List.of());
        }
        return new Planned(op, cols);
    }

    private Operator limit(Operator op, Query q, List<SortOp.Key> tieKeys) {
        Binder b = new Binder(pc, Scope.empty());
        BoundExpr limit = q.limit() == null ? null : b.bind(q.limit(), Types.INT8, -1, Casts.Context.ASSIGNMENT);
        BoundExpr offset = q.offset() == null ? null : b.bind(q.offset(), Types.INT8, -1, Casts.Context.ASSIGNMENT);
        return new LimitOp(op, limit, offset, tieKeys);
    }

    private List<SortOp.Key> sortKeys(List<SortItem> order, List<QueryBody.SelectItem> items, List<BoundExpr> outputs,
                                      Binder out, List<BoundExpr> projected, List<SortOp.Key> unused) {
        List<SortOp.Key> keys = new ArrayList<>();
        for (SortItem si : order) {
            Expr e = si.expr();
            int idx = -1;
            if (e instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.INTEGER) {
                idx = ordinalIndex(l, outputs.size());
            } else if (e instanceof Expr.ColumnRef c && c.names().size() == 1) {
                for (int i = 0; i < items.size(); i++) {
                    String name = items.get(i).alias() != null ? items.get(i).alias() : ResultNames.of(items.get(i).expr());
                    if (name.equals(c.column()) && (items.get(i).alias() != null || items.get(i).expr() instanceof Expr.ColumnRef)) {
                        idx = i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                for (int i = 0; i < items.size(); i++) {
                    if (AstEquality.same(items.get(i).expr(), e)) {
                        idx = i;
                        break;
                    }
                }
            }
            if (idx < 0) {
                projected.add(out.bind(e));
                idx = projected.size() - 1;
            }
            BoundExpr ref = new ColumnRef(idx, projected.get(idx).type(), -1);
            keys.add(key(ref, si));
        }
        return keys;
    }

    private static SortOp.Key key(BoundExpr ref, SortItem si) {
        if (ref.type() == Types.JSON) {
            throw new SqlException(SqlState.UNDEFINED_FUNCTION, "could not identify an ordering operator for type json")
                    .withHint("Use an explicit ordering operator or modify the query.").withPosition(si.expr().pos() + 1);
        }
        boolean nullsFirst = si.nullsFirst() != null ? si.nullsFirst() : si.descending();
        return new SortOp.Key(ref, si.descending(), nullsFirst);
    }

    private static int ordinalIndex(Expr.Literal l, int n) {
        int i = Integer.parseInt(l.text());
        if (i < 1 || i > n) {
            throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE, "ORDER BY position " + i + " is not in select list")
                    .withPosition(l.pos() + 1);
        }
        return i - 1;
    }

    /**
     * A GROUP BY name that is no input column but an output column's alias stands for that
     * output's expression (an input column wins, as in PostgreSQL).
     */
    private static Expr outputAlias(Expr g, List<QueryBody.SelectItem> items, Binder input) {
        if (!(g instanceof Expr.ColumnRef c) || c.names().size() != 1) {
            return g;
        }
        try {
            input.bind(g);
            return g;
        } catch (SqlException e) {
            if (e.state() != SqlState.UNDEFINED_COLUMN) {
                throw e;
            }
            for (QueryBody.SelectItem item : items) {
                if (c.column().equals(item.alias())) {
                    return item.expr();
                }
            }
            throw e;
        }
    }

    private static Expr ordinal(Expr g, List<QueryBody.SelectItem> items) {
        if (g instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.INTEGER) {
            int i = Integer.parseInt(l.text());
            if (i < 1 || i > items.size()) {
                throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE, "GROUP BY position " + i + " is not in select list")
                        .withPosition(l.pos() + 1);
            }
            return items.get(i - 1).expr();
        }
        return g;
    }

    private static List<QueryBody.SelectItem> expandStars(List<QueryBody.SelectItem> items, Scope scope, boolean hasFrom,
                                                          Binder binder) {
        List<QueryBody.SelectItem> out = new ArrayList<>();
        for (QueryBody.SelectItem item : items) {
            if (item.expr() instanceof Expr.FieldSelect fs && fs.field().equals(Expr.FieldSelect.ALL)) {
                binder.expandFields(fs).forEach(e -> out.add(new QueryBody.SelectItem(e, null)));
            } else if (item.expr() instanceof Expr.Star star) {
                boolean any = false;
                for (Scope.Column c : scope.columns()) {
                    boolean internal = c.name().startsWith("\u0000"); // a tuple id carried for locking or DML
                    if (!internal && (star.qualifier() == null ? !c.hidden() : star.qualifier().equals(c.relation()))) {
                        List<String> ref = c.relation() == null ? List.of(c.name()) : List.of(c.relation(), c.name());
                        out.add(new QueryBody.SelectItem(new Expr.ColumnRef(ref, star.pos()), null));
                        any = true;
                    }
                }
                if (star.qualifier() != null && !any) {
                    throw new SqlException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \""
                            + star.qualifier() + "\"").withPosition(star.pos() + 1);
                }
                if (star.qualifier() == null && scope.size() == 0 && !hasFrom) { // a table may have no columns
                    throw new SqlException(SqlState.SYNTAX_ERROR, "SELECT * with no tables specified is not valid")
                            .withPosition(star.pos() + 1);
                }
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean hasAggregate(List<QueryBody.SelectItem> items, List<SortItem> order) {
        for (QueryBody.SelectItem i : items) {
            if (AggregateFinder.contains(i.expr())) {
                return true;
            }
        }
        for (SortItem s : order) {
            if (AggregateFinder.contains(s.expr())) {
                return true;
            }
        }
        return false;
    }

    private static ResultColumn column(QueryBody.SelectItem item, BoundExpr e, Scope scope) {
        String name = item.alias() != null ? item.alias() : ResultNames.of(item.expr());
        int tableOid = 0;
        int attnum = 0;
        if (e instanceof ColumnRef c && item.expr() instanceof Expr.ColumnRef && c.index() < scope.size()) {
            Scope.Column sc = scope.columns().get(c.index());
            if (sc.name().equals(((Expr.ColumnRef) item.expr()).column())) {
                tableOid = sc.tableOid();
                attnum = sc.attnum();
            }
        }
        return new ResultColumn(name, e.type(), e.typmod(), tableOid, attnum);
    }

    static Scope outputScope(List<ResultColumn> cols) {
        Scope s = Scope.empty();
        for (ResultColumn c : cols) {
            s.add(new Scope.Column(null, c.name(), c.type(), c.typmod(), c.tableOid(), c.attnum()));
        }
        return s;
    }

    static PgType[] types(List<ResultColumn> cols) {
        PgType[] t = new PgType[cols.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = cols.get(i).type();
            if (t[i] == Types.JSON) {
                throw org.borealis.sql.types.JsonType.noEquality();
            }
        }
        return t;
    }
}
