package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CaseExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.exec.op.FilterOp;
import org.borealis.sql.exec.op.HashJoinOp;
import org.borealis.sql.exec.op.JoinKind;
import org.borealis.sql.exec.op.NestedLoopJoinOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.exec.op.ProjectOp;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;

/**
 * Joins FROM items. A comma list and INNER/CROSS joins with ON are flattened into items plus
 * conjuncts: a conjunct reading one item is pushed down to it, one reading several joins them
 * when the last of those items is added (as hash-join keys when it is an equality with one side
 * on each input), one it cannot analyse is applied on top. Outer joins and joins with USING or
 * NATURAL are planned as one item each, with PostgreSQL's merged USING columns.
 */
final class JoinPlanner {

    private final FromPlanner from;
    private final PlanContext pc;

    JoinPlanner(FromPlanner from) {
        this.from = from;
        this.pc = from.context();
    }

    private record Pending(Expr ast, BitSet parts) {
    }

    /** Plans {@code items} as an inner join applying {@code conjuncts}; the scope is in FROM order. */
    FromPlanner.Part inner(List<FromItem> items, List<Expr> conjuncts) { // LATERAL items: Laterals
        List<FromItem> flat = new ArrayList<>();
        List<Expr> conj = new ArrayList<>(conjuncts);
        for (FromItem item : items) {
            flatten(item, flat, conj);
        }
        return innerFlat(flat, new FromPlanner.Part[flat.size()], conj);
    }

