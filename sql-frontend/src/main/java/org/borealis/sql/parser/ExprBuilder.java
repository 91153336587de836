package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.SortItem;
import org.borealis.sql.parser.ast.TypeName;

/**
 * Turns expression, name and type parse trees into AST nodes. {@link AstBuilder} extends it with
 * queries and statements. One instance per statement text; not thread-safe.
 */
abstract class ExprBuilder {

    protected final String text;

    ExprBuilder(String text) {
        this.text = text;
    }

    abstract Query query(SqlParser.QueryContext ctx);

    static int pos(ParserRuleContext ctx) {
        return ctx.start.getStartIndex();
    }

    static int pos(Token t) {
        return t.getStartIndex();
    }

    /** The source text a rule matched. */
    String source(ParserRuleContext ctx) {
        return text.substring(ctx.start.getStartIndex(), ctx.stop.getStopIndex() + 1);
    }

    // ------------------------------------------------------------------ names

    static String ident(SqlParser.IdentifierContext ctx) {
        if (ctx.QUOTED_IDENTIFIER() != null) {
            String q = ctx.getText();
            String s = q.substring(1, q.length() - 1).replace("\"\"", "\"");
            if (s.isEmpty()) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "zero-length delimited identifier");
            }
            return s;
        }
        return ctx.getText().toLowerCase(java.util.Locale.ROOT);
    }

    static List<String> qname(SqlParser.QualifiedNameContext ctx) {
        List<String> out = new ArrayList<>();
        for (SqlParser.IdentifierContext i : ctx.identifier()) {
            out.add(ident(i));
        }
        return out;
    }

    static List<String> idents(SqlParser.IdentifierListContext ctx) {
        List<String> out = new ArrayList<>();
        if (ctx != null) {
            for (SqlParser.IdentifierContext i : ctx.identifier()) {
                out.add(ident(i));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ literals

    static String stringValue(Token t) {
        String s = t.getText();
        if (s.startsWith("$$")) {
            return s.substring(2, s.length() - 2);
        }
        if (s.charAt(0) == 'e' || s.charAt(0) == 'E') {
            return unescape(s.substring(2, s.length() - 1));
        }
        // Adjacent literals separated by a newline concatenate.
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('\'', i);
            if (open < 0) {
                break;
            }
            int j = open + 1;
            while (true) {
                int q = s.indexOf('\'', j);
                if (q + 1 < s.length() && s.charAt(q + 1) == '\'') {
                    out.append(s, j, q + 1);
                    j = q + 2;
                } else {
                    out.append(s, j, q);
                    i = q + 1;
                    break;
                }
            }
        }
        return out.toString();
    }

    static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'' && i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else if (c != '\\' || i + 1 == body.length()) {
                out.append(c);
            } else {
                char n = body.charAt(++i);
                switch (n) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'x' -> {
                        int end = i + 1;
                        while (end < body.length() && end < i + 3 && Character.digit(body.charAt(end), 16) >= 0) {
                            end++;
                        }
                        if (end == i + 1) {
                            out.append('x');
                        } else {
                            out.append((char) Integer.parseInt(body.substring(i + 1, end), 16));
                            i = end - 1;
                        }
                    }
                    case 'u', 'U' -> {
                        int len = n == 'u' ? 4 : 8;
                        if (i + len >= body.length()) {
                            throw new SqlException(SqlState.INVALID_ESCAPE_SEQUENCE, "invalid Unicode escape");
                        }
                        out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + len), 16));
                        i += len;
                    }
                    default -> {
                        if (n >= '0' && n <= '7') {
                            int end = i;
                            while (end < body.length() && end < i + 3 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                                end++;
                            }
                            out.append((char) Integer.parseInt(body.substring(i, end), 8));
                            i = end - 1;
                        } else {
                            out.append(n);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ types

    TypeName typeName(SqlParser.TypeNameContext ctx) {
        TypeName base = baseType(ctx.baseTypeName());
        return new TypeName(base.name(), base.modifiers(), ctx.LBRACKET().size(), pos(ctx));
    }

    private TypeName baseType(SqlParser.BaseTypeNameContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof SqlParser.DoubleTypeContext) {
            return new TypeName("double precision", List.of(), 0, p);
        }
        if (ctx instanceof SqlParser.CharTypeContext c) {
            return new TypeName(c.VARYING() != null ? "varchar" : "bpchar", mods(c.typeMods(), c.VARYING() == null), 0, p);
        }
        if (ctx instanceof SqlParser.TimestampTypeContext c) {
            return new TypeName(c.WITH() != null ? "timestamptz" : "timestamp", mods(c.typeMods(), false), 0, p);
        }
        if (ctx instanceof SqlParser.TimeTypeContext c) {
            return new TypeName(c.WITH() != null ? "timetz" : "time", mods(c.typeMods(), false), 0, p);
        }
        if (ctx instanceof SqlParser.IntervalTypeContext c) {
            return new TypeName("interval", intervalMods(c.typeMods(), c.intervalQualifier()), 0, p);
        }
        SqlParser.NamedTypeContext c = (SqlParser.NamedTypeContext) ctx;
        String name = c.typeIdent().getText().toLowerCase(java.util.Locale.ROOT);
        if (c.typeIdent().identifier() != null) {
            name = ident(c.typeIdent().identifier());
        }
        if (c.identifier() != null) {
            String schema = ident(c.identifier());
            if (!schema.equals("pg_catalog")) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "type \"" + schema + "." + name + "\" does not exist")
                        .withPosition(p + 1);
            }
        }
        List<Integer> mods = mods(c.typeMods(), false);
        if (name.equals("interval") && mods.size() == 1) {
            mods = List.of(org.borealis.sql.types.IntervalFields.FULL_RANGE, mods.get(0));
        }
        return new TypeName(name, mods, 0, p);
    }

    /**
     * An interval's modifiers as PostgreSQL's grammar makes them: {@code interval(p)} is
     * {@code [full range, p]}, a field qualifier {@code [range]} or, with seconds' precision,
     * {@code [range, p]}; none without either.
     */
    private static List<Integer> intervalMods(SqlParser.TypeModsContext mods, SqlParser.IntervalQualifierContext q) {
        if (mods != null) {
            List<Integer> p = mods(mods, false);
            if (p.size() != 1) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "interval precision specified twice")
                        .withPosition(mods.getStart().getStartIndex() + 1);
            }
            return List.of(org.borealis.sql.types.IntervalFields.FULL_RANGE, p.get(0));
        }
        if (q == null) {
            return List.of();
        }
        List<SqlParser.IntervalFieldContext> f = q.intervalField();
        String from = f.get(0).getStart().getText().toLowerCase(java.util.Locale.ROOT);
        String to = f.size() > 1 ? f.get(1).getStart().getText().toLowerCase(java.util.Locale.ROOT) : null;
        if (f.get(0).typeMods() != null && f.size() > 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"TO\"")
                    .withPosition(q.TO().getSymbol().getStartIndex() + 1);
        }
        int range;
        try {
            range = org.borealis.sql.types.IntervalFields.range(from, to);
        } catch (SqlException e) {
            throw e.withPosition(f.get(f.size() - 1).getStart().getStartIndex() + 1);
        }
        SqlParser.TypeModsContext secs = f.get(f.size() - 1).typeMods();
        if (secs == null) {
            return List.of(range);
        }
        List<Integer> p = mods(secs, false);
        if (p.size() != 1) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "interval precision specified twice")
                    .withPosition(secs.getStart().getStartIndex() + 1);
        }
        return List.of(range, p.get(0));
    }

    private static List<Integer> mods(SqlParser.TypeModsContext ctx, boolean charDefaultOne) {
        List<Integer> out = new ArrayList<>();
        if (ctx != null) {
            for (TerminalNode n : ctx.INTEGER_VALUE()) {
                out.add(Integer.parseInt(n.getText().replace("_", "")));
            }
        } else if (charDefaultOne) {
            out.add(1);
        }
        return out;
    }

    private TypeName constType(SqlParser.ConstTypeNameContext ctx) {
        String t = source(ctx).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        String name = switch (t) {
            case "timestamp with time zone" -> "timestamptz";
            case "timestamp without time zone" -> "timestamp";
            case "time with time zone" -> "timetz";
            case "time without time zone" -> "time";
            case "char", "character" -> "bpchar";
            default -> t;
        };
        return new TypeName(name, List.of(), 0, pos(ctx));
    }

    // ------------------------------------------------------------------ expressions

    List<Expr> exprs(SqlParser.ExprListContext ctx) {
        List<Expr> out = new ArrayList<>();
        if (ctx != null) {
            for (SqlParser.ExprContext e : ctx.expr()) {
                out.add(expr(e));
            }
        }
        return out;
    }

    List<SortItem> sortItems(SqlParser.OrderByClauseContext ctx) {
        List<SortItem> out = new ArrayList<>();
        if (ctx != null) {
            for (SqlParser.SortItemContext s : ctx.sortItem()) {
                Boolean nullsFirst = s.NULLS() == null ? null : s.FIRST() != null;
                out.add(new SortItem(expr(s.expr()), s.DESC() != null, nullsFirst));
            }
        }
        return out;
    }

    Expr expr(SqlParser.ExprContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof SqlParser.PrimaryContext c) {
            return primary(c.primaryExpr());
        }
        if (ctx instanceof SqlParser.CastOpContext c) {
            return new Expr.Cast(expr(c.expr()), typeName(c.typeName()), pos(c.TYPECAST().getSymbol()));
        }
        if (ctx instanceof SqlParser.CollateContext c) {
            List<String> collation = new ArrayList<>();
            for (SqlParser.IdentifierContext id : c.collationName().identifier()) {
                collation.add(ident(id));
            }
            if (c.collationName().DEFAULT() != null) {
                collation.add("default");
            }
            return new Expr.Collate(expr(c.expr()), collation, pos(c.COLLATE().getSymbol()));
        }
        if (ctx instanceof SqlParser.QualifiedOpContext c) {
            return new Expr.Binary(qualifiedOp(c.operatorRef()), expr(c.expr(0)), expr(c.expr(1)), pos(c.operatorRef()));
        }
        if (ctx instanceof SqlParser.SubscriptContext c) {
            return new Expr.Subscript(expr(c.expr(0)), expr(c.expr(1)), p);
        }
        if (ctx instanceof SqlParser.UnaryContext c) {
            Expr operand = expr(c.expr());
            if (c.op.getType() == SqlParser.MINUS && operand instanceof Expr.Literal l
                    && (l.kind() == Expr.Literal.Kind.INTEGER || l.kind() == Expr.Literal.Kind.DECIMAL)) {
                return new Expr.Literal(l.kind(), "-" + l.text(), p);
            }
            return c.op.getType() == SqlParser.PLUS ? operand : new Expr.Unary("-", operand, p);
        }
        if (ctx instanceof SqlParser.PowerContext c) {
            return new Expr.Binary("^", expr(c.expr(0)), expr(c.expr(1)), pos(c.CARET().getSymbol()));
        }
        if (ctx instanceof SqlParser.MulDivContext c) {
            return new Expr.Binary(c.op.getText(), expr(c.expr(0)), expr(c.expr(1)), pos(c.op));
        }
        if (ctx instanceof SqlParser.AddSubContext c) {
            return new Expr.Binary(c.op.getText(), expr(c.expr(0)), expr(c.expr(1)), pos(c.op));
        }
        if (ctx instanceof SqlParser.OtherOpContext c) {
            return new Expr.Binary(c.op.getText(), expr(c.expr(0)), expr(c.expr(1)), pos(c.op));
        }
        if (ctx instanceof SqlParser.InExprContext c) {
            Expr operand = expr(c.expr());
            if (c.query() != null) {
                return new Expr.InSubquery(operand, query(c.query()), c.NOT() != null, pos(c.IN().getSymbol()));
            }
            return new Expr.InList(operand, exprs(c.exprList()), c.NOT() != null, pos(c.IN().getSymbol()));
        }
        if (ctx instanceof SqlParser.BetweenContext c) {
            return new Expr.Between(expr(c.expr(0)), bexpr(c.bexpr()), expr(c.expr(1)), c.NOT() != null,
                    c.SYMMETRIC() != null, pos(c.BETWEEN().getSymbol()));
        }
        if (ctx instanceof SqlParser.LikeContext c) {
            return new Expr.Like(expr(c.expr()), bexpr(c.bexpr(0)), c.ESCAPE() != null ? bexpr(c.bexpr(1)) : null,
                    c.NOT() != null, c.ILIKE() != null, pos(c.LIKE() != null ? c.LIKE().getSymbol() : c.ILIKE().getSymbol()));
        }
        if (ctx instanceof SqlParser.ComparisonContext c) {
            String op = c.op.getText().equals("!=") ? "<>" : c.op.getText();
            Expr l = expr(c.expr(0));
            Expr r = expr(c.expr(1));
            if (c.ANY() != null || c.SOME() != null || c.ALL() != null) {
                return new Expr.Quantified(op, c.ALL() != null ? "ALL" : "ANY", l, r, pos(c.op));
            }
            return new Expr.Binary(op, l, r, pos(c.op));
        }
        if (ctx instanceof SqlParser.IsTestContext c) {
            Expr operand = expr(c.expr());
            boolean neg = c.NOT() != null;
            if (c.NULL() != null) {
                return new Expr.IsNull(operand, neg, pos(c.IS().getSymbol()));
            }
            Boolean v = c.TRUE() != null ? Boolean.TRUE : c.FALSE() != null ? Boolean.FALSE : null;
            return new Expr.IsBool(operand, v, neg, pos(c.IS().getSymbol()));
        }
        if (ctx instanceof SqlParser.IsDistinctContext c) {
            return new Expr.IsDistinct(expr(c.expr(0)), expr(c.expr(1)), c.NOT() != null, pos(c.IS().getSymbol()));
        }
        if (ctx instanceof SqlParser.NullTestContext c) {
            return new Expr.IsNull(expr(c.expr()), c.NOTNULL() != null, p);
        }
        if (ctx instanceof SqlParser.NotContext c) {
            return new Expr.Not(expr(c.expr()), p);
        }
        if (ctx instanceof SqlParser.AndContext c) {
            return new Expr.And(expr(c.expr(0)), expr(c.expr(1)), pos(c.AND().getSymbol()));
        }
        if (ctx instanceof SqlParser.OrContext c) {
            return new Expr.Or(expr(c.expr(0)), expr(c.expr(1)), pos(c.OR().getSymbol()));
        }
        throw new IllegalStateException("unhandled expression " + ctx.getClass().getSimpleName());
    }

    Expr bexpr(SqlParser.BexprContext ctx) {
        if (ctx instanceof SqlParser.BPrimaryContext c) {
            return primary(c.primaryExpr());
        }
        if (ctx instanceof SqlParser.BCastContext c) {
            return new Expr.Cast(bexpr(c.bexpr()), typeName(c.typeName()), pos(c.TYPECAST().getSymbol()));
        }
        if (ctx instanceof SqlParser.BUnaryContext c) {
            Expr operand = bexpr(c.bexpr());
            if (c.op.getType() == SqlParser.MINUS && operand instanceof Expr.Literal l
                    && (l.kind() == Expr.Literal.Kind.INTEGER || l.kind() == Expr.Literal.Kind.DECIMAL)) {
                return new Expr.Literal(l.kind(), "-" + l.text(), pos(ctx));
            }
            return c.op.getType() == SqlParser.PLUS ? operand : new Expr.Unary("-", operand, pos(ctx));
        }
        if (ctx instanceof SqlParser.BPowerContext c) {
            return new Expr.Binary("^", bexpr(c.bexpr(0)), bexpr(c.bexpr(1)), pos(c.CARET().getSymbol()));
        }
        if (ctx instanceof SqlParser.BMulDivContext c) {
            return new Expr.Binary(c.op.getText(), bexpr(c.bexpr(0)), bexpr(c.bexpr(1)), pos(c.op));
        }
        if (ctx instanceof SqlParser.BAddSubContext c) {
            return new Expr.Binary(c.op.getText(), bexpr(c.bexpr(0)), bexpr(c.bexpr(1)), pos(c.op));
        }
        if (ctx instanceof SqlParser.BQualifiedOpContext c) {
            return new Expr.Binary(qualifiedOp(c.operatorRef()), bexpr(c.bexpr(0)), bexpr(c.bexpr(1)), pos(c.operatorRef()));
        }
        SqlParser.BOtherOpContext c = (SqlParser.BOtherOpContext) ctx;
        return new Expr.Binary(c.op.getText(), bexpr(c.bexpr(0)), bexpr(c.bexpr(1)), pos(c.op));
    }

    /** The operator of {@code OPERATOR(schema.op)}; only pg_catalog's operators exist. */
    private static String qualifiedOp(SqlParser.OperatorRefContext ctx) {
        String op = ctx.anyOperator().getText();
        if (ctx.identifier() != null && !ident(ctx.identifier()).equals("pg_catalog")) {
            throw new SqlException(SqlState.UNDEFINED_FUNCTION, "operator does not exist: " + ident(ctx.identifier()) + "." + op)
                    .withPosition(pos(ctx) + 1);
        }
        return op.equals("!=") ? "<>" : op;
    }

    private Expr primary(SqlParser.PrimaryExprContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof SqlParser.LiteralExprContext c) {
            return literal(c.literal());
        }
        if (ctx instanceof SqlParser.ParamExprContext c) {
            String t = c.PARAM().getText();
            try {
                return new Expr.Param(Integer.parseInt(t.substring(1)), p);
            } catch (NumberFormatException e) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "parameter number too large").withPosition(p + 1);
            }
        }
        if (ctx instanceof SqlParser.CastExprContext c) {
            return new Expr.Cast(expr(c.expr()), typeName(c.typeName()), p);
        }
        if (ctx instanceof SqlParser.CaseExprContext c) {
            List<Expr.When> whens = new ArrayList<>();
            for (SqlParser.WhenClauseContext w : c.whenClause()) {
                whens.add(new Expr.When(expr(w.expr(0)), expr(w.expr(1))));
            }
            return new Expr.Case(c.operand == null ? null : expr(c.operand), whens,
                    c.elseExpr == null ? null : expr(c.elseExpr), p);
        }
        if (ctx instanceof SqlParser.ExistsExprContext c) {
            return new Expr.Exists(query(c.query()), p);
        }
        if (ctx instanceof SqlParser.SubqueryExprContext c) {
            return new Expr.ScalarSubquery(query(c.query()), p);
        }
        if (ctx instanceof SqlParser.ParenExprContext c) {
            return expr(c.expr());
        }
        if (ctx instanceof SqlParser.FieldSelectContext c) {
            String field = c.colLabel().identifier() != null ? ident(c.colLabel().identifier())
                    : c.colLabel().getText().toLowerCase(java.util.Locale.ROOT);
            return new Expr.FieldSelect(expr(c.expr()), field, p);
        }
        if (ctx instanceof SqlParser.RowExprContext c) {
            List<Expr> items = new ArrayList<>();
            items.add(expr(c.expr()));
            items.addAll(exprs(c.exprList()));
            return new Expr.RowConstructor(items, p);
        }
        if (ctx instanceof SqlParser.ArrayExprContext c) {
            return new Expr.ArrayConstructor(exprs(c.exprList()), p);
        }
        if (ctx instanceof SqlParser.ArraySubqueryContext c) {
            return new Expr.ArraySubquery(query(c.query()), p);
        }
        if (ctx instanceof SqlParser.SpecialContext c) {
            return special(c.specialFunction());
        }
        if (ctx instanceof SqlParser.FuncExprContext c) {
            return functionCall(c.functionCall());
        }
        if (ctx instanceof SqlParser.IntervalLiteralContext c) {
            Expr.Literal lit = new Expr.Literal(Expr.Literal.Kind.STRING, stringValue(c.STRING().getSymbol()),
                    pos(c.STRING().getSymbol()));
            return new Expr.Cast(lit, new TypeName("interval", intervalMods(c.typeMods(), c.intervalQualifier()), 0, p), p);
        }
        if (ctx instanceof SqlParser.TypedLiteralContext c) {
            Expr.Literal lit = new Expr.Literal(Expr.Literal.Kind.STRING, stringValue(c.STRING().getSymbol()),
                    pos(c.STRING().getSymbol()));
            return new Expr.Cast(lit, constType(c.constTypeName()), p);
        }
        if (ctx instanceof SqlParser.NamedTypedLiteralContext c) {
            // timestamptz '...', int8 '...': any type name may prefix a string, as in PostgreSQL
            Expr.Literal lit = new Expr.Literal(Expr.Literal.Kind.STRING, stringValue(c.STRING().getSymbol()),
                    pos(c.STRING().getSymbol()));
            return new Expr.Cast(lit, new TypeName(ident(c.identifier()), List.of(), 0, p), p);
        }
        if (ctx instanceof SqlParser.ColumnRefContext c) {
            return new Expr.ColumnRef(qname(c.qualifiedName()), p);
        }
        if (ctx instanceof SqlParser.QualifiedStarContext c) {
            List<String> q = qname(c.qualifiedName());
            return new Expr.Star(q.get(q.size() - 1), p);
        }
        throw new IllegalStateException("unhandled primary " + ctx.getClass().getSimpleName());
    }

    private Expr literal(SqlParser.LiteralContext ctx) {
        int p = pos(ctx);
        if (ctx instanceof SqlParser.IntegerLiteralContext) {
            return new Expr.Literal(Expr.Literal.Kind.INTEGER, ctx.getText().replace("_", ""), p);
        }
        if (ctx instanceof SqlParser.DecimalLiteralContext) {
            return new Expr.Literal(Expr.Literal.Kind.DECIMAL, ctx.getText().replace("_", ""), p);
        }
        if (ctx instanceof SqlParser.StringLiteralContext || ctx instanceof SqlParser.EscapeStringLiteralContext) {
            return new Expr.Literal(Expr.Literal.Kind.STRING, stringValue(ctx.start), p);
        }
        if (ctx instanceof SqlParser.TrueLiteralContext) {
            return new Expr.Literal(Expr.Literal.Kind.BOOLEAN, "true", p);
        }
        if (ctx instanceof SqlParser.FalseLiteralContext) {
            return new Expr.Literal(Expr.Literal.Kind.BOOLEAN, "false", p);
        }
        return new Expr.Literal(Expr.Literal.Kind.NULL, null, p);
    }

    private Expr special(SqlParser.SpecialFunctionContext ctx) {
        int p = pos(ctx);
        if (ctx.name != null) {
            return new Expr.SpecialValue(ctx.name.getText().toLowerCase(java.util.Locale.ROOT), p);
        }
        List<String> fn;
        List<Expr> args = new ArrayList<>();
        if (ctx.EXTRACT() != null) {
            fn = List.of("extract");
            args.add(new Expr.Literal(Expr.Literal.Kind.STRING, ident(ctx.identifier()), p));
            args.add(expr(ctx.expr(0)));
        } else if (ctx.OVERLAY() != null) {
            fn = List.of("overlay");
            for (SqlParser.ExprContext e : ctx.expr()) {
                args.add(expr(e));
            }
        } else if (ctx.SUBSTRING() != null) {
            fn = List.of("substring");
            for (SqlParser.ExprContext e : ctx.expr()) {
                args.add(expr(e));
            }
            if (ctx.FOR() != null && ctx.FROM() == null) {
                args.add(1, new Expr.Literal(Expr.Literal.Kind.INTEGER, "1", p));
            }
        } else if (ctx.POSITION() != null) {
            fn = List.of("position");
            args.add(expr(ctx.expr(1)));
            args.add(expr(ctx.expr(0)));
        } else {
            String kind = ctx.LEADING() != null ? "ltrim" : ctx.TRAILING() != null ? "rtrim" : "btrim";
            fn = List.of(kind);
            List<Expr> list = exprs(ctx.exprList());
            args.add(list.get(0));
            if (ctx.expr().size() == 1) {
                args.add(expr(ctx.expr(0)));
            }
        }
        return new Expr.FuncCall(fn, args, false, false, null, null, p);
    }

    /** The named windows of the SELECT being built (its WINDOW clause). */
    NamedWindows windows = NamedWindows.NONE;

    Expr.FuncCall functionCall(SqlParser.FunctionCallContext ctx) {
        SqlParser.FuncNameContext fn = ctx.funcName();
        List<String> name = new ArrayList<>();
        if (fn.identifier().size() == 2 || (fn.identifier().size() == 1 && fn.typeFuncKeyword() != null)) {
            name.add(ident(fn.identifier(0)));
        }
        if (fn.typeFuncKeyword() != null) {
            name.add(fn.typeFuncKeyword().getText().toLowerCase(java.util.Locale.ROOT));
        } else {
            name.add(ident(fn.identifier(fn.identifier().size() - 1)));
        }
        Expr filter = ctx.filterClause() == null ? null : expr(ctx.filterClause().expr());
        Expr.WindowSpec over = null;
        if (ctx.overClause() != null) {
            SqlParser.OverClauseContext o = ctx.overClause();
            over = o.identifier() != null ? windows.named(ident(o.identifier()), pos(o.identifier()))
                    : windows.spec(this, o.windowSpec(), true);
        }
        return new Expr.FuncCall(name, exprs(ctx.exprList()), ctx.DISTINCT() != null, ctx.STAR() != null,
                filter, over, sortItems(ctx.orderByClause()), pos(ctx));
    }

    Expr.Frame frame(SqlParser.FrameClauseContext ctx) {
        Expr.FrameMode mode = ctx.ROWS() != null ? Expr.FrameMode.ROWS : ctx.RANGE() != null ? Expr.FrameMode.RANGE
                : Expr.FrameMode.GROUPS;
        Expr.FrameBound start = frameBound(ctx.lo);
        Expr.FrameBound end = ctx.hi == null ? new Expr.FrameBound(Expr.FrameBound.Kind.CURRENT_ROW, null) : frameBound(ctx.hi);
        Expr.FrameExclusion exclusion = Expr.FrameExclusion.NO_OTHERS;
        SqlParser.FrameExclusionContext x = ctx.frameExclusion();
        if (x != null) {
            exclusion = x.CURRENT() != null ? Expr.FrameExclusion.CURRENT_ROW : x.GROUP() != null ? Expr.FrameExclusion.GROUP
                    : x.TIES() != null ? Expr.FrameExclusion.TIES : Expr.FrameExclusion.NO_OTHERS;
        }
        if (start.kind() == Expr.FrameBound.Kind.UNBOUNDED_FOLLOWING) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "frame start cannot be UNBOUNDED FOLLOWING").withPosition(pos(ctx) + 1);
        }
        if (end.kind() == Expr.FrameBound.Kind.UNBOUNDED_PRECEDING) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "frame end cannot be UNBOUNDED PRECEDING").withPosition(pos(ctx) + 1);
        }
        if (start.kind() == Expr.FrameBound.Kind.CURRENT_ROW && end.kind() == Expr.FrameBound.Kind.PRECEDING) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "frame starting from current row cannot have preceding rows")
                    .withPosition(pos(ctx) + 1);
        }
        if (start.kind() == Expr.FrameBound.Kind.FOLLOWING && end.kind().ordinal() < Expr.FrameBound.Kind.FOLLOWING.ordinal()) {
            throw new SqlException(SqlState.WINDOWING_ERROR, "frame starting from following row cannot have preceding rows")
                    .withPosition(pos(ctx) + 1);
        }
        return new Expr.Frame(mode, start, end, exclusion, pos(ctx));
    }

    private Expr.FrameBound frameBound(SqlParser.FrameBoundContext ctx) {
        if (ctx.UNBOUNDED() != null) {
            return new Expr.FrameBound(ctx.PRECEDING() != null ? Expr.FrameBound.Kind.UNBOUNDED_PRECEDING
                    : Expr.FrameBound.Kind.UNBOUNDED_FOLLOWING, null);
        }
        if (ctx.CURRENT() != null) {
            return new Expr.FrameBound(Expr.FrameBound.Kind.CURRENT_ROW, null);
        }
        return new Expr.FrameBound(ctx.PRECEDING() != null ? Expr.FrameBound.Kind.PRECEDING : Expr.FrameBound.Kind.FOLLOWING,
                expr(ctx.expr()));
    }
}
