package org.borealis.sql.plan;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.types.PgType;

/**
 * Structural equality of bound expressions over the same row: how a query's predicate is matched
 * with an index expression or a partial index's predicate, both bound over the table's row. Two
 * nodes are equal when they are of the same class and their fields are: sub-expressions and lists
 * of them recursively, values by {@code equals}, and function bodies (lambdas) by class, which is
 * what one built-in function binds to. Expressions it cannot see into (no children) are only equal
 * when they are constants or column references.
 */
final class BoundEquality {

    private BoundEquality() {
    }

    static boolean same(BoundExpr a, BoundExpr b) {
        return same(a, b, 0);
    }

    /**
     * Whether {@code a}, bound over a row whose columns sit {@code shift} places further on (a
     * join's inner side after its outer columns), equals {@code b}: column {@code i + shift} of
     * {@code a} matches column {@code i} of {@code b}.
     */
    static boolean same(BoundExpr a, BoundExpr b, int shift) {
        if (a == b && shift == 0) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof ColumnRef x) {
            ColumnRef y = (ColumnRef) b;
            return x.index() - shift == y.index() && x.type() == y.type();
        }
        if (a instanceof Const) {
            return a.type() == b.type() && java.util.Objects.equals(a.eval(null, null), b.eval(null, null));
        }
        if (a.children() == null) {
            return false;
        }
        return fieldsSame(a, b, shift);
    }

    private static boolean fieldsSame(Object a, Object b, int shift) {
        for (Class<?> c = a.getClass(); c != null && c != BoundExpr.class && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    if (!valueSame(f.get(a), f.get(b), shift)) {
                        return false;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean valueSame(Object x, Object y, int shift) {
        if (x == y && (shift == 0 || !(x instanceof BoundExpr || x instanceof List<?>))) {
            return true;
        }
        if (x == null || y == null) {
            return false;
        }
        if (x instanceof BoundExpr bx && y instanceof BoundExpr by) {
            return same(bx, by, shift);
        }
        if (x instanceof List<?> lx && y instanceof List<?> ly) {
            if (lx.size() != ly.size()) {
                return false;
            }
            for (int i = 0; i < lx.size(); i++) {
                if (!valueSame(lx.get(i), ly.get(i), shift)) {
                    return false;
                }
            }
            return true;
        }
        if (x.getClass().isArray() || y.getClass().isArray()) {
            return x.getClass() == y.getClass() && java.util.Objects.deepEquals(x, y);
        }
        if (x instanceof PgType || x instanceof String || x instanceof Number || x instanceof Boolean
                || x instanceof Character || x instanceof Enum<?>) {
            return x.equals(y);
        }
        if (x.getClass().isSynthetic() || x.getClass().getName().contains("$$Lambda")) {
            return x.getClass() == y.getClass();
        }
        return x.equals(y) || x.getClass() == y.getClass() && x.getClass().isRecord() && x.equals(y);
    }
}
