package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Statement;

/** INSERT, UPDATE and DELETE parse trees to AST. */
final class DmlBuilder {

    private DmlBuilder() {
    }

    static Statement.Insert insert(AstBuilder b, SqlParser.InsertStmtContext ctx) {
        List<Query.Cte> with = b.ctes(ctx.withClause());
        List<String> cols = ExprBuilder.idents(ctx.identifierList());
        Query source = ctx.query() == null ? null : b.query(ctx.query());
        Statement.OnConflict oc = null;
        if (ctx.onConflict() != null) {
            SqlParser.OnConflictContext c = ctx.onConflict();
            List<String> target = ExprBuilder.idents(c.identifierList());
            String constraint = c.CONSTRAINT() != null ? ExprBuilder.ident(c.identifier()) : null;
            if (c.NOTHING() != null) {
                oc = new Statement.OnConflict(target, true, List.of(), null, constraint);
            } else {
                oc = new Statement.OnConflict(target, false, assignments(b, c.setClause()),
                        c.whereClause() == null ? null : b.expr(c.whereClause().expr()), constraint);
            }
        }
        List<QueryBody.SelectItem> returning = ctx.returningClause() == null ? List.of()
                : b.selectItems(ctx.returningClause().selectList());
        return new Statement.Insert(ExprBuilder.qname(ctx.qualifiedName()), cols, source,
                ctx.DEFAULT() != null, oc, returning, ExprBuilder.pos(ctx),
                ctx.identifier() == null ? null : ExprBuilder.ident(ctx.identifier()), with);
    }

    static List<Statement.Assignment> assignments(AstBuilder b, List<SqlParser.SetClauseContext> sets) {
        List<Statement.Assignment> out = new ArrayList<>();
        for (SqlParser.SetClauseContext s : sets) {
            if (s instanceof SqlParser.SingleSetContext single && single.LBRACKET().isEmpty()) {
                Expr v = single.DEFAULT() != null ? new Expr.Default(ExprBuilder.pos(single)) : b.expr(single.expr(0));
                out.add(new Statement.Assignment(ExprBuilder.ident(single.identifier()), v, ExprBuilder.pos(single)));
            } else if (s instanceof SqlParser.SingleSetContext single) {
                subscripted(b, single, out);
            } else {
                SqlParser.MultiSetContext m = (SqlParser.MultiSetContext) s;
                List<String> cols = ExprBuilder.idents(m.identifierList());
                if (cols.size() != m.valuesItem().size()) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "number of columns does not match number of values")
                            .withPosition(ExprBuilder.pos(m) + 1);
                }
                for (int i = 0; i < cols.size(); i++) {
                    SqlParser.ValuesItemContext vi = m.valuesItem(i);
                    Expr v = vi.DEFAULT() != null ? new Expr.Default(ExprBuilder.pos(vi)) : b.expr(vi.expr());
                    out.add(new Statement.Assignment(cols.get(i), v, ExprBuilder.pos(vi)));
                }
            }
        }
        return out;
    }

    /**
     * {@code SET col[s1][s2] = value}: the column's new value is a {@link Expr.SubscriptAssign};
     * several subscripted assignments to one column apply in order, as in PostgreSQL.
     */
    private static void subscripted(AstBuilder b, SqlParser.SingleSetContext single, List<Statement.Assignment> out) {
        int pos = ExprBuilder.pos(single);
        String col = ExprBuilder.ident(single.identifier());
        if (single.DEFAULT() != null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot set an array element to DEFAULT")
                    .withPosition(pos + 1);
        }
        List<SqlParser.ExprContext> es = single.expr();
        List<Expr> subs = new ArrayList<>();
        for (int i = 0; i < es.size() - 1; i++) {
            subs.add(b.expr(es.get(i)));
        }
        Expr value = b.expr(es.get(es.size() - 1));
        for (int i = 0; i < out.size(); i++) {
            Statement.Assignment prev = out.get(i);
            if (prev.column().equals(col) && prev.value() instanceof Expr.SubscriptAssign) {
                out.set(i, new Statement.Assignment(col, new Expr.SubscriptAssign(col, prev.value(), subs, value, pos), prev.pos()));
                return;
            }
        }
        Expr base = new Expr.ColumnRef(List.of(col), pos);
        out.add(new Statement.Assignment(col, new Expr.SubscriptAssign(col, base, subs, value, pos), pos));
    }

    static Statement.Update update(AstBuilder b, SqlParser.UpdateStmtContext ctx) {
        List<Query.Cte> with = b.ctes(ctx.withClause());
        List<FromItem> from = new ArrayList<>();
        if (ctx.fromClause() != null) {
            ctx.fromClause().fromItem().forEach(f -> from.add(b.fromItem(f)));
        }
        return new Statement.Update(ExprBuilder.qname(ctx.qualifiedName()),
                ctx.identifier() == null ? null : ExprBuilder.ident(ctx.identifier()),
                assignments(b, ctx.setClause()), from,
                ctx.whereClause() == null ? null : b.expr(ctx.whereClause().expr()),
                ctx.returningClause() == null ? List.of() : b.selectItems(ctx.returningClause().selectList()),
                ExprBuilder.pos(ctx), with);
    }

    static Statement.Delete delete(AstBuilder b, SqlParser.DeleteStmtContext ctx) {
        List<Query.Cte> with = b.ctes(ctx.withClause());
        List<FromItem> using = new ArrayList<>();
        ctx.fromItem().forEach(f -> using.add(b.fromItem(f)));
        return new Statement.Delete(ExprBuilder.qname(ctx.qualifiedName()),
                ctx.identifier() == null ? null : ExprBuilder.ident(ctx.identifier()), using,
                ctx.whereClause() == null ? null : b.expr(ctx.whereClause().expr()),
                ctx.returningClause() == null ? List.of() : b.selectItems(ctx.returningClause().selectList()),
                ExprBuilder.pos(ctx), with);
    }
}
