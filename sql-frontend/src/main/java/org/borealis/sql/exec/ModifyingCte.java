package org.borealis.sql.exec;

import java.util.ArrayList;
import java.util.List;

/**
 * A data-modifying WITH query ({@code WITH d AS (DELETE ... RETURNING *)}) of one statement: its
 * INSERT, UPDATE or DELETE plan runs exactly once per execution of the statement, to completion,
 * the first time a reference reads it ({@link #rows}) or, when nothing reads it, after the main
 * statement ({@link WithModifying}). Its RETURNING rows are kept for every reference. It writes in
 * the statement's command, so neither the main statement nor another WITH query sees its changes
 * to the tables, only its RETURNING rows (PostgreSQL's single snapshot).
 */
public final class ModifyingCte {

    private final String name;
    private final String explainLine;
    private Plan plan;
    private List<Object[]> rows;
    private boolean running;

    /** {@code explainLine} is the sub-statement's EXPLAIN node ({@code Delete on t}). */
    public ModifyingCte(String name, String explainLine) {
        this.name = name;
        this.explainLine = explainLine;
    }

    public String name() {
        return name;
    }

    public String explainLine() {
        return explainLine;
    }

    /** Set once the sub-statement is planned. */
    public void plan(Plan plan) {
        this.plan = plan;
    }

    /** The sub-statement's plan, null while it is being planned. */
    public Plan plan() {
        return plan;
    }

    /** The RETURNING columns, null when it has no RETURNING. */
    public List<ResultColumn> columns() {
        return plan == null ? null : plan.columns();
    }

    /** Forgets the rows of an earlier execution (the statement's plan may run many times). */
    void reset() {
        rows = null;
        running = false;
    }

    /** Whether this execution has run it already. */
    boolean done() {
        return rows != null;
    }

    /** Its RETURNING rows, running the sub-statement first if this execution has not yet. */
    public List<Object[]> rows(ExecContext ctx) {
        if (rows == null) {
            if (running) {
                throw new IllegalStateException("WITH query " + name + " reads itself");
            }
            running = true;
            List<Object[]> out = new ArrayList<>();
            try (Execution ex = plan.start(ctx)) {
                Object[] r;
                while ((r = ex.next()) != null) {
                    out.add(r);
                }
            }
            rows = out;
            running = false;
        }
        return rows;
    }
}
