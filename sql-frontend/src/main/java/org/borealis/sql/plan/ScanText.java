package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.op.FilterOp;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.TextFormat;

/**
 * What EXPLAIN prints under a table scan, as PostgreSQL does: {@code Index Cond: (...)} for the
 * conjuncts the index bounds answer (index column order, the column on the left) and
 * {@code Filter: (...)} for the rest of the scan's condition, which is evaluated on the rows the
 * scan returns (the whole condition is, in fact: the bounds' conjuncts are true there). A scan's
 * own columns are named bare, an outer row's (an index nested loop's probe) qualified by their
 * relation, as PostgreSQL's show_scan_qual prints them.
 */
record ScanText(TableMeta meta, String alias, IntFunction<String> names, IntFunction<String> outer,
                TextFormat format) {

    static ScanText of(TableMeta meta, Scope scope, TextFormat format) {
        String rel = scope.size() > 0 ? scope.columns().get(0).relation() : meta.name();
        return new ScanText(meta, rel, names(scope, false), null, format);
    }

    /** The names of {@code scope}'s columns, each qualified by its relation when {@code qualify}. */
    static IntFunction<String> names(Scope scope, boolean qualify) {
        return i -> {
            if (i >= scope.size()) {
                return "?";
            }
            Scope.Column c = scope.columns().get(i);
            return qualify && c.relation() != null ? ident(c.relation()) + "." + ident(c.name()) : ident(c.name());
        };
    }

    /** This scan probed once per row of an outer input whose columns are {@code outer} (index nested loop). */
    ScanText withOuter(IntFunction<String> outer) {
        return new ScanText(meta, alias, names, outer, format);
    }

    /** Column {@code i} of the scanned relation qualified by its name or alias ({@code e.id}). */
    String qualified(int i) {
        return ident(alias) + "." + names.apply(i);
    }

    /** A relation or column name as ruleutils quotes it: lower-case identifiers bare, others in double quotes. */
    static String ident(String s) {
        boolean plain = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_');
        for (int i = 0; plain && i < s.length(); i++) {
            char ch = s.charAt(i);
            plain = Character.isLowerCase(ch) || Character.isDigit(ch) || ch == '_' || ch == '$';
        }
        return plain ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** {@code scan} applying {@code cond} (null: none), with the lines EXPLAIN prints for it. */
    Operator filter(Operator scan, BoundExpr cond, IndexSelector.Choice choice) {
        return filter(scan, cond, choice, false);
    }

    /**
     * As {@link #filter(Operator, BoundExpr, IndexSelector.Choice)}; the Filter line leaves out the
     * conjuncts a partial index's predicate implies (the index holds only rows where they are
     * true), as PostgreSQL does, unless {@code target} (rows to update, delete or lock, whose
     * scans PostgreSQL prints with them). The scan still applies all of {@code cond}.
     */
    Operator filter(Operator scan, BoundExpr cond, IndexSelector.Choice choice, boolean target) {
        String suffix = alias == null || alias.equals(meta.name()) ? null : ident(alias);
        return FilterOp.overScan(scan, cond, suffix, () -> lines(cond, choice, target));
    }

    List<String> lines(BoundExpr cond, IndexSelector.Choice choice) {
        return lines(cond, choice, false);
    }

    private List<String> lines(BoundExpr cond, IndexSelector.Choice choice, boolean target) {
        ExprText text = new ExprText(names, outer, format);
        List<String> out = new ArrayList<>();
        List<BoundExpr> used = new ArrayList<>();
        if (choice != null) {
            List<String> parts = new ArrayList<>();
            IndexBounds b = choice.bounds();
            int[] cols = choice.index().columns();
            int k = 0;
            for (BoundExpr v : b.equal()) {
                if (v instanceof KeyValues kv) {
                    parts.add(cols[k] < 0 ? null : text.of(kv.source()));
                    used.add(kv.source());
                } else {
                    parts.add(cols[k] < 0 ? null : text.compare(cols[k], meta.columns().get(cols[k]).type(), "=", v));
                    used.add(v);
                }
                k++;
            }
            if (b.low() != null) {
                parts.add(cols[k] < 0 ? null : text.compare(cols[k], meta.columns().get(cols[k]).type(), b.lowInclusive() ? ">=" : ">", b.low()));
                used.add(b.low());
            }
            if (b.high() != null) {
                parts.add(cols[k] < 0 ? null : text.compare(cols[k], meta.columns().get(cols[k]).type(), b.highInclusive() ? "<=" : "<", b.high()));
                used.add(b.high());
            }
            // (a key that is an expression, k < 0 in an expression index, is not deparsed: no line
            // rather than a wrong one)
            if (!parts.isEmpty() && !parts.contains(null)) {
                out.add("Index Cond: " + (parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")"));
            }
        }
        List<BoundExpr> rest = new ArrayList<>();
        for (BoundExpr c : conjuncts(cond, new ArrayList<>())) {
            if (!contains(used, c) && !(c instanceof CompareExpr ce && (contains(used, ce.left()) || contains(used, ce.right())))
                    && (target || choice == null || !IndexSelector.implies(choice.index().predicate(), c))) {
                rest.add(c);
            }
        }
        String f = text.and(rest);
        if (f != null) {
            out.add("Filter: " + f);
        }
        return out;
    }

    private static boolean contains(List<BoundExpr> used, BoundExpr e) {
        for (BoundExpr u : used) {
            if (u == e) {
                return true;
            }
        }
        return false;
    }

    private static List<BoundExpr> conjuncts(BoundExpr e, List<BoundExpr> out) {
        if (e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (BoundExpr a : b.args()) {
                conjuncts(a, out);
            }
        } else if (e != null) {
            out.add(e);
        }
        return out;
    }
}
