package org.borealis.sql.parser;

import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement;

/**
 * {@code SELECT ... INTO [UNLOGGED] [TABLE] name ...} as PostgreSQL: a top-level query whose first
 * SELECT (the leftmost of a UNION/INTERSECT/EXCEPT) has an INTO clause is {@code CREATE TABLE name
 * AS} that query without it. INTO anywhere else (a later arm of a set operation, a subquery, a WITH
 * query, INSERT ... SELECT, CREATE TABLE/VIEW AS) is 42601; INTO TEMP makes a temporary table, as
 * CREATE TEMP TABLE AS. Plain EXPLAIN plans the query and creates nothing.
 */
final class SelectInto {

    private SelectInto() {
    }

    /** The statement for a top-level query: CREATE TABLE AS when its first SELECT has INTO. */
    static Statement statement(AstBuilder b, SqlParser.QueryContext q, int pos) {
        SqlParser.IntoTargetContext into = target(q);
        if (into == null) {
            return b.query(q);
        }
        boolean temp = into.TEMP() != null || into.TEMPORARY() != null;
        return new Statement.CreateTableAs(ExprBuilder.qname(into.qualifiedName()), false, List.of(), query(b, q), true,
                temp, null, pos);
    }

    /** The query with its INTO clause accepted and left out. */
    static Query query(AstBuilder b, SqlParser.QueryContext q) {
        b.intoAllowed = first(q);
        try {
            return b.query(q);
        } finally {
            b.intoAllowed = null;
        }
    }

    /** The INTO target of the query's first SELECT, or null. */
    static SqlParser.IntoTargetContext target(SqlParser.QueryContext q) {
        SqlParser.SelectCoreContext s = first(q);
        return s == null ? null : s.intoTarget();
    }

    private static SqlParser.SelectCoreContext first(SqlParser.QueryContext q) {
        SqlParser.QueryBodyContext body = q.queryBody();
        while (body instanceof SqlParser.SetOpBodyContext op) {
            body = op.left;
        }
        SqlParser.QueryPrimaryContext p = ((SqlParser.PrimaryBodyContext) body).queryPrimary();
        if (p.selectCore() != null) {
            return p.selectCore();
        }
        return p.query() != null ? first(p.query()) : null;
    }

    /** The error for an INTO clause where none may be. */
    static SqlException notAllowed(SqlParser.SelectCoreContext s) {
        ParserRuleContext up = s.getParent() == null ? null : s.getParent().getParent();
        boolean laterArm = up != null && up.getParent() instanceof SqlParser.SetOpBodyContext op && op.right == up;
        return new SqlException(SqlState.SYNTAX_ERROR, laterArm ? "INTO is only allowed on first SELECT of UNION/INTERSECT/EXCEPT"
                : "SELECT ... INTO is not allowed here").withPosition(ExprBuilder.pos(s.intoTarget()) + 1);
    }
}