    /** {@link #inner} over flattened items, some already planned ({@code given[i]} non-null). */
    FromPlanner.Part innerFlat(List<FromItem> flat, FromPlanner.Part[] given, List<Expr> conj) {
        if (flat.size() > 1) {
            from.joins();
        }
        for (int k = 1; k < flat.size(); k++) {
            if (given[k] == null && Laterals.isLateral(flat.get(k))) {
                return new Laterals(from, this).inner(flat, given, conj, k);
            }
        }
        int n = flat.size();
        FromPlanner.Part[] parts = new FromPlanner.Part[n];
        int[] start = new int[n + 1];
        Scope all = Scope.empty();
        for (int i = 0; i < n; i++) {
            parts[i] = given[i] != null ? given[i] : from.leaf(flat.get(i));
            start[i] = all.size();
            all.addAll(parts[i].scope);
        }
        start[n] = all.size();
        List<List<Expr>> pushed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pushed.add(new ArrayList<>());
        }
        List<Expr> top = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Binder allBinder = new Binder(pc, all);
        for (Expr c : conj) {
            BitSet cols = Conjuncts.columns(allBinder.bindCondition(c, "WHERE"));
            if (n == 1) {
                pushed.get(0).add(c);
                continue;
            }
            if (cols == null) {
                top.add(c);
                continue;
            }
            BitSet ps = new BitSet();
            for (int col = cols.nextSetBit(0); col >= 0; col = cols.nextSetBit(col + 1)) {
                ps.set(partOf(start, col));
            }
            if (ps.cardinality() == 1) {
                pushed.get(ps.nextSetBit(0)).add(c);
            } else if (ps.isEmpty()) {
                top.add(c);
            } else {
                pending.add(new Pending(c, ps));
            }
        }
        Operator[] ops = new Operator[n];
        FromPlanner.TableScan[] scans = new FromPlanner.TableScan[n];
        for (int i = 0; i < n; i++) {
            FromPlanner.Part p = parts[i];
            if (p.meta != null) {
                ops[i] = from.scan(p.meta, p.scope, pushed.get(i));
                scans[i] = from.lastTableScan();
            } else if (!pushed.get(i).isEmpty()) {
                Operator input = p.pushDown == null ? p.op : p.pushDown.apply(pushed.get(i));
                ops[i] = new FilterOp(input, new Binder(pc, p.scope).bindCondition(Conjuncts.join(pushed.get(i)), "WHERE"));
            } else {
                ops[i] = p.op;
            }
        }
        Operator op = ops[0];
        if (n > 1) {
            op = joinAll(parts, ops, scans, start, pending, all);
        }
        top.addAll(pending.stream().map(Pending::ast).toList());
        if (!top.isEmpty()) {
            op = new FilterOp(op, new Binder(pc, all).bindCondition(Conjuncts.join(top), "WHERE"));
        }
        return new FromPlanner.Part(op, all, null);
    }

    private static int partOf(int[] start, int col) {
        int i = 0;
        while (start[i + 1] <= col) {
            i++;
        }
        return i;
    }

    private static void flatten(FromItem item, List<FromItem> out, List<Expr> conj) {
        if (item instanceof FromItem.Join j && (j.type() == FromItem.JoinType.INNER || j.type() == FromItem.JoinType.CROSS)
                && !j.natural() && j.using().isEmpty()) {
            flatten(j.left(), out, conj);
            flatten(j.right(), out, conj);
            conj.addAll(Conjuncts.split(j.on()));
        } else {
            out.add(item);
        }
    }

    /**
     * Left-deep join of every part; consumes the pending conjuncts it applies. Starts from the part
     * expected to yield the fewest rows, then adds parts linked by a conjunct to those joined (in
     * FROM order among them); a table is joined by probing one of its indexes per row when
     * {@link IndexJoins} finds that cheaper than a hash join.
     */
    private Operator joinAll(FromPlanner.Part[] parts, Operator[] ops, FromPlanner.TableScan[] scans, int[] start,
                             List<Pending> pending, Scope all) {
        int n = parts.length;
        double[] rows = new double[n];
        int first = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = parts[i].meta != null ? IndexJoins.estimate(pc, scans[i]) : IndexJoins.UNKNOWN_ROWS;
            if (rows[i] < rows[first]) {
                first = i;
            }
        }
        BitSet in = new BitSet();
        in.set(first);
        List<Integer> order = new ArrayList<>(List.of(first));
        Operator acc = ops[first];
        double accRows = rows[first];
        Scope accScope = Scope.empty().addAll(parts[first].scope);
        while (order.size() < n) {
            int next = -1;
            for (int j = 0; j < n && next < 0; j++) {
                if (!in.get(j) && linked(pending, in, j)) {
                    next = j;
                }
            }
            for (int j = 0; j < n && next < 0; j++) {
                if (!in.get(j)) {
                    next = j;
                }
            }
            BitSet with = (BitSet) in.clone();
            with.set(next);
            List<Expr> conds = new ArrayList<>();
            for (java.util.Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                BitSet rest = (BitSet) p.parts.clone();
                rest.andNot(with);
                if (rest.isEmpty()) {
                    conds.add(p.ast);
                    it.remove();
                }
            }
            Scope joined = Scope.empty().addAll(accScope).addAll(parts[next].scope);
            Binder b = new Binder(pc, joined);
            List<BoundExpr> bound = new ArrayList<>();
            for (Expr c : conds) {
                bound.add(b.bindCondition(c, "JOIN/ON"));
            }
            IndexJoins.Planned probe = parts[next].meta == null ? null : IndexJoins.plan(from.scans(), acc,
                    accScope.size(), accRows, scans[next], parts[next].scope.size(), bound, pc,
                    ScanText.names(accScope, true));
            if (probe != null) {
                acc = probe.op();
                accRows = probe.rows();
            } else {
                acc = join(acc, ops[next], accScope.size(), parts[next].scope.size(), joined, List.of(), bound,
                        JoinKind.INNER, accRows < rows[next]);
                accRows = conds.isEmpty() ? accRows * rows[next]
                        : IndexJoins.joinRows(pc, accRows, rows[next], accScope.size(), bound, joined);
            }
            accScope = joined;
            in.set(next);
            order.add(next);
        }
        boolean identity = true;
        for (int i = 0; i < n; i++) {
            identity &= order.get(i) == i;
        }
        if (identity) {
            return acc;
        }
        int[] pos = new int[all.size()];
        int p = 0;
        for (int idx : order) {
            for (int c = start[idx]; c < start[idx + 1]; c++) {
                pos[c] = p++;
            }
        }
        List<BoundExpr> proj = new ArrayList<>();
        for (int c = 0; c < all.size(); c++) {
            Scope.Column col = all.columns().get(c);
            proj.add(new ColumnRef(pos[c], col.type(), col.typmod()));
        }
        return new ProjectOp(acc, proj);
    }

    private static boolean linked(List<Pending> pending, BitSet in, int j) {
        for (Pending p : pending) {
            if (p.parts.get(j) && p.parts.intersects(in)) {
                BitSet rest = (BitSet) p.parts.clone();
                rest.andNot(in);
                rest.clear(j);
                if (rest.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Joins two inputs on {@code conds} (ASTs over {@code joined}) and already-bound
     * {@code boundConds}: a hash join when some are equalities across the inputs, else nested loops.
     */
    private Operator join(Operator left, Operator right, int lw, int rw, Scope joined, List<Expr> conds,
                          List<BoundExpr> boundConds, JoinKind kind) {
        return join(left, right, lw, rw, joined, conds, boundConds, kind, false);
    }

    /**
     * As above; {@code hashLeft}: an inner hash join hashes the left input (the smaller by the
     * estimates) and probes with the right, as PostgreSQL hashes the smaller side.
     */
    private Operator join(Operator left, Operator right, int lw, int rw, Scope joined, List<Expr> conds,
                          List<BoundExpr> boundConds, JoinKind kind, boolean hashLeft) {
        Binder b = new Binder(pc, joined);
        List<BoundExpr> bound = new ArrayList<>(boundConds);
        for (Expr c : conds) {
            bound.add(b.bindCondition(c, "JOIN/ON"));
        }
        List<BoundExpr> outerKeys = new ArrayList<>();
        List<BoundExpr> innerKeys = new ArrayList<>();
        List<PgType> keyTypes = new ArrayList<>();
        List<BoundExpr> residual = new ArrayList<>();
        for (BoundExpr e : bound) {
            if (e instanceof CompareExpr c && c.op() == CompareExpr.Op.EQ) {
                int ls = side(c.left(), lw);
                int rs = side(c.right(), lw);
                if (ls * rs == -1) {
                    outerKeys.add(ls < 0 ? c.left() : c.right());
                    innerKeys.add(ls < 0 ? c.right() : c.left());
                    keyTypes.add(c.compareType());
                    continue;
                }
            }
            residual.add(e);
        }
        BoundExpr res = null;
        for (BoundExpr e : residual) {
            res = res == null ? e : new org.borealis.sql.exec.expr.BoolExpr(org.borealis.sql.exec.expr.BoolExpr.Kind.AND,
                    List.of(res, e));
        }
        java.util.function.IntFunction<String> names = ScanText.names(joined, true);
        org.borealis.sql.types.TextFormat format = pc.format();
        BoundExpr filter = res;
        if (outerKeys.isEmpty()) {
            return new NestedLoopJoinOp(left, right, lw, rw, res, kind)
                    .explained(() -> JoinText.nestedLoop(names, format, filter));
        }
        PgType[] types = keyTypes.toArray(new PgType[0]);
        HashJoinOp hash = new HashJoinOp(left, right, outerKeys, innerKeys, types, lw, rw, res, kind);
        if (hashLeft && kind == JoinKind.INNER) {
            return hash.buildingOuter().explained(() -> JoinText.hash(names, format, innerKeys, outerKeys, types, filter));
        }
        return hash.explained(() -> JoinText.hash(names, format, outerKeys, innerKeys, types, filter));
    }

    /** -1 when {@code e} reads only left columns, 1 only right ones, 0 for neither or both. */
    private static int side(BoundExpr e, int lw) {
        BitSet cols = Conjuncts.columns(e);
        if (cols == null || cols.isEmpty()) {
            return 0;
        }
        if (cols.nextSetBit(lw) < 0) {
            return -1;
        }
        return cols.nextSetBit(0) >= lw ? 1 : 0;
    }

    /** The target of UPDATE ... FROM / DELETE ... USING joined with the FROM items on the conjuncts. */
    FromPlanner.Part withTarget(Operator target, Scope targetScope, List<FromItem> items, List<Expr> conjuncts) {
        FromPlanner.Part other = inner(items, List.of());
        Scope joined = Scope.empty().addAll(targetScope).addAll(other.scope);
        Operator op = join(target, other.op, targetScope.size(), other.scope.size(), joined, conjuncts, List.of(),
                JoinKind.INNER);
        return new FromPlanner.Part(op, joined, null);
    }

    /** An outer join, or a join with USING or NATURAL. */
    FromPlanner.Part join(FromItem.Join j) {
        if ((j.type() == FromItem.JoinType.INNER || j.type() == FromItem.JoinType.CROSS) && !j.natural() && j.using().isEmpty()) {
            return inner(List.of(j), List.of());
        }
        from.joins();
        if (Laterals.isLateral(j.right())) {
            return new Laterals(from, this).outer(j);
        }
        FromPlanner.Part l = inner(List.of(j.left()), List.of());
        FromPlanner.Part r = inner(List.of(j.right()), List.of());
        int lw = l.scope.size();
        int rw = r.scope.size();
        Scope joined = Scope.empty().addAll(l.scope).addAll(r.scope);
        JoinKind kind = switch (j.type()) {
            case LEFT -> JoinKind.LEFT;
            case RIGHT -> JoinKind.RIGHT;
            case FULL -> JoinKind.FULL;
            default -> JoinKind.INNER;
        };
        List<String> using = j.natural() ? common(l.scope, r.scope) : j.using();
        List<BoundExpr> usingConds = new ArrayList<>();
        List<BoundExpr> merged = new ArrayList<>();
        Scope scope = Scope.empty();
        Coercion co = new Coercion(pc);
        int[] li = new int[using.size()];
        int[] ri = new int[using.size()];
        for (int k = 0; k < using.size(); k++) {
            String col = using.get(k);
            li[k] = l.scope.find(null, col, 0);
            ri[k] = r.scope.find(null, col, 0);
            if (li[k] < 0 || ri[k] < 0) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + col + "\" specified in USING clause does not exist in "
                        + (li[k] < 0 ? "left" : "right") + " table");
            }
            PgType lt = l.scope.columns().get(li[k]).type();
            PgType rt = r.scope.columns().get(ri[k]).type();
            PgType t = Coercion.common(lt, rt);
            if (t == null) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "JOIN/USING types " + lt.displayName() + " and "
                        + rt.displayName() + " cannot be matched");
            }
            BoundExpr le = co.coerce(new ColumnRef(li[k], lt, -1), t, Casts.Context.IMPLICIT, 0);
            BoundExpr re = co.coerce(new ColumnRef(lw + ri[k], rt, -1), t, Casts.Context.IMPLICIT, 0);
            usingConds.add(new CompareExpr(CompareExpr.Op.EQ, le, re, t));
            merged.add(switch (kind) {
                case RIGHT -> re;
                case FULL -> new CaseExpr(List.of(new NullTestExpr(le, NullTestExpr.Test.NULL, true)), List.of(le), re, t);
                default -> le;
            });
            scope.add(new Scope.Column(null, col, t, -1, 0, 0));
        }
        List<Expr> on = j.on() == null ? List.of() : Conjuncts.split(j.on());
        Operator op = join(l.op, r.op, lw, rw, joined, on, usingConds, kind);
        if (using.isEmpty()) {
            return new FromPlanner.Part(op, joined, null);
        }
        List<BoundExpr> proj = new ArrayList<>(merged);
        for (int c = 0; c < joined.size(); c++) {
            Scope.Column col = joined.columns().get(c);
            proj.add(new ColumnRef(c, col.type(), col.typmod()));
            boolean hide = false;
            for (int k = 0; k < using.size(); k++) {
                hide |= c == li[k] || c == lw + ri[k];
            }
            scope.add(hide ? col.asHidden() : col);
        }
        return new FromPlanner.Part(new ProjectOp(op, proj), scope, null);
    }

    private static List<String> common(Scope l, Scope r) {
        List<String> out = new ArrayList<>();
        for (Scope.Column c : l.columns()) {
            if (c.hidden() || out.contains(c.name())) {
                continue;
            }
            for (Scope.Column d : r.columns()) {
                if (!d.hidden() && d.name().equals(c.name())) {
                    out.add(c.name());
                    break;
                }
            }
        }
        return out;
    }
}
