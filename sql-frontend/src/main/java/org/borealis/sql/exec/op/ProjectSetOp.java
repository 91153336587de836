package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;

/**
 * Set-returning functions in a select list (PostgreSQL's ProjectSet): for each input row, every
 * function is evaluated and the row is repeated as often as the longest result, with the functions'
 * values appended (NULL once a shorter one is exhausted). An input row for which every function
 * returns nothing produces no row.
 */
public final class ProjectSetOp implements Operator {

    private final Operator input;
    private final List<SetFunction> functions;
    private ExecContext ctx;
    private Object[] current;
    private List<List<Object[]>> results = new ArrayList<>();
    private int next;
    private int count;

    public ProjectSetOp(Operator input, List<SetFunction> functions) {
        this.input = input;
        this.functions = functions;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        input.open(ctx);
        current = null;
    }

    @Override
    public Object[] next() {
        while (current == null || next == count) {
            Object[] row = input.next();
            if (row == null) {
                return null;
            }
            current = row.clone();
            results = new ArrayList<>();
            count = 0;
            for (SetFunction f : functions) {
                List<Object[]> r = f.eval(ctx, current);
                results.add(r);
                count = Math.max(count, r.size());
            }
            next = 0;
        }
        Object[] out = new Object[current.length + functions.size()];
        System.arraycopy(current, 0, out, 0, current.length);
        for (int i = 0; i < functions.size(); i++) {
            List<Object[]> r = results.get(i);
            out[current.length + i] = next < r.size() ? functions.get(i).value(r.get(next)) : null;
        }
        next++;
        return out;
    }

    @Override
    public void close() {
        input.close();
    }
}
