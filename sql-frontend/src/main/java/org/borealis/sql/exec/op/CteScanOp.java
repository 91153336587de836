package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.ModifyingCte;

/**
 * A reference to a data-modifying WITH query: its RETURNING rows, the sub-statement run on the
 * first open of any reference in the execution (PostgreSQL's {@code CTE Scan}).
 */
public final class CteScanOp implements Operator {

    private final ModifyingCte cte;
    private final String alias;
    private List<Object[]> rows;
    private int next;

    /** {@code alias} is the reference's alias, or null. */
    public CteScanOp(ModifyingCte cte, String alias) {
        this.cte = cte;
        this.alias = alias;
    }

    @Override
    public void open(ExecContext ctx) {
        rows = cte.rows(ctx);
        next = 0;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++).clone() : null;
    }

    @Override
    public void close() {
        rows = null;
    }

    @Override
    public String describe() {
        return "CTE Scan on " + cte.name() + (alias == null || alias.equals(cte.name()) ? "" : " " + alias);
    }
}
