package org.borealis.sql.session;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.ModifyingCte;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.RowsExecution;
import org.borealis.sql.exec.WithModifying;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.types.Types;

/**
 * EXPLAIN [ANALYZE]: the operator tree of the statement's plan, one node per line in PostgreSQL's
 * layout ({@code ->} under its parent, PostgreSQL's node names, no cost estimates). ANALYZE runs
 * the statement (DML included, as PostgreSQL does) before rendering and adds the rows it returned,
 * each node's {@link Operator#analyzeDetails} and the planning and execution times.
 */
final class Explainer {

    private final StatementPlanner planner;

    Explainer(StatementPlanner planner) {
        this.planner = planner;
    }

    Plan plan(Statement.Explain e, ParsedStatement ps, PlanContext pc) {
        long t0 = System.nanoTime();
        Plan inner = planner.planInner(new ParsedStatement(e.statement(), ps.text(), ps.offset()), pc);
        long planned = System.nanoTime() - t0;
        List<ResultColumn> cols = List.of(ResultColumn.of("QUERY PLAN", Types.TEXT));
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return cols;
            }

            @Override
            public boolean writes() {
                return e.analyze() && inner.writes();
            }

            @Override
            public Execution start(ExecContext ctx) {
                List<String> lines = new ArrayList<>();
                Operator root = inner.root();
                long t1 = System.nanoTime();
                long rows = 0;
                String tag = null;
                if (e.analyze()) {
                    try (Execution ex = inner.start(ctx)) {
                        while (ex.next() != null) {
                            rows++;
                        }
                        tag = ex.tag();
                    }
                }
                long ran = System.nanoTime() - t1;
                List<ModifyingCte> ctes = inner instanceof WithModifying w ? w.ctes() : List.of();
                if (root != null) {
                    render(root, 0, lines, e.analyze(), ctes);
                } else {
                    lines.add(verb(e.statement()));
                    ctes(ctes, lines);
                }
                if (e.analyze()) {
                    if (!(e.statement() instanceof Query)) {
                        rows = tagCount(tag);
                    }
                    lines.set(0, lines.get(0) + " (actual rows=" + rows + " loops=1)");
                    lines.add(String.format("Planning Time: %.3f ms", planned / 1e6));
                    lines.add(String.format("Execution Time: %.3f ms", ran / 1e6));
                }
                List<Object[]> out = new ArrayList<>();
                for (String l : lines) {
                    out.add(new Object[] {l});
                }
                return new RowsExecution(out, "EXPLAIN");
            }
        };
    }

    private static long tagCount(String tag) {
        int sp = tag.lastIndexOf(' ');
        try {
            return sp < 0 ? 0 : Long.parseLong(tag.substring(sp + 1));
        } catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static String verb(Statement st) {
        return switch (st) {
            case Statement.Insert i -> "Insert on " + String.join(".", i.table());
            case Statement.Update u -> "Update on " + String.join(".", u.table());
            case Statement.Delete d -> "Delete on " + String.join(".", d.table());
            default -> "Utility Statement";
        };
    }

    /**
     * Appends {@code op}'s line and its inputs'; nodes with no line of their own show their inputs in
     * place. The top node (the first with a line) shows the data-modifying WITH queries {@code ctes}
     * after its details, as PostgreSQL shows them ({@code CTE d}, the sub-statement under it).
     */
    private static void render(Operator op, int depth, List<String> lines, boolean analyzed, List<ModifyingCte> ctes) {
        String d = op.describe();
        if (d == null) {
            for (Operator in : op.inputs()) {
                render(in, depth, lines, analyzed, ctes);
                ctes = List.of();
            }
            return;
        }
        lines.add(depth == 0 ? d : " ".repeat(6 * depth - 4) + "->  " + d);
        String indent = " ".repeat(depth == 0 ? 2 : 6 * depth + 2);
        for (String detail : op.details()) {
            lines.add(indent + detail);
        }
        if (analyzed) {
            for (String detail : op.analyzeDetails()) {
                lines.add(indent + detail);
            }
        }
        ctes(ctes, lines);
        for (Operator in : op.inputs()) {
            render(in, depth + 1, lines, analyzed, List.of());
        }
    }

    /** The data-modifying WITH queries under the top node: {@code CTE d} and its statement's node. */
    private static void ctes(List<ModifyingCte> ctes, List<String> lines) {
        for (ModifyingCte c : ctes) {
            lines.add("  CTE " + c.name());
            lines.add("    ->  " + c.explainLine());
        }
    }
}
