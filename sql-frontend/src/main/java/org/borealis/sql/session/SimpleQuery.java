package org.borealis.sql.session;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;

/**
 * The simple query protocol for a {@link SqlSession}: a Query message's statements run in order,
 * each to completion, as one implicit transaction unless they manage transactions themselves.
 */
final class SimpleQuery {

    private SimpleQuery() {
    }

    /**
     * Runs a Query message: every statement in order, as one implicit transaction unless the text
     * manages transactions itself. An error stops the rest and is thrown after the session state
     * was cleaned up.
     */
    static void run(SqlSession s, StatementPlanner planner, String sql, QuerySink sink) {
        List<ParsedStatement> all;
        try {
            all = StatementParser.parse(sql);
        } catch (SqlException e) {
            s.onError();
            throw e;
        }
        if (all.isEmpty()) {
            sink.emptyQuery();
            return;
        }
        boolean multi = all.size() > 1;
        try {
            for (ParsedStatement ps : all) {
                PlanContext pc = s.planContext(null);
                runToCompletion(s, planner, ps, pc, sink, multi);
            }
            if (s.state() == SqlSession.TxState.IMPLICIT) {
                s.commitImplicit();
            }
        } catch (SqlException e) {
            s.onError();
            throw e;
        }
    }

    private static void runToCompletion(SqlSession s, StatementPlanner planner, ParsedStatement ps, PlanContext pc,
                                        QuerySink sink, boolean multi) {
        Statement st = ps.statement();
        if (s.state() == SqlSession.TxState.FAILED && !TransactionControl.allowedWhenFailed(st)) {
            throw SqlSession.failedBlock();
        }
        if (TransactionControl.handles(st)) {
            String tag = TransactionControl.run(s, st, sink, multi);
            sink.commandComplete(tag);
            return;
        }
        if (st instanceof Statement.Copy copy) {
            s.beginStatement(st, multi);
            String tag = CopyRunner.run(s, copy, pc, sink);
            sink.commandComplete(tag);
            s.endStatement(multi);
            return;
        }
        s.beginStatement(st, multi);
        Plan plan = planner.plan(ps, pc);
        ExecContext ctx = s.context(new Object[0]);
        s.runWithTimeout(ctx, () -> {
            try (Execution ex = plan.start(ctx)) {
                if (plan.columns() != null) {
                    short[] formats = new short[0];
                    sink.rowDescription(plan.columns(), formats);
                    ResultColumn[] cols = plan.columns().toArray(new ResultColumn[0]);
                    Object[] row;
                    while ((row = ex.next()) != null) {
                        sink.dataRow(row, cols, formats);
                    }
                } else {
                    while (ex.next() != null) {
                        ctx.checkCancel();
                    }
                }
                sink.commandComplete(ex.tag());
            }
        });
        s.endStatement(multi);
    }
}
