package org.borealis.sql.session;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.QueryExecution;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.RowsExecution;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.QueryPlanner;
import org.borealis.sql.types.Types;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;

/**
 * Turns a parsed statement into a {@link Plan}: queries through the {@link QueryPlanner}, SHOW
 * here, everything that reads or writes storage through the session's {@link StorageSession}.
 */
final class StatementPlanner {

    private final SqlSession session;

    StatementPlanner(SqlSession session) {
        this.session = session;
    }

    Plan plan(ParsedStatement ps, PlanContext pc) {
        // AST positions are offsets into the whole query string, as PostgreSQL reports them.
        Statement st = ps.statement();
        return switch (st) {
            case Query q -> pc.ctes().topLevel(q.with(), () -> query(q, pc));
            case Statement.Show s -> show(s);
            case Statement.Explain e -> new Explainer(this).plan(e, ps, pc);
            case Statement.Execute e -> execute(e, pc);
            default -> storagePlan(st, pc);
        };
    }

    /** SQL EXECUTE: the prepared statement's plan run with the given parameter values. */
    private Plan execute(Statement.Execute e, PlanContext pc) {
        PreparedStatement ps = session.statement(e.name());
        if (ps.parsed() == null) {
            throw new SqlException(SqlState.INVALID_SQL_STATEMENT_NAME, "prepared statement \"" + e.name() + "\" is empty");
        }
        PgType[] types = ps.paramTypes();
        if (e.params().size() != types.length) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "wrong number of parameters for prepared statement \"" + e.name()
                    + "\"").withDetail("Expected " + types.length + " parameters but got " + e.params().size() + ".");
        }
        Binder b = new Binder(pc, Scope.empty());
        List<BoundExpr> values = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            values.add(b.bind(e.params().get(i), types[i], -1, Casts.Context.ASSIGNMENT));
        }
        Plan inner = session.planPrepared(ps);
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return inner.columns();
            }

            @Override
            public Execution start(ExecContext ctx) {
                Object[] params = new Object[values.size()];
                for (int i = 0; i < params.length; i++) {
                    params[i] = values.get(i).eval(ctx, new Object[0]);
                }
                return inner.start(ctx.withParams(params));
            }

            @Override
            public boolean writes() {
                return inner.writes();
            }
        };
    }

    /** Plans the statement an EXPLAIN shows (or runs, for EXPLAIN ANALYZE). */
    Plan planInner(ParsedStatement ps, PlanContext pc) {
        return plan(ps, pc);
    }

    private static Plan query(Query q, PlanContext pc) {
        QueryPlanner.Planned p = new QueryPlanner(pc).plan(q);
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return p.columns();
            }

            @Override
            public Execution start(ExecContext ctx) {
                return new QueryExecution(p.root(), ctx, "SELECT");
            }

            @Override
            public org.borealis.sql.exec.op.Operator root() {
                return p.root();
            }
        };
    }

    private Plan storagePlan(Statement st, PlanContext pc) {
        if (st instanceof Statement.Vacuum v && v.vacuum() && session.inTransactionBlock()) {
            throw new SqlException(SqlState.ACTIVE_SQL_TRANSACTION, "VACUUM cannot run inside a transaction block");
        }
        StorageSession storage = session.storage();
        Plan p = storage == null ? null : storage.plan(st, pc, session);
        if (p == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "this statement is not supported here");
        }
        return p;
    }

    private Plan show(Statement.Show s) {
        Settings settings = session.settings();
        if (s.name().equals("all")) {
            List<ResultColumn> cols = List.of(ResultColumn.of("name", Types.TEXT), ResultColumn.of("setting", Types.TEXT),
                    ResultColumn.of("description", Types.TEXT));
            return fixed(cols, () -> {
                List<Object[]> rows = new ArrayList<>(settings.all());
                return rows;
            }, "SHOW");
        }
        settings.show(s.name());
        List<ResultColumn> cols = List.of(ResultColumn.of(settings.displayName(s.name()), Types.TEXT));
        return fixed(cols, () -> {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {settings.show(s.name())});
            return rows;
        }, "SHOW");
    }

    private static Plan fixed(List<ResultColumn> cols, java.util.function.Supplier<List<Object[]>> rows, String tag) {
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return cols;
            }

            @Override
            public Execution start(ExecContext ctx) {
                return new RowsExecution(rows.get(), tag);
            }
        };
    }
}
