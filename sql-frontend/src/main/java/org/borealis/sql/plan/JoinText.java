package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;

/**
 * What EXPLAIN prints under a join node, as PostgreSQL does: {@code Hash Cond: (a.x = b.y)} (the
 * outer input's key on the left, several keys ANDed), then {@code Join Filter: (...)} for the
 * rest of the join's condition, every column qualified by its relation (PostgreSQL qualifies
 * names in a plan over more than one relation). Called only when EXPLAIN asks for the lines.
 */
final class JoinText {

    private JoinText() {
    }

    /** The lines of a hash join on {@code outerKeys = innerKeys} with {@code residual} (null: none). */
    static List<String> hash(IntFunction<String> names, TextFormat format, List<BoundExpr> outerKeys,
                             List<BoundExpr> innerKeys, PgType[] keyTypes, BoundExpr residual) {
        ExprText text = new ExprText(names, null, format);
        List<String> out = new ArrayList<>();
        List<BoundExpr> keys = new ArrayList<>();
        for (int i = 0; i < outerKeys.size(); i++) {
            keys.add(new CompareExpr(CompareExpr.Op.EQ, outerKeys.get(i), innerKeys.get(i), keyTypes[i]));
        }
        String cond = text.and(keys);
        if (cond != null) {
            out.add("Hash Cond: " + cond);
        }
        filter(text, residual, out);
        return out;
    }

    /** The {@code Join Filter} line of a nested loop joining on {@code residual} (null: none). */
    static List<String> nestedLoop(IntFunction<String> names, TextFormat format, BoundExpr residual) {
        List<String> out = new ArrayList<>();
        filter(new ExprText(names, null, format), residual, out);
        return out;
    }

    private static void filter(ExprText text, BoundExpr residual, List<String> out) {
        if (residual == null) {
            return;
        }
        String f = text.and(conjuncts(residual, new ArrayList<>()));
        if (f != null) {
            out.add("Join Filter: " + f);
        }
    }

    private static List<BoundExpr> conjuncts(BoundExpr e, List<BoundExpr> out) {
        if (e instanceof BoolExpr b && b.kind() == BoolExpr.Kind.AND) {
            for (BoundExpr a : b.args()) {
                conjuncts(a, out);
            }
        } else {
            out.add(e);
        }
        return out;
    }
}
