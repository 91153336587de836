package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.List;

import org.borealis.sql.exec.expr.AggregateCall;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;

/** Whether an AST expression contains an aggregate call (not looking into subqueries). */
final class AggregateFinder {

    private AggregateFinder() {
    }

    static boolean contains(Object node) {
        if (node instanceof Expr.FuncCall f && f.over() == null && AggregateCall.isAggregate(f.simpleName())) {
            return true;
        }
        if (node instanceof Query || node == null) {
            return false;
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (contains(o)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (contains(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return false;
    }
}
