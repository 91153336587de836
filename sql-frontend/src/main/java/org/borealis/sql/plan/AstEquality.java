package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Structural equality of AST nodes ignoring source positions: how an expression in the select
 * list is matched with a GROUP BY expression or an aggregate already collected.
 */
final class AstEquality {

    private AstEquality() {
    }

    static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!same(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (!a.getClass().isRecord()) {
            return a.equals(b);
        }
        try {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                if (c.getName().equals("pos")) {
                    continue;
                }
                if (!same(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
