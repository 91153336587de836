package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.FilterOp;
import org.borealis.sql.exec.op.GenerateSeriesOp;
import org.borealis.sql.exec.op.NestedLoopJoinOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.ResultOp;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Plans a FROM list: tables (sequential or index scan), generate_series, subqueries and joins
 * (nested loops; the cross product of a comma list). For a single table the WHERE clause is
 * applied here, over an index when one fits.
 */
public final class FromPlanner {

    /** The planned FROM: operator, visible columns, and whether WHERE was already applied. */
    public record From(Operator op, Scope scope, boolean whereConsumed) {
    }

    private final PlanContext pc;
    private final QueryPlanner queries;

    FromPlanner(PlanContext pc, QueryPlanner queries) {
        this.pc = pc;
        this.queries = queries;
    }

    From plan(List<FromItem> items, Expr where) {
        if (items.isEmpty()) {
            return new From(new ResultOp(), Scope.empty(), false);
        }
        if (items.size() == 1 && items.get(0) instanceof FromItem.Table t) {
            TableMeta meta = table(t);
            Scope scope = tableScope(meta, t);
            if (where != null) {
                BoundExpr cond = new Binder(pc, scope).bindCondition(where, "WHERE");
                IndexSelector.Choice choice = IndexSelector.choose(meta, cond);
                Operator scan = choice == null ? scans().seqScan(meta)
                        : scans().indexScan(meta, choice.index(), choice.bounds());
                return new From(new FilterOp(scan, cond), scope, true);
            }
            return new From(scans().seqScan(meta), scope, false);
        }
        From acc = null;
        for (FromItem item : items) {
            From next = item(item);
            acc = acc == null ? next : new From(new NestedLoopJoinOp(acc.op(), next.op(), next.scope().size(), null, false),
                    Scope.empty().addAll(acc.scope()).addAll(next.scope()), false);
        }
        return acc;
    }

    private ScanFactory scans() {
        if (pc.scans() == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "no storage is attached to this session");
        }
        return pc.scans();
    }

    private TableMeta table(FromItem.Table t) {
        return pc.catalog().table(t.name()).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                "relation \"" + String.join(".", t.name()) + "\" does not exist").withPosition(t.pos() + 1));
    }

    public static Scope tableScope(TableMeta meta, FromItem.Table t) {
        String rel = t.alias() != null ? t.alias() : t.tableName();
        Scope s = Scope.empty();
        for (TableMeta.Column c : meta.columns()) {
            int i = c.index();
            String name = i < t.columnAliases().size() ? t.columnAliases().get(i) : c.name();
            s.add(new Scope.Column(rel, name, c.type(), c.typmod(), meta.oid(), i + 1));
        }
        return s;
    }

    private From item(FromItem item) {
        return switch (item) {
            case FromItem.Table t -> {
                TableMeta meta = table(t);
                yield new From(scans().seqScan(meta), tableScope(meta, t), false);
            }
            case FromItem.Function f -> function(f);
            case FromItem.Subquery s -> {
                if (s.lateral()) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "LATERAL is not supported yet").withPosition(s.pos() + 1);
                }
                QueryPlanner.Planned p = queries.plan(s.query());
                Scope scope = Scope.empty();
                for (int i = 0; i < p.columns().size(); i++) {
                    String name = i < s.columnAliases().size() ? s.columnAliases().get(i) : p.columns().get(i).name();
                    scope.add(new Scope.Column(s.alias(), name, p.columns().get(i).type(), p.columns().get(i).typmod(), 0, 0));
                }
                yield new From(p.root(), scope, false);
            }
            case FromItem.Join j -> join(j);
        };
    }

    private From join(FromItem.Join j) {
        if (j.type() == FromItem.JoinType.FULL || j.natural()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, (j.natural() ? "NATURAL" : "FULL") + " JOIN is not supported yet");
        }
        boolean right = j.type() == FromItem.JoinType.RIGHT;
        From l = item(right ? j.right() : j.left());
        From r = item(right ? j.left() : j.right());
        Scope scope = Scope.empty().addAll(l.scope()).addAll(r.scope());
        BoundExpr cond = null;
        Binder b = new Binder(pc, scope);
        if (j.on() != null) {
            cond = b.bindCondition(j.on(), "JOIN/ON");
        } else if (!j.using().isEmpty()) {
            Expr e = null;
            for (String col : j.using()) {
                Expr eq = new Expr.Binary("=", new Expr.ColumnRef(List.of(rel(l, col), col), 0),
                        new Expr.ColumnRef(List.of(rel(r, col), col), 0), 0);
                e = e == null ? eq : new Expr.And(e, eq, 0);
            }
            cond = b.bindCondition(e, "JOIN/USING");
        }
        boolean outer = j.type() == FromItem.JoinType.LEFT || right;
        return new From(new NestedLoopJoinOp(l.op(), r.op(), r.scope().size(), cond, outer), scope, false);
    }

    private static String rel(From f, String col) {
        for (Scope.Column c : f.scope().columns()) {
            if (c.name().equals(col)) {
                return c.relation();
            }
        }
        throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + col + "\" specified in USING clause does not exist in left table");
    }

    /** A set-returning function as a FROM item (columns named by the alias list, else as the function names them). */
    private From setFunction(FromItem.Function f) {
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
        return new From(new org.borealis.sql.exec.op.FunctionScanOp(fn, f.ordinality()), scope, false);
    }

    private From function(FromItem.Function f) {
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
        return new From(new GenerateSeriesOp(args[0], args[1], args.length > 2 ? args[2] : null, t), scope, false);
    }
}
