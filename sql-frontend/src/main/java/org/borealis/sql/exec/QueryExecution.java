package org.borealis.sql.exec;

import org.borealis.sql.exec.op.Operator;

/** Runs an operator tree; the tag counts the rows returned ({@code SELECT n}). */
public final class QueryExecution implements Execution {

    private final Operator root;
    private final ExecContext ctx;
    private final String verb;
    private long rows;
    private boolean open;

    public QueryExecution(Operator root, ExecContext ctx, String verb) {
        this.root = root;
        this.ctx = ctx;
        this.verb = verb;
        root.open(ctx);
        open = true;
    }

    @Override
    public Object[] next() {
        if (!open) {
            return null;
        }
        ctx.checkCancel();
        Object[] r = root.next();
        if (r == null) {
            close();
            return null;
        }
        rows++;
        return r;
    }

    @Override
    public String tag() {
        return verb + " " + rows;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            root.close();
        }
    }
}
