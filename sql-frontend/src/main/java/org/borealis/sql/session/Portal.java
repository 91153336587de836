package org.borealis.sql.session;

import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;

/**
 * A bound statement ready to run (Bind), possibly part-way through after an Execute with a row
 * limit returned PortalSuspended. Closed by Close, by the next Bind of the same (unnamed) name,
 * or at the end of the transaction.
 */
public final class Portal {

    private final String name;
    private final PreparedStatement statement;
    private final Object[] params;
    private final short[] resultFormats;
    private final Plan plan;
    private Execution execution;
    private ExecContext context;
    private boolean done;
    private String tag;

    Portal(String name, PreparedStatement statement, Object[] params, short[] resultFormats, Plan plan) {
        this.name = name;
        this.statement = statement;
        this.params = params;
        this.resultFormats = resultFormats;
        this.plan = plan;
    }

    public String name() {
        return name;
    }

    public PreparedStatement statement() {
        return statement;
    }

    Object[] params() {
        return params;
    }

    public short[] resultFormats() {
        return resultFormats;
    }

    /** Result columns, null when the statement returns no rows. */
    public List<ResultColumn> columns() {
        return plan == null ? null : plan.columns();
    }

    Plan plan() {
        return plan;
    }

    Execution execution() {
        return execution;
    }

    void started(Execution e, ExecContext ctx) {
        this.execution = e;
        this.context = ctx;
    }

    ExecContext context() {
        return context;
    }

    boolean isDone() {
        return done;
    }

    String tag() {
        return tag;
    }

    void finished(String t) {
        done = true;
        tag = t;
        close();
    }

    void close() {
        if (execution != null) {
            execution.close();
        }
    }
}
