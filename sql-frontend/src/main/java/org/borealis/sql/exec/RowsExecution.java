package org.borealis.sql.exec;

import java.util.Iterator;
import java.util.List;

/** A statement whose rows are already computed (SHOW, DML RETURNING, EXPLAIN), with a fixed tag. */
public final class RowsExecution implements Execution {

    private final Iterator<Object[]> rows;
    private final String tag;

    public RowsExecution(List<Object[]> rows, String tag) {
        this.rows = rows.iterator();
        this.tag = tag;
    }

    @Override
    public Object[] next() {
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public void close() {
    }
}
