package org.borealis.sql.parser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.SortItem;

/**
 * The windows a SELECT names in its {@code WINDOW w AS (...)} clause, resolved into the
 * {@link Expr.WindowSpec} of each call as PostgreSQL does: {@code OVER w} takes w as it is (frame
 * included), {@code OVER (w ORDER BY ... ROWS ...)} and {@code WINDOW w2 AS (w ...)} copy w's
 * PARTITION BY and ORDER BY and add their own ORDER BY (when w has none) and frame. Errors as
 * PostgreSQL 15: an unknown window 42704; a duplicate name, overriding w's PARTITION BY or ORDER BY,
 * or copying a window that has a frame 42P20. A definition may name only windows defined before it,
 * and only in its own SELECT (not an outer one).
 */
final class NamedWindows {

    static final NamedWindows NONE = new NamedWindows();

    private final Map<String, Expr.WindowSpec> defs = new LinkedHashMap<>();

    /** The windows of a WINDOW clause (none when {@code ctx} is null), each checked in order. */
    static NamedWindows define(ExprBuilder b, SqlParser.WindowClauseContext ctx) {
        NamedWindows w = new NamedWindows();
        if (ctx == null) {
            return w;
        }
        for (SqlParser.WindowDefContext d : ctx.windowDef()) {
            String name = ExprBuilder.ident(d.identifier());
            if (w.defs.containsKey(name)) {
                throw new SqlException(SqlState.WINDOWING_ERROR, "window \"" + name + "\" is already defined")
                        .withPosition(ExprBuilder.pos(d) + 1);
            }
            w.defs.put(name, w.spec(b, d.windowSpec(), false));
        }
        return w;
    }

    /** {@code OVER name}. */
    Expr.WindowSpec named(String name, int pos) {
        Expr.WindowSpec s = defs.get(name);
        if (s == null) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "window \"" + name + "\" does not exist").withPosition(pos + 1);
        }
        return s;
    }

    /** {@code OVER (...)} ({@code inOver}) or a WINDOW definition's body. */
    Expr.WindowSpec spec(ExprBuilder b, SqlParser.WindowSpecContext ctx, boolean inOver) {
        List<Expr> partition = b.exprs(ctx.exprList());
        List<SortItem> order = b.sortItems(ctx.orderByClause());
        Expr.Frame frame = ctx.frameClause() == null ? null : b.frame(ctx.frameClause());
        if (ctx.existing == null) {
            return new Expr.WindowSpec(partition, order, frame);
        }
        String name = ExprBuilder.ident(ctx.existing);
        int pos = ExprBuilder.pos(ctx.existing);
        Expr.WindowSpec base = named(name, pos);
        if (ctx.PARTITION() != null) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "cannot override PARTITION BY clause of window \"" + name + "\"")
                    .withPosition(pos + 1);
        }
        if (!order.isEmpty() && !base.orderBy().isEmpty()) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "cannot override ORDER BY clause of window \"" + name + "\"")
                    .withPosition(pos + 1);
        }
        if (base.frame() != null) {
            SqlException e = new SqlException(SqlState.WINDOWING_ERROR, "cannot copy window \"" + name
                    + "\" because it has a frame clause").withPosition(pos + 1);
            throw inOver ? e.withHint("Omit the parentheses in this OVER clause.") : e;
        }
        return new Expr.WindowSpec(base.partitionBy(), order.isEmpty() ? base.orderBy() : order, frame);
    }
}
