package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;

/**
 * The working table of a recursive WITH query: the rows the previous iteration produced, read by
 * the recursive term's reference to the query itself ({@link #scan}).
 */
public final class WorkTable {

    private List<Object[]> rows = new ArrayList<>();

    void set(List<Object[]> rows) {
        this.rows = rows;
    }

    /** An operator reading the current working rows. */
    public Operator scan() {
        return new Operator() {
            private int next;
            private List<Object[]> current;

            @Override
            public void open(ExecContext ctx) {
                current = rows;
                next = 0;
            }

            @Override
            public Object[] next() {
                return next < current.size() ? current.get(next++).clone() : null;
            }

            @Override
            public void close() {
                current = null;
            }
        };
    }
}
