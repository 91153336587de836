package org.borealis.sql.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.exec.expr.ArithExpr;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CaseExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.ConcatExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.DistinctExpr;
import org.borealis.sql.exec.expr.InListExpr;
import org.borealis.sql.exec.expr.LikeExpr;
import org.borealis.sql.exec.expr.NegateExpr;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.exec.expr.ParamRef;
import org.borealis.sql.exec.expr.RegexExpr;
import org.borealis.sql.exec.expr.SubqueryExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;

import org.borealis.sql.types.Types;

/**
 * Binds AST expressions to typed {@link BoundExpr}s over a {@link Scope}: resolves columns,
 * parameters (inferring their types from context), operators, functions and casts. When built
 * with a {@link Grouping}, it binds above an aggregation: group-by expressions and aggregate calls
 * become references to the aggregate's output row, and any other column reference is 42803.
 */
public final class Binder {

    /** The aggregation context: group-by expressions (AST and bound) and the aggregates found. */
    public static final class Grouping {
        final List<Expr> groupAst;
        final Binder inputBinder;
        final List<AggregateCall> aggregates = new ArrayList<>();
        final List<Expr> aggregateAst = new ArrayList<>();
        final List<BoundExpr> groupBound;

        public Grouping(List<Expr> groupAst, List<BoundExpr> groupBound, Binder inputBinder) {
            this.groupAst = groupAst;
            this.groupBound = groupBound;
            this.inputBinder = inputBinder;
        }

        public List<AggregateCall> aggregates() {
            return aggregates;
        }
    }

    private final PlanContext pc;
    private final Scope scope;
    private final Grouping grouping;
    private Windowing windowing;
    private final Coercion co;
    private final Functions functions;
    private final Subqueries subqueries;

    public Binder(PlanContext pc, Scope scope) {
        this(pc, scope, null);
    }

    public Binder(PlanContext pc, Scope scope, Grouping grouping) {
        this.pc = pc;
        this.scope = scope;
        this.grouping = grouping;
        this.co = new Coercion(pc);
        this.functions = new Functions(co, pc);
        this.subqueries = new Subqueries(pc, this, co);
    }

    PlanContext context() {
        return pc;
    }

