package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.types.PgType;

/**
 * A bound call of a set-returning function: its arguments and a body that turns their values into
 * rows of {@code columnTypes}. In a select list a one-column function yields the value itself and a
 * wider one a record; in FROM each column is a column.
 */
public record SetFunction(String name, List<BoundExpr> args, List<String> columnNames, List<PgType> columnTypes,
                          Body body, PgType valueType) {

    /** Rows for one set of argument values (a strict function gets no call for NULL arguments). */
    @FunctionalInterface
    public interface Body {
        List<Object[]> rows(ExecContext ctx, Object[] args);
    }

    /** Evaluates the arguments against {@code input} and returns the rows; no rows when any argument is NULL. */
    public List<Object[]> eval(ExecContext ctx, Object[] input) {
        Object[] v = new Object[args.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = args.get(i).eval(ctx, input);
            if (v[i] == null) {
                return List.of();
            }
        }
        return body.rows(ctx, v);
    }

    /** A row's value in a select list: the single column, or the whole row as a record. */
    public Object value(Object[] row) {
        return columnTypes.size() == 1 ? row[0] : row;
    }
}
