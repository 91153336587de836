package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Locking;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.SortItem;
import org.borealis.sql.parser.ast.Statement;

/** Turns a statement's parse tree into its AST. One instance per query text; not thread-safe. */
final class AstBuilder extends ExprBuilder {

    AstBuilder(String text) {
        super(text);
    }

    Statement statement(SqlParser.StatementContext ctx) {
        if (ctx instanceof SqlParser.QueryStmtContext c) {
            return SelectInto.statement(this, c.query(), pos(c));
        }
        if (ctx instanceof SqlParser.InsertStatementContext c) {
            return DmlBuilder.insert(this, c.insertStmt());
        }
        if (ctx instanceof SqlParser.UpdateStatementContext c) {
            return DmlBuilder.update(this, c.updateStmt());
        }
        if (ctx instanceof SqlParser.DeleteStatementContext c) {
            return DmlBuilder.delete(this, c.deleteStmt());
        }
        if (ctx instanceof SqlParser.CreateTableAsStatementContext c) {
            return DdlBuilder.createTableAs(this, c.createTableAsStmt());
        }
        if (ctx instanceof SqlParser.CreateTableStatementContext c) {
            return DdlBuilder.createTable(this, c.createTableStmt());
        }
        if (ctx instanceof SqlParser.CreateIndexStatementContext c) {
            return DdlBuilder.createIndex(this, c.createIndexStmt());
        }
        if (ctx instanceof SqlParser.CreateSequenceStatementContext c) {
            return DdlBuilder.createSequence(this, c.createSequenceStmt());
        }
        if (ctx instanceof SqlParser.CreateViewStatementContext c) {
            return DdlBuilder.createView(this, c.createViewStmt());
        }
        if (ctx instanceof SqlParser.CreateSchemaStatementContext c) {
            return DdlBuilder.createSchema(c.createSchemaStmt());
        }
        if (ctx instanceof SqlParser.DropStatementContext c) {
            return DdlBuilder.drop(c.dropStmt());
        }
        if (ctx instanceof SqlParser.AlterTableStatementContext c) {
            return DdlBuilder.alterTable(this, c.alterTableStmt());
        }
        if (ctx instanceof SqlParser.AlterSchemaStatementContext c) {
            return DdlBuilder.alterSchema(c.alterSchemaStmt());
        }
        if (ctx instanceof SqlParser.TruncateStatementContext c) {
            List<List<String>> names = new ArrayList<>();
            c.truncateStmt().qualifiedName().forEach(q -> names.add(qname(q)));
            if (c.truncateStmt().RESTART() != null) {
                // Sequences are not transactional here, so a rolled-back TRUNCATE could not undo the restart.
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "TRUNCATE ... RESTART IDENTITY is not supported yet");
            }
            return new Statement.Truncate(names, pos(c));
        }
        if (ctx instanceof SqlParser.CopyStatementContext c) {
            return DdlBuilder.copy(this, c.copyStmt());
        }
        if (ctx instanceof SqlParser.VacuumStatementContext c) {
            SqlParser.VacuumStmtContext v = c.vacuumStmt();
            boolean analyze = v.ANALYZE() != null || v.ANALYSE() != null;
            for (SqlParser.RelOptionContext o : v.relOption()) {
                String n = ident(o.identifier(0));
                analyze |= n.equals("analyze") || n.equals("analyse");
            }
            return new Statement.Vacuum(true, analyze, v.FULL() != null, v.VERBOSE() != null, targets(v.vacuumTarget()),
                    targetColumns(v.vacuumTarget()), pos(c));
        }
        if (ctx instanceof SqlParser.AnalyzeStatementContext c) {
            SqlParser.AnalyzeStmtContext a = c.analyzeStmt();
            return new Statement.Vacuum(false, true, false, a.VERBOSE() != null, targets(a.vacuumTarget()),
                    targetColumns(a.vacuumTarget()), pos(c));
        }
        if (ctx instanceof SqlParser.BeginStatementContext c) {
            return new Statement.Begin(modes(c.beginStmt().txnMode()));
        }
        if (ctx instanceof SqlParser.CommitStatementContext c) {
            if (c.commitStmt().PREPARED() != null) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "prepared transactions are not supported");
            }
            return new Statement.Commit(c.commitStmt().CHAIN() != null && c.commitStmt().NO() == null);
        }
        if (ctx instanceof SqlParser.RollbackStatementContext c) {
            SqlParser.RollbackStmtContext r = c.rollbackStmt();
            return new Statement.Rollback(r.identifier() == null ? null : ident(r.identifier()),
                    r.CHAIN() != null && r.NO() == null);
        }
        if (ctx instanceof SqlParser.SavepointStatementContext c) {
            return new Statement.Savepoint(ident(c.savepointStmt().identifier()), c.savepointStmt().RELEASE() != null);
        }
        if (ctx instanceof SqlParser.SetStatementContext c) {
            return SettingBuilder.set(this, c.setStmt());
        }
        if (ctx instanceof SqlParser.ShowStatementContext c) {
            return SettingBuilder.show(c.showStmt());
        }
        if (ctx instanceof SqlParser.ResetStatementContext c) {
            return SettingBuilder.reset(c.resetStmt());
        }
        if (ctx instanceof SqlParser.CreateRoleStatementContext c) {
            SqlParser.CreateRoleStmtContext r = c.createRoleStmt();
            return new Statement.CreateRole(ident(r.identifier()), r.USER() != null, roleOptions(r.roleOption()), pos(c));
        }
        if (ctx instanceof SqlParser.AlterRoleStatementContext c) {
            SqlParser.AlterRoleStmtContext r = c.alterRoleStmt();
            return new Statement.AlterRole(ident(r.identifier()), roleOptions(r.roleOption()), pos(c));
        }
        if (ctx instanceof SqlParser.DiscardStatementContext c) {
            return new Statement.Discard(c.discardStmt().getChild(1).getText().toLowerCase(Locale.ROOT));
        }
        if (ctx instanceof SqlParser.PrepareStatementContext c) {
            SqlParser.PrepareStmtContext p = c.prepareStmt();
            List<org.borealis.sql.parser.ast.TypeName> types = new ArrayList<>();
            p.typeName().forEach(t -> types.add(typeName(t)));
            if (p.statement() instanceof SqlParser.QueryStmtContext q && SelectInto.target(q.query()) != null) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "PREPARE of SELECT ... INTO is not supported")
                        .withPosition(pos(SelectInto.target(q.query())) + 1);
            }
            return new Statement.Prepare(ident(p.identifier()), types, statement(p.statement()), source(p.statement()));
        }
        if (ctx instanceof SqlParser.ExecuteStatementContext c) {
            return new Statement.Execute(ident(c.executeStmt().identifier()), exprs(c.executeStmt().exprList()), pos(c));
        }
        if (ctx instanceof SqlParser.DeallocateStatementContext c) {
            SqlParser.DeallocateStmtContext d = c.deallocateStmt();
            return new Statement.Deallocate(d.identifier() == null ? null : ident(d.identifier()));
        }
        if (ctx instanceof SqlParser.ExplainStatementContext c) {
            SqlParser.ExplainStmtContext e = c.explainStmt();
            boolean analyze = e.ANALYZE() != null;
            for (SqlParser.ExplainOptionContext o : e.explainOption()) {
                if (ident(o.identifier()).equals("analyze")) {
                    String v = o.optionValue() == null ? "true" : o.optionValue().getText().toLowerCase(java.util.Locale.ROOT);
                    analyze = !(v.equals("false") || v.equals("off") || v.equals("0"));
                }
            }
            if (e.statement() instanceof SqlParser.QueryStmtContext q && SelectInto.target(q.query()) != null) {
                if (analyze) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "EXPLAIN ANALYZE of SELECT ... INTO is not supported")
                            .withPosition(pos(SelectInto.target(q.query())) + 1);
                }
                return new Statement.Explain(SelectInto.query(this, q.query()), false); // plans the query, creates nothing
            }
            return new Statement.Explain(statement(e.statement()), analyze);
        }
        if (ctx instanceof SqlParser.CheckpointStatementContext) {
            return new Statement.Checkpoint();
        }
        throw new IllegalStateException("unhandled statement " + ctx.getClass().getSimpleName());
    }

    private static List<List<String>> targets(List<SqlParser.VacuumTargetContext> ts) {
        List<List<String>> out = new ArrayList<>();
        ts.forEach(t -> out.add(qname(t.qualifiedName())));
        return out;
    }

    private List<List<String>> targetColumns(List<SqlParser.VacuumTargetContext> ts) {
        List<List<String>> out = new ArrayList<>();
        ts.forEach(t -> out.add(t.identifierList() == null ? List.of() : idents(t.identifierList())));
        return out;
    }

    Statement.TxnModes modes(List<SqlParser.TxnModeContext> ms) {
        String iso = null;
        Boolean ro = null;
        Boolean def = null;
        for (SqlParser.TxnModeContext m : ms) {
            if (m instanceof SqlParser.IsolationModeContext i) {
                iso = source(i.isolationLevel()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            } else if (m instanceof SqlParser.ReadOnlyModeContext) {
                ro = true;
            } else if (m instanceof SqlParser.ReadWriteModeContext) {
                ro = false;
            } else if (m instanceof SqlParser.DeferrableModeContext d) {
                def = d.NOT() == null;
            }
        }
        return new Statement.TxnModes(iso, ro, def);
    }

    private Map<String, Object> roleOptions(List<SqlParser.RoleOptionContext> os) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (SqlParser.RoleOptionContext o : os) {
            if (o instanceof SqlParser.PasswordOptionContext p) {
                out.put("password", p.STRING() == null ? null : stringValue(p.STRING().getSymbol()));
            } else if (o instanceof SqlParser.ConnLimitOptionContext l) {
                out.put("connection limit", Integer.parseInt(l.signedNumber().getText()));
            } else if (o instanceof SqlParser.ValidUntilOptionContext v) {
                out.put("valid until", stringValue(v.STRING().getSymbol()));
            } else {
                out.put(ident(((SqlParser.FlagOptionContext) o).identifier()), Boolean.TRUE);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ queries

    /** The WITH queries of a WITH clause (none when {@code ctx} is null), data-modifying ones included. */
    List<Query.Cte> ctes(SqlParser.WithClauseContext ctx) {
        List<Query.Cte> ctes = new ArrayList<>();
        if (ctx != null) {
            for (SqlParser.CteContext c : ctx.cte()) {
                String name = ident(c.identifier());
                List<String> cols = idents(c.identifierList());
                boolean rec = ctx.RECURSIVE() != null;
                if (c.query() != null) {
                    ctes.add(new Query.Cte(name, cols, query(c.query()), rec, null, pos(c)));
                    continue;
                }
                Statement dml = c.insertStmt() != null ? DmlBuilder.insert(this, c.insertStmt())
                        : c.updateStmt() != null ? DmlBuilder.update(this, c.updateStmt()) : DmlBuilder.delete(this, c.deleteStmt());
                ctes.add(new Query.Cte(name, cols, null, rec, dml, pos(c)));
            }
        }
        return ctes;
    }

    @Override
    Query query(SqlParser.QueryContext ctx) {
        List<Query.Cte> ctes = ctes(ctx.withClause());
        QueryBody body = body(ctx.queryBody());
        // ORDER BY may name the windows of a plain SELECT's WINDOW clause (not those of an outer query)
        NamedWindows outerWindows = windows;
        SqlParser.SelectCoreContext core = ctx.queryBody() instanceof SqlParser.PrimaryBodyContext p
                ? p.queryPrimary().selectCore() : null;
        windows = core == null || ctx.orderByClause() == null ? NamedWindows.NONE : NamedWindows.define(this, core.windowClause());
        List<SortItem> order;
        try {
            order = sortItems(ctx.orderByClause());
        } finally {
            windows = outerWindows;
        }
        Expr limit = null;
        Expr offset = null;
        boolean withTies = false;
        for (SqlParser.LimitOffsetContext lo : ctx.limitOffset()) {
            if (lo instanceof SqlParser.LimitClauseContext l) {
                limit = l.expr() == null ? null : expr(l.expr());
            } else if (lo instanceof SqlParser.OffsetClauseContext o) {
                offset = expr(o.expr());
            } else if (lo instanceof SqlParser.FetchClauseContext f) {
                limit = f.expr() == null ? new Expr.Literal(Expr.Literal.Kind.INTEGER, "1", pos(f)) : expr(f.expr());
                withTies = f.TIES() != null;
                if (withTies && order.isEmpty()) {
                    throw new SqlException(SqlState.SYNTAX_ERROR, "WITH TIES cannot be specified without ORDER BY clause")
                            .withPosition(pos(f) + 1);
                }
            }
        }
        Locking locking = ctx.forLocking() == null ? null : locking(ctx.forLocking());
        if (withTies && locking != null && locking.clauses().stream().anyMatch(c -> c.waitPolicy() == Locking.Wait.SKIP_LOCKED)) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "SKIP LOCKED and WITH TIES options cannot be used together");
        }
        return new Query(ctes, body, order, limit, offset, locking, withTies);
    }

    /** The locking clauses, read token by token (the grammar rule is a flat repetition). */
    private static Locking locking(SqlParser.ForLockingContext ctx) {
        List<Locking.Clause> clauses = new ArrayList<>();
        Locking.Strength strength = null;
        List<String> of = new ArrayList<>();
        Locking.Wait wait = Locking.Wait.WAIT;
        int pos = 0;
        boolean no = false;
        boolean key = false;
        for (org.antlr.v4.runtime.tree.ParseTree child : ctx.children) {
            if (child instanceof SqlParser.QualifiedNameContext q) {
                List<String> name = ExprBuilder.qname(q);
                of.add(name.get(name.size() - 1));
                continue;
            }
            if (!(child instanceof org.antlr.v4.runtime.tree.TerminalNode t)) {
                continue;
            }
            switch (t.getSymbol().getType()) {
                case SqlParser.FOR -> {
                    if (strength != null) {
                        clauses.add(new Locking.Clause(strength, List.copyOf(of), wait, pos));
                    }
                    strength = null;
                    of.clear();
                    wait = Locking.Wait.WAIT;
                    no = false;
                    key = false;
                    pos = t.getSymbol().getStartIndex();
                }
                case SqlParser.NO -> no = true;
                case SqlParser.KEY -> key = true;
                case SqlParser.UPDATE -> strength = no ? Locking.Strength.NO_KEY_UPDATE : Locking.Strength.UPDATE;
                case SqlParser.SHARE -> strength = key ? Locking.Strength.KEY_SHARE : Locking.Strength.SHARE;
                case SqlParser.NOWAIT -> wait = Locking.Wait.NOWAIT;
                case SqlParser.SKIP_ -> wait = Locking.Wait.SKIP_LOCKED;
                default -> {
                }
            }
        }
        clauses.add(new Locking.Clause(strength, List.copyOf(of), wait, pos));
        return new Locking(clauses);
    }

    private QueryBody body(SqlParser.QueryBodyContext ctx) {
        if (ctx instanceof SqlParser.SetOpBodyContext s) {
            boolean all = s.setQuantifier() != null && s.setQuantifier().ALL() != null;
            return new QueryBody.SetOp(s.op.getText().toUpperCase(Locale.ROOT), all, body(s.left), body(s.right));
        }
        SqlParser.QueryPrimaryContext p = ((SqlParser.PrimaryBodyContext) ctx).queryPrimary();
        if (p.valuesClause() != null) {
            return values(p.valuesClause());
        }
        if (p.query() != null) {
            Query q = query(p.query());
            if (q.orderBy().isEmpty() && q.limit() == null && q.offset() == null && q.with().isEmpty()
                    && q.locking() == null) {
                return q.body();
            }
            return new QueryBody.Nested(q);
        }
        return select(p.selectCore());
    }

    QueryBody.Values values(SqlParser.ValuesClauseContext ctx) {
        List<List<Expr>> rows = new ArrayList<>();
        for (SqlParser.ValuesRowContext r : ctx.valuesRow()) {
            List<Expr> row = new ArrayList<>();
            for (SqlParser.ValuesItemContext i : r.valuesItem()) {
                row.add(i.DEFAULT() != null ? new Expr.Default(pos(i)) : expr(i.expr()));
            }
            rows.add(row);
        }
        return new QueryBody.Values(rows);
    }

    /** The SELECT whose INTO clause the statement being built honours (see {@link SelectInto}), or null. */
    SqlParser.SelectCoreContext intoAllowed;

    private QueryBody.Select select(SqlParser.SelectCoreContext ctx) {
        if (ctx.INTO() != null && ctx != intoAllowed) {
            throw SelectInto.notAllowed(ctx);
        }
        NamedWindows outer = windows;
        windows = NamedWindows.define(this, ctx.windowClause());
        try {
            return selectBody(ctx);
        } finally {
            windows = outer;
        }
    }

    private QueryBody.Select selectBody(SqlParser.SelectCoreContext ctx) {
        boolean distinct = ctx.distinctClause() != null;
        List<Expr> distinctOn = distinct && ctx.distinctClause().exprList() != null
                ? exprs(ctx.distinctClause().exprList()) : List.of();
        List<QueryBody.SelectItem> items = ctx.selectList() == null ? List.of() : selectItems(ctx.selectList());
        List<FromItem> from = new ArrayList<>();
        if (ctx.fromClause() != null) {
            for (SqlParser.FromItemContext f : ctx.fromClause().fromItem()) {
                from.add(fromItem(f));
            }
        }
        Expr where = ctx.whereClause() == null ? null : expr(ctx.whereClause().expr());
        List<Expr> groupBy = ctx.groupByClause() == null ? List.of() : exprs(ctx.groupByClause().exprList());
        Expr having = ctx.havingClause() == null ? null : expr(ctx.havingClause().expr());
        return new QueryBody.Select(distinct, distinctOn, items, from, where, groupBy, having);
    }

    List<QueryBody.SelectItem> selectItems(SqlParser.SelectListContext ctx) {
        List<QueryBody.SelectItem> out = new ArrayList<>();
        for (SqlParser.SelectItemContext i : ctx.selectItem()) {
            if (i instanceof SqlParser.StarItemContext) {
                out.add(new QueryBody.SelectItem(new Expr.Star(null, pos(i)), null));
            } else if (i instanceof SqlParser.QualifiedStarItemContext q) {
                List<String> n = qname(q.qualifiedName());
                out.add(new QueryBody.SelectItem(new Expr.Star(n.get(n.size() - 1), pos(i)), null));
            } else if (i instanceof SqlParser.FieldStarItemContext f) {
                out.add(new QueryBody.SelectItem(new Expr.FieldSelect(expr(f.expr()), Expr.FieldSelect.ALL, pos(i)), null));
            } else {
                SqlParser.ExprItemContext e = (SqlParser.ExprItemContext) i;
                String alias = null;
                if (e.colLabel() != null) {
                    alias = e.colLabel().identifier() != null ? ident(e.colLabel().identifier())
                            : e.colLabel().getText().toLowerCase(Locale.ROOT);
                }
                out.add(new QueryBody.SelectItem(expr(e.expr()), alias));
            }
        }
        return out;
    }

    FromItem fromItem(SqlParser.FromItemContext ctx) {
        if (ctx instanceof SqlParser.PrimaryFromContext p) {
            return fromPrimary(p.fromPrimary());
        }
        if (ctx instanceof SqlParser.CrossJoinContext c) {
            return new FromItem.Join(fromItem(c.fromItem()), fromPrimary(c.fromPrimary()), FromItem.JoinType.CROSS,
                    null, List.of(), false);
        }
        SqlParser.QualifiedJoinContext j = (SqlParser.QualifiedJoinContext) ctx;
        FromItem.JoinType type = FromItem.JoinType.INNER;
        if (j.joinType() != null) {
            if (j.joinType().LEFT() != null) {
                type = FromItem.JoinType.LEFT;
            } else if (j.joinType().RIGHT() != null) {
                type = FromItem.JoinType.RIGHT;
            } else if (j.joinType().FULL() != null) {
                type = FromItem.JoinType.FULL;
            }
        }
        Expr on = null;
        List<String> using = List.of();
        if (j.joinCondition() != null) {
            if (j.joinCondition().ON() != null) {
                on = expr(j.joinCondition().expr());
            } else {
                using = idents(j.joinCondition().identifierList());
            }
        } else if (j.NATURAL() == null) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error: JOIN needs ON or USING")
                    .withPosition(pos(j.JOIN().getSymbol()) + 1);
        }
        return new FromItem.Join(fromItem(j.fromItem(0)), fromItem(j.fromItem(1)), type, on, using, j.NATURAL() != null);
    }

    private FromItem fromPrimary(SqlParser.FromPrimaryContext ctx) {
        if (ctx instanceof SqlParser.TableRefContext t) {
            String alias = t.aliasClause() == null ? null : ident(t.aliasClause().alias);
            List<String> cols = t.aliasClause() == null ? List.of() : idents(t.aliasClause().identifierList());
            return new FromItem.Table(qname(t.qualifiedName()), alias, cols, pos(t));
        }
        if (ctx instanceof SqlParser.FunctionRefContext f) {
            String alias = f.aliasClause() == null ? null : ident(f.aliasClause().alias);
            List<String> cols = f.aliasClause() == null ? List.of() : idents(f.aliasClause().identifierList());
            return new FromItem.Function(functionCall(f.functionCall()), alias, cols, f.ORDINALITY() != null, pos(f));
        }
        if (ctx instanceof SqlParser.SubqueryRefContext s) {
            String alias = s.aliasClause() == null ? null : ident(s.aliasClause().alias);
            List<String> cols = s.aliasClause() == null ? List.of() : idents(s.aliasClause().identifierList());
            return new FromItem.Subquery(query(s.query()), alias, cols, s.LATERAL() != null, pos(s));
        }
        return fromItem(((SqlParser.ParenFromContext) ctx).fromItem());
    }
}