    /**
     * The fields of {@code (expr).*} as field selections ({@code (expr).a, (expr).b}); 42809 when
     * {@code expr} is not a composite.
     */
    List<Expr> expandFields(Expr.FieldSelect fs) {
        BoundExpr rec = bind(fs.operand());
        if (!(Coercion.typeOf(rec) instanceof org.borealis.sql.types.RecordType rt)) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "type " + Coercion.typeOf(rec).displayName() + " is not composite")
                    .withPosition(fs.pos() + 1);
        }
        List<Expr> out = new ArrayList<>();
        for (org.borealis.sql.types.RecordType.Field f : rt.fields()) {
            out.add(new Expr.FieldSelect(fs.operand(), f.name(), fs.pos()));
        }
        return out;
    }

    /** A binder like this one that also accepts window function calls, collected in {@code w}. */
    Binder withWindows(Windowing w) {
        Binder b = new Binder(pc, scope, grouping);
        b.windowing = w;
        return b;
    }

    public Scope scope() {
        return scope;
    }

    /** Binds and converts to {@code target} in {@code ctx} (assignment to a column, a WHERE, ...). */
    public BoundExpr bind(Expr e, PgType target, int typmod, Casts.Context ctx) {
        return co.coerce(bind(e), target, typmod, ctx, e.pos());
    }

    /** Converts an already bound expression (e.g. a subquery's output column) in {@code ctx}. */
    public BoundExpr coerce(BoundExpr e, PgType target, int typmod, Casts.Context ctx, int pos) {
        return co.coerce(e, target, typmod, ctx, pos);
    }

    /** Binds a condition: must be boolean (or an unknown literal read as boolean). */
    public BoundExpr bindCondition(Expr e, String clause) {
        BoundExpr b = bind(e);
        PgType t = Coercion.typeOf(b);
        if (t != Types.BOOL && t != Types.UNKNOWN) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "argument of " + clause + " must be type boolean, not type "
                    + t.displayName()).withPosition(e.pos() + 1);
        }
        return co.coerce(b, Types.BOOL, Casts.Context.IMPLICIT, e.pos());
    }

    public BoundExpr bind(Expr e) {
        if (grouping != null) {
            BoundExpr g = groupReference(e);
            if (g != null) {
                return g;
            }
        }
        return switch (e) {
            case Expr.Literal l -> literal(l);
            case Expr.Param p -> param(p);
            case Expr.ColumnRef c -> column(c);
            case Expr.FuncCall f -> call(f);
            case Expr.Unary u -> negate(u);
            case Expr.Binary b -> binary(b);
            case Expr.And a -> new BoolExpr(BoolExpr.Kind.AND, List.of(bindCondition(a.left(), "AND"), bindCondition(a.right(), "AND")));
            case Expr.Or o -> new BoolExpr(BoolExpr.Kind.OR, List.of(bindCondition(o.left(), "OR"), bindCondition(o.right(), "OR")));
            case Expr.Not n -> new BoolExpr(BoolExpr.Kind.NOT, List.of(bindCondition(n.operand(), "NOT")));
            case Expr.IsNull n -> new NullTestExpr(bind(n.operand()), NullTestExpr.Test.NULL, n.negated());
            case Expr.IsBool b -> isBool(b);
            case Expr.IsDistinct d -> distinct(d);
            case Expr.Between b -> between(b);
            case Expr.InList i when i.operand() instanceof Expr.RowConstructor -> new RowValues(this, co).inList(i);
            case Expr.InList i -> inList(i);
            case Expr.RowConstructor r -> new RowValues(this, co).constructor(r);
            case Expr.Like l -> like(l);
            case Expr.Cast c -> cast(c);
            case Expr.Case c -> caseExpr(c);
            case Expr.SpecialValue s -> functions.special(s.name(), s.pos());
            case Expr.ScalarSubquery q -> subqueries.bind(q.query(), SubqueryExpr.Kind.SCALAR, null, null, false, q.pos());
            case Expr.Exists x -> subqueries.bind(x.query(), SubqueryExpr.Kind.EXISTS, null, null, false, x.pos());
            case Expr.InSubquery in -> subqueries.bind(in.query(), SubqueryExpr.Kind.ANY, in.operand(), "=", in.negated(), in.pos());
            case Expr.Quantified q when q.right() instanceof Expr.ScalarSubquery -> subqueries.quantified(q);
            case Expr.Quantified q -> new ArrayExprs(this, co).quantified(q);
            case Expr.Collate c -> collate(c);
            case Expr.ArrayConstructor a -> new ArrayExprs(this, co).constructor(a);
            case Expr.Subscript sub -> new ArrayExprs(this, co).subscript(sub);
            case Expr.SubscriptAssign sa -> JsonSubscriptAssign.bind(this, co, sa);
            case Expr.FieldSelect fs -> field(fs);
            case Expr.ArraySubquery as -> new ArrayExprs(this, co).subquery(as, pc);
            case Expr.Default d -> throw new SqlException(SqlState.SYNTAX_ERROR, "DEFAULT is not allowed in this context")
                    .withPosition(d.pos() + 1);
            case Expr.Star s when new RowValues(this, co).wholeRow(s.qualifier()) != null ->
                    new RowValues(this, co).wholeRow(s.qualifier());
            case Expr.Star s -> throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"*\"")
                    .withPosition(s.pos() + 1);
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                    "this kind of expression is not supported yet").withPosition(e.pos() + 1);
        };
    }

    private BoundExpr field(Expr.FieldSelect fs) {
        if (fs.field().equals(Expr.FieldSelect.ALL)) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "row expansion via \"*\" is not supported here")
                    .withPosition(fs.pos() + 1);
        }
        BoundExpr rec = bind(fs.operand());
        if (Coercion.typeOf(rec) instanceof org.borealis.sql.types.RecordType rt && rt.field(fs.field()) >= 0) {
            int i = rt.field(fs.field());
            return new org.borealis.sql.exec.expr.FieldExpr(rec, i, rt.fields().get(i).type());
        }
        throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + fs.field() + "\" not found in data type "
                + Coercion.typeOf(rec).displayName()).withPosition(fs.pos() + 1);
    }

    private BoundExpr literal(Expr.Literal l) {
        return switch (l.kind()) {
            case INTEGER -> {
                try {
                    long v = Long.parseLong(l.text());
                    yield v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? new Const((int) v, Types.INT4) : new Const(v, Types.INT8);
                } catch (NumberFormatException ex) {
                    yield new Const(new BigDecimal(l.text()), Types.NUMERIC);
                }
            }
            case DECIMAL -> new Const(NumericType.normalize(new BigDecimal(l.text())), Types.NUMERIC);
            case STRING -> new Const(l.text(), Types.UNKNOWN);
            case BOOLEAN -> new Const(Boolean.parseBoolean(l.text()), Types.BOOL);
            case NULL -> new Const(null, Types.UNKNOWN);
        };
    }

    private BoundExpr param(Expr.Param p) {
        if (p.index() < 1) {
            throw new SqlException(SqlState.UNDEFINED_PARAMETER, "there is no parameter $" + p.index()).withPosition(p.pos() + 1);
        }
        return new ParamRef(p.index() - 1, pc.paramTypes(p.index() - 1));
    }

    private BoundExpr column(Expr.ColumnRef c) {
        if (c.names().size() > 3) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "improper qualified name (too many dotted names): "
                    + String.join(".", c.names())).withPosition(c.pos() + 1);
        }
        String q = c.qualifier();
        if (grouping != null) {
            int i = grouping.inputBinder.scope.find(q, c.column(), c.pos());
            if (i >= 0) {
                Scope.Column col = grouping.inputBinder.scope.columns().get(i);
                throw new SqlException(SqlState.GROUPING_ERROR, "column \"" + col.relation() + "." + col.name()
                        + "\" must appear in the GROUP BY clause or be used in an aggregate function").withPosition(c.pos() + 1);
            }
        }
        int i = scope.find(q, c.column(), c.pos());
        if (i < 0) {
            BoundExpr outer = pc.resolveOuter(c);
            if (outer != null) {
                return outer;
            }
            BoundExpr whole = c.names().size() == 1 ? new RowValues(this, co).wholeRow(c.column()) : null;
            if (whole != null) {
                return whole;
            }
            if (q != null && !scope.hasRelation(q) && !pc.outerHasRelation(q)) {
                throw new SqlException(SqlState.UNDEFINED_TABLE, "missing FROM-clause entry for table \"" + q + "\"")
                        .withPosition(c.pos() + 1);
            }
            String shown = q == null ? c.column() : q + "." + c.column();
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column " + (q == null ? "\"" + shown + "\"" : shown)
                    + " does not exist").withPosition(c.pos() + 1);
        }
        Scope.Column col = scope.columns().get(i);
        return new ColumnRef(i, col.type(), col.typmod());
    }

    /**
     * Resolves a column reference in this binder's own context for a correlated subquery inside
     * it: a reference over this binder's row, or null when no such column is visible here.
     */
    BoundExpr resolveHere(Expr.ColumnRef c) {
        if (grouping != null) {
            BoundExpr g = groupReference(c);
            if (g != null) {
                return g;
            }
        }
        if (scope.find(c.qualifier(), c.column(), c.pos()) < 0
                && (grouping == null || grouping.inputBinder.scope.find(c.qualifier(), c.column(), c.pos()) < 0)) {
            return null;
        }
        return column(c);
    }

    /**
     * The aggregate output column of a GROUP BY expression {@code e} stands for: the same
     * expression, or a column reference naming the same input column (t.a for a GROUP BY a).
     */
    private BoundExpr groupReference(Expr e) {
        for (int i = 0; i < grouping.groupAst.size(); i++) {
            if (AstEquality.same(grouping.groupAst.get(i), e)) {
                BoundExpr g = grouping.groupBound.get(i);
                return new ColumnRef(i, g.type(), g.typmod());
            }
        }
        if (e instanceof Expr.ColumnRef c) {
            int idx = grouping.inputBinder.scope.find(c.qualifier(), c.column(), c.pos());
            for (int i = 0; idx >= 0 && i < grouping.groupBound.size(); i++) {
                if (grouping.groupBound.get(i) instanceof ColumnRef g && g.index() == idx) {
                    return new ColumnRef(i, g.type(), g.typmod());
                }
            }
        }
        return null;
    }

    private BoundExpr collate(Expr.Collate c) {
        String name = c.collation().get(c.collation().size() - 1);
        boolean schemaOk = c.collation().size() == 1 || c.collation().get(0).equals("pg_catalog");
        if (!schemaOk || !(name.equals("C") || name.equals("POSIX") || name.equals("default") || name.equals("ucs_basic"))) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "collation \"" + String.join(".", c.collation())
                    + "\" for encoding \"UTF8\" does not exist").withPosition(c.pos() + 1);
        }
        BoundExpr e = bind(c.operand());
        PgType t = Coercion.typeOf(e);
        if (t == Types.UNKNOWN) {
            return co.coerce(e, Types.TEXT, Casts.Context.IMPLICIT, c.pos());
        }
        if (!Types.isString(t)) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "collations are not supported by type " + t.displayName())
                    .withPosition(c.pos() + 1);
        }
        return e;
    }

    private BoundExpr call(Expr.FuncCall f) {
        String name = f.simpleName();
        if (AggregateCall.isAggregate(name) && f.over() == null) {
            return aggregate(f);
        }
        if (f.over() != null) {
            if (windowing == null) {
                throw new SqlException(SqlState.WINDOWING_ERROR, "window functions are not allowed here")
                        .withPosition(f.pos() + 1);
            }
            return windowing.bind(f, new Binder(pc, scope, grouping), co);
        }
        List<BoundExpr> args = new ArrayList<>();
        for (Expr a : f.args()) {
            args.add(bind(a));
        }
        return functions.call(f, args);
    }

    private BoundExpr aggregate(Expr.FuncCall f) {
        if (grouping == null) {
            throw new SqlException(SqlState.GROUPING_ERROR, "aggregate functions are not allowed here")
                    .withPosition(f.pos() + 1);
        }
        for (int i = 0; i < grouping.aggregateAst.size(); i++) {
            if (AstEquality.same(grouping.aggregateAst.get(i), f)) {
                AggregateCall a = grouping.aggregates.get(i);
                return new ColumnRef(grouping.groupAst.size() + i, a.type(), -1);
            }
        }
        String name = f.simpleName();
        BoundExpr arg = null;
        BoundExpr arg2 = null;
        PgType t;
        Binder in = grouping.inputBinder;
        if (f.star()) {
            if (!name.equals("count")) {
                throw new SqlException(SqlState.WRONG_OBJECT_TYPE, name + "(*) is not supported").withPosition(f.pos() + 1);
            }
            t = Types.INT8;
        } else {
            int want = name.equals("string_agg") || name.endsWith("object_agg") ? 2 : 1;
            if (f.args().size() != want) {
                throw Functions.undefined(name, List.of(), f.pos());
            }
            arg = in.bind(f.args().get(0));
            if (Coercion.isUnknown(arg)) {
                arg = co.coerce(arg, switch (name) {
                    case "count", "min", "max", "string_agg", "array_agg", "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg" -> Types.TEXT;
                    case "bool_and", "bool_or", "every" -> Types.BOOL;
                    default -> Types.NUMERIC;
                }, Casts.Context.IMPLICIT, f.pos());
            }
            if (name.equals("string_agg")) {
                if (Types.isString(arg.type())) {
                    arg = co.coerce(arg, Types.TEXT, Casts.Context.IMPLICIT, f.pos());
                }
                arg2 = co.coerce(in.bind(f.args().get(1)), Types.TEXT, Casts.Context.IMPLICIT, f.pos());
            }
            if (name.startsWith("json")) {
                String to = name.startsWith("jsonb") ? "to_jsonb" : "to_json";
                JsonFunctions jf = new JsonFunctions(co);
                if (name.endsWith("object_agg")) {
                    arg = co.coerce(arg, Types.TEXT, Casts.Context.EXPLICIT, f.pos());
                    arg2 = jf.call(to, List.of(in.bind(f.args().get(1))), f.pos());
                } else {
                    boolean structured = arg.type() instanceof org.borealis.sql.types.ArrayType
                            || arg.type() instanceof org.borealis.sql.types.RecordType;
                    arg = jf.call(to, List.of(arg), f.pos());
                    arg2 = new Const(structured, Types.BOOL);
                }
            }
            t = AggregateCall.resultType(name, arg.type());
        }
        BoundExpr filter = f.filter() == null ? null : in.bindCondition(f.filter(), "FILTER");
        List<org.borealis.sql.exec.op.SortOp.Key> order = new ArrayList<>();
        for (org.borealis.sql.parser.ast.SortItem si : f.orderBy()) {
            BoundExpr k = in.bind(si.expr());
            if (Coercion.isUnknown(k)) {
                k = co.coerce(k, Types.TEXT, Casts.Context.IMPLICIT, f.pos());
            }
            boolean nullsFirst = si.nullsFirst() != null ? si.nullsFirst() : si.descending();
            order.add(new org.borealis.sql.exec.op.SortOp.Key(k, si.descending(), nullsFirst));
        }
        if (f.distinct() && !f.orderBy().isEmpty()) {
            for (org.borealis.sql.parser.ast.SortItem si : f.orderBy()) {
                if (!AstEquality.same(si.expr(), f.args().get(0))) {
                    throw new SqlException(SqlState.INVALID_COLUMN_REFERENCE,
                            "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list")
                            .withPosition(si.expr().pos() + 1);
                }
            }
        }
        grouping.aggregates.add(new AggregateCall(name, arg, f.distinct(), t, arg2, filter, order));
        grouping.aggregateAst.add(f);
        return new ColumnRef(grouping.groupAst.size() + grouping.aggregates.size() - 1, t, -1);
    }

    private BoundExpr negate(Expr.Unary u) {
        BoundExpr a = bind(u.operand());
        if (Coercion.isUnknown(a)) {
            a = co.coerce(a, Types.NUMERIC, Casts.Context.IMPLICIT, u.pos());
        }
        if (a.type() == Types.INTERVAL) {
            return DateTimeOps.negate(a);
        }
        if (Casts.numericRank(a.type()) == 0) {
            throw new SqlException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: - " + a.type().displayName())
                    .withPosition(u.pos() + 1);
        }
        return a instanceof Const ? co.fold(new NegateExpr(a), u.pos()) : new NegateExpr(a);
    }

    private BoundExpr binary(Expr.Binary b) {
        String op = b.op();
        CompareExpr.Op cmp = CompareExpr.Op.of(op);
        if (cmp != null && b.left() instanceof Expr.RowConstructor lr && b.right() instanceof Expr.RowConstructor rr) {
            return new RowValues(this, co).compare(b, lr, rr);
        }
        BoundExpr l = bind(b.left());
        BoundExpr r = bind(b.right());
        if (cmp != null && Coercion.typeOf(l) instanceof org.borealis.sql.types.RecordType
                && Coercion.typeOf(r) instanceof org.borealis.sql.types.RecordType) {
            return new RowValues(this, co).compareRecords(cmp, l, r, b.pos());
        }
        if (cmp != null) {
            PgType t = comparisonType(l, r, op, b.pos());
            return new CompareExpr(cmp, co.coerce(l, t, Casts.Context.IMPLICIT, b.pos()),
                    co.coerce(r, t, Casts.Context.IMPLICIT, b.pos()), t);
        }
        BoundExpr json = JsonOps.bind(op, l, r, co, b.pos());
        if (json != null) {
            return json;
        }
        if (op.equals("||")) {
            BoundExpr arrays = ArrayConcat.bind(l, r, co, b.pos());
            if (arrays != null) {
                return arrays;
            }
            if (Types.isString(Coercion.typeOf(l)) || Types.isString(Coercion.typeOf(r))
                    || Coercion.isUnknown(l) || Coercion.isUnknown(r)) {
                return new ConcatExpr(co.coerce(l, Types.TEXT, Casts.Context.EXPLICIT, b.pos()),
                        co.coerce(r, Types.TEXT, Casts.Context.EXPLICIT, b.pos()));
            }
            throw noOperator(op, l, r, b.pos());
        }
        if (op.length() == 1 && "+-*/%^".contains(op)) {
            PgType lt = Coercion.typeOf(l);
            PgType rt = Coercion.typeOf(r);
            if (lt == Types.DATE && rt instanceof IntegerType && (op.equals("+") || op.equals("-"))) {
                return DateArith.plusDays(l, co.coerce(r, Types.INT4, Casts.Context.IMPLICIT, b.pos()), op.equals("-"));
            }
            if (lt == Types.DATE && rt == Types.DATE && op.equals("-")) {
                return DateArith.daysBetween(l, r);
            }
            BoundExpr temporal = DateTimeOps.bind(op.charAt(0), l, r, co, b.pos());
            if (temporal != null) {
                return temporal;
            }
            PgType t = lt == Types.UNKNOWN && rt == Types.UNKNOWN ? null : Coercion.common(lt, rt);
            if (t == Types.UNKNOWN || t == null || Casts.numericRank(t) == 0) {
                throw noOperator(op, l, r, b.pos());
            }
            if (op.equals("^") && t != Types.NUMERIC) {
                t = Types.FLOAT8;
            }
            BoundExpr e = new ArithExpr(op.charAt(0), co.coerce(l, t, Casts.Context.IMPLICIT, b.pos()),
                    co.coerce(r, t, Casts.Context.IMPLICIT, b.pos()), t);
            return e.isConstant() ? co.fold(e, b.pos()) : e;
        }
        if (op.equals("~") || op.equals("!~") || op.equals("~*") || op.equals("!~*")) {
            PgType lt = Coercion.typeOf(l);
            PgType rt = Coercion.typeOf(r);
            if ((Types.isString(lt) || lt == Types.UNKNOWN) && (Types.isString(rt) || rt == Types.UNKNOWN)) {
                return new RegexExpr(co.coerce(l, Types.TEXT, Casts.Context.IMPLICIT, b.pos()),
                        co.coerce(r, Types.TEXT, Casts.Context.IMPLICIT, b.pos()), op.contains("*"), op.startsWith("!"));
            }
        }
        BoundExpr bits = BitwiseExpr.bind(op, l, r, co, b.pos());
        if (bits != null) {
            return bits;
        }
        throw noOperator(op, l, r, b.pos());
    }

    PgType comparisonType(BoundExpr l, BoundExpr r, String op, int pos) {
        PgType lt = Coercion.typeOf(l);
        PgType rt = Coercion.typeOf(r);
        if (lt == Types.BPCHAR && rt == Types.BPCHAR) {
            return Types.BPCHAR;
        }
        if (lt == Types.BPCHAR && rt == Types.UNKNOWN || rt == Types.BPCHAR && lt == Types.UNKNOWN) {
            return Types.BPCHAR;
        }
        PgType t = Coercion.common(lt, rt);
        if (t == null || t == Types.JSON) {
            throw noOperator(op, l, r, pos);
        }
        return t;
    }

    static SqlException noOperator(String op, BoundExpr l, BoundExpr r, int pos) {
        return new SqlException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: "
                + Coercion.typeOf(l).displayName() + " " + op + " " + Coercion.typeOf(r).displayName())
                .withHint("No operator matches the given name and argument types. You might need to add explicit type casts.")
                .withPosition(pos + 1);
    }

    private BoundExpr isBool(Expr.IsBool b) {
        BoundExpr a = co.coerce(bind(b.operand()), Types.BOOL, Casts.Context.IMPLICIT, b.pos());
        if (b.value() == null) {
            return new NullTestExpr(a, NullTestExpr.Test.NULL, b.negated());
        }
        return new NullTestExpr(a, b.value() ? NullTestExpr.Test.TRUE : NullTestExpr.Test.FALSE, b.negated());
    }

    private BoundExpr distinct(Expr.IsDistinct d) {
        if (d.left() instanceof Expr.RowConstructor lr && d.right() instanceof Expr.RowConstructor rr) {
            return new RowValues(this, co).distinct(d, lr, rr);
        }
        BoundExpr l = bind(d.left());
        BoundExpr r = bind(d.right());
        if (Coercion.typeOf(l) instanceof org.borealis.sql.types.RecordType && Coercion.typeOf(r) instanceof org.borealis.sql.types.RecordType) {
            return new RowValues(this, co).distinctRecords(l, r, d.negated(), d.pos());
        }
        PgType t = comparisonType(l, r, "=", d.pos());
        return new DistinctExpr(co.coerce(l, t, Casts.Context.IMPLICIT, d.pos()), co.coerce(r, t, Casts.Context.IMPLICIT, d.pos()),
                t, d.negated());
    }

    private BoundExpr between(Expr.Between b) {
        Expr lo = new Expr.Binary(">=", b.operand(), b.low(), b.pos());
        Expr hi = new Expr.Binary("<=", b.operand(), b.high(), b.pos());
        BoundExpr range = new BoolExpr(BoolExpr.Kind.AND, List.of(bind(lo), bind(hi)));
        if (b.symmetric()) {
            Expr lo2 = new Expr.Binary(">=", b.operand(), b.high(), b.pos());
            Expr hi2 = new Expr.Binary("<=", b.operand(), b.low(), b.pos());
            range = new BoolExpr(BoolExpr.Kind.OR, List.of(range, new BoolExpr(BoolExpr.Kind.AND, List.of(bind(lo2), bind(hi2)))));
        }
        return b.negated() ? new BoolExpr(BoolExpr.Kind.NOT, List.of(range)) : range;
    }

    private BoundExpr inList(Expr.InList in) {
        BoundExpr operand = bind(in.operand());
        List<BoundExpr> items = new ArrayList<>();
        PgType t = Coercion.typeOf(operand);
        for (Expr e : in.list()) {
            BoundExpr b = bind(e);
            items.add(b);
            PgType c = Coercion.common(t, Coercion.typeOf(b));
            if (c == null) {
                throw noOperator("=", operand, b, in.pos());
            }
            t = c;
        }
        if (t == Types.UNKNOWN) {
            t = Types.TEXT;
        }
        List<BoundExpr> coerced = new ArrayList<>();
        for (BoundExpr b : items) {
            coerced.add(co.coerce(b, t, Casts.Context.IMPLICIT, in.pos()));
        }
        return new InListExpr(co.coerce(operand, t, Casts.Context.IMPLICIT, in.pos()), coerced, t, in.negated());
    }

    private BoundExpr like(Expr.Like l) {
        BoundExpr v = co.coerce(bind(l.operand()), Types.TEXT, Casts.Context.IMPLICIT, l.pos());
        BoundExpr p = co.coerce(bind(l.pattern()), Types.TEXT, Casts.Context.IMPLICIT, l.pos());
        Character esc = '\\';
        if (l.escape() != null) {
            BoundExpr e = co.fold(co.coerce(bind(l.escape()), Types.TEXT, Casts.Context.IMPLICIT, l.pos()), l.pos());
            String s = (String) ((Const) e).value();
            if (s == null || s.length() > 1) {
                throw new SqlException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                        .withHint("Escape string must be empty or one character.");
            }
            esc = s.isEmpty() ? null : s.charAt(0);
        }
        return new LikeExpr(v, p, esc, l.negated(), l.caseInsensitive());
    }

    private BoundExpr cast(Expr.Cast c) {
        org.borealis.sql.parser.ast.TypeName tn = c.type();
        if (tn.arrayDims() == 0 && tn.modifiers().isEmpty() && Types.byName(tn.name()) == null) {
            TableRowTypes.Target row = TableRowTypes.byName(pc, List.of(tn.name()));
            if (row != null) {
                return new RowValues(this, co).castTo(c, row);
            }
        }
        TypeNames.Resolved t = TypeNames.resolve(c.type());
        BoundExpr inner = bind(c.operand());
        return co.coerce(inner, t.type(), t.typmod(), Casts.Context.EXPLICIT, c.pos());
    }

    private BoundExpr caseExpr(Expr.Case c) {
        List<BoundExpr> conds = new ArrayList<>();
        List<BoundExpr> results = new ArrayList<>();
        for (Expr.When w : c.whens()) {
            Expr cond = c.operand() == null ? w.condition() : new Expr.Binary("=", c.operand(), w.condition(), w.condition().pos());
            conds.add(bindCondition(cond, "CASE/WHEN"));
            results.add(bind(w.result()));
        }
        BoundExpr otherwise = c.otherwise() == null ? null : bind(c.otherwise());
        PgType t = Types.UNKNOWN;
        List<BoundExpr> all = new ArrayList<>(results);
        if (otherwise != null) {
            all.add(otherwise);
        }
        for (BoundExpr r : all) {
            if (Coercion.isUnknown(r)) {
                continue; // untyped literals and NULL take the others' type, as in PostgreSQL
            }
            PgType n = Coercion.unify(t, Coercion.typeOf(r));
            if (n == null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "CASE types " + t.displayName() + " and "
                        + Coercion.typeOf(r).displayName() + " cannot be matched").withPosition(c.pos() + 1);
            }
            t = n;
        }
        if (t == Types.UNKNOWN) {
            t = Types.TEXT;
        }
        List<BoundExpr> coerced = new ArrayList<>();
        for (BoundExpr r : results) {
            coerced.add(co.coerce(r, t, Casts.Context.IMPLICIT, c.pos()));
        }
        return new CaseExpr(conds, coerced, otherwise == null ? null : co.coerce(otherwise, t, Casts.Context.IMPLICIT, c.pos()), t);
    }
}
