package org.borealis.sql.exec;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.op.Operator;

/**
 * A statement with data-modifying WITH queries ({@link ModifyingCte}), run as PostgreSQL runs it:
 * the main statement runs to completion when the portal starts (its rows are kept for the portal,
 * as for DML with RETURNING), reading each WITH query's RETURNING rows where it refers to one;
 * the WITH queries nothing read then run, the last one first (PostgreSQL's order, which decides
 * which change wins when two of them change the same row: the first to reach it). All of it is
 * one statement of the transaction, so an error anywhere undoes all of it.
 */
public final class WithModifying implements Plan {

    private final Plan main;
    private final List<ModifyingCte> ctes;

    public WithModifying(Plan main, List<ModifyingCte> ctes) {
        this.main = main;
        this.ctes = List.copyOf(ctes);
    }

    /** The data-modifying WITH queries, in the order written. */
    public List<ModifyingCte> ctes() {
        return ctes;
    }

    /** The main statement's plan. */
    public Plan main() {
        return main;
    }

    @Override
    public List<ResultColumn> columns() {
        return main.columns();
    }

    @Override
    public Operator root() {
        return main.root();
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public Execution start(ExecContext ctx) {
        for (ModifyingCte c : ctes) {
            c.reset();
        }
        List<Object[]> rows = new ArrayList<>();
        String tag;
        try (Execution ex = main.start(ctx)) {
            Object[] r;
            while ((r = ex.next()) != null) {
                rows.add(r);
            }
            tag = ex.tag();
        }
        for (int i = ctes.size() - 1; i >= 0; i--) {
            ModifyingCte c = ctes.get(i);
            if (!c.done()) {
                c.rows(ctx);
            }
        }
        return new RowsExecution(rows, tag);
    }
}
