package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.borealis.sql.parser.ast.Statement;

/** SET, SHOW and RESET parse trees to AST. Setting names are lower case, dotted when qualified. */
final class SettingBuilder {

    private SettingBuilder() {
    }

    static String varName(SqlParser.VarNameContext ctx) {
        List<String> parts = new ArrayList<>();
        ctx.identifier().forEach(i -> parts.add(ExprBuilder.ident(i)));
        return String.join(".", parts);
    }

    static String value(SqlParser.VarValueContext ctx) {
        if (ctx.STRING() != null) {
            return ExprBuilder.stringValue(ctx.STRING().getSymbol());
        }
        if (ctx.identifier() != null) {
            return ExprBuilder.ident(ctx.identifier());
        }
        return ctx.getText().toLowerCase(Locale.ROOT);
    }

    static Statement set(AstBuilder b, SqlParser.SetStmtContext ctx) {
        int pos = ExprBuilder.pos(ctx);
        if (ctx instanceof SqlParser.SetVarContext c) {
            List<String> values = null;
            if (c.DEFAULT() == null) {
                values = new ArrayList<>();
                for (SqlParser.VarValueContext v : c.varValue()) {
                    values.add(value(v));
                }
            }
            return new Statement.SetVar(varName(c.varName()), values, c.LOCAL() != null, pos);
        }
        if (ctx instanceof SqlParser.SetTimeZoneContext c) {
            List<String> v = c.varValue() == null ? null : List.of(value(c.varValue()));
            return new Statement.SetVar("timezone", v, c.LOCAL() != null && c.varValue() != null, pos);
        }
        if (ctx instanceof SqlParser.SetTransactionContext c) {
            return new Statement.SetTransaction(b.modes(c.txnMode()), c.CHARACTERISTICS() != null);
        }
        if (ctx instanceof SqlParser.SetNamesContext c) {
            List<String> v = c.varValue() == null ? null : List.of(value(c.varValue()));
            return new Statement.SetVar("client_encoding", v, c.LOCAL() != null, pos);
        }
        if (ctx instanceof SqlParser.SetSchemaContext c) {
            return new Statement.SetVar("search_path", List.of(value(c.varValue())), c.LOCAL() != null, pos);
        }
        SqlParser.SetRoleContext c = (SqlParser.SetRoleContext) ctx;
        String name = c.ROLE() != null ? "role" : "session_authorization";
        List<String> v = c.varValue() == null ? null : List.of(value(c.varValue()));
        return new Statement.SetVar(name, v, c.LOCAL() != null, pos);
    }

    static Statement show(SqlParser.ShowStmtContext ctx) {
        int pos = ExprBuilder.pos(ctx);
        if (ctx.varName() != null) {
            return new Statement.Show(varName(ctx.varName()), pos);
        }
        if (ctx.ALL() != null) {
            return new Statement.Show("all", pos);
        }
        if (ctx.ZONE() != null) {
            return new Statement.Show("timezone", pos);
        }
        if (ctx.ISOLATION() != null) {
            return new Statement.Show("transaction_isolation", pos);
        }
        return new Statement.Show("session_authorization", pos);
    }

    static Statement reset(SqlParser.ResetStmtContext ctx) {
        int pos = ExprBuilder.pos(ctx);
        if (ctx.varName() != null) {
            return new Statement.Reset(varName(ctx.varName()), pos);
        }
        if (ctx.ALL() != null) {
            return new Statement.Reset("all", pos);
        }
        if (ctx.ZONE() != null) {
            return new Statement.Reset("timezone", pos);
        }
        return new Statement.Reset(ctx.ROLE() != null ? "role" : "session_authorization", pos);
    }
}
