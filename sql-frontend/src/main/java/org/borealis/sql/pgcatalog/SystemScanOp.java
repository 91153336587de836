package org.borealis.sql.pgcatalog;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;

/** Scans a system relation: computes its rows from the statement's catalog snapshot when opened. */
public final class SystemScanOp implements Operator {

    private final SystemRelation relation;
    private final CatalogSource source;
    private ExecContext ctx;
    private List<Object[]> rows;
    private int next;

    public SystemScanOp(SystemRelation relation, CatalogSource source) {
        this.relation = relation;
        this.source = source;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        rows = relation.rows(source.snapshot(), ctx);
        next = 0;
    }

    @Override
    public Object[] next() {
        if (rows == null || next == rows.size()) {
            return null;
        }
        ctx.checkCancel();
        return rows.get(next++).clone();
    }

    @Override
    public void close() {
        rows = null;
    }
}
