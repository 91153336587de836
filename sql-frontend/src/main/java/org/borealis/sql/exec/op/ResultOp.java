package org.borealis.sql.exec.op;

import org.borealis.sql.exec.ExecContext;

/** One empty row: the input of a SELECT without FROM. */
public final class ResultOp implements Operator {

    private boolean done;

    @Override
    public void open(ExecContext ctx) {
        done = false;
    }

    @Override
    public Object[] next() {
        if (done) {
            return null;
        }
        done = true;
        return new Object[0];
    }

    @Override
    public void close() {
    }

    @Override
    public String describe() {
        return "Result";
    }
}
