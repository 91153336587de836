package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Prints stored expressions (column defaults, CHECK constraints) as PostgreSQL's
 * {@code pg_get_expr}/{@code pg_get_constraintdef} do: constants typed the way the parser typed
 * them ({@code 'x'::text}, {@code '-1'::integer}, {@code 0::numeric}), implicit casts PostgreSQL
 * would insert shown ({@code v::text} for a varchar compared with text), LIKE as {@code ~~}, IN
 * lists as {@code = ANY (ARRAY[...])}, BETWEEN as two comparisons. Pretty mode drops the
 * parentheses PostgreSQL's pretty printer drops; otherwise every operator is parenthesised.
 * Types are inferred from the table's columns and the literals, which covers what column
 * defaults and checks usually hold.
 */
public final class Deparser {

    private final RelationInfo table;
    private final boolean pretty;

    private Deparser(RelationInfo table, boolean pretty) {
        this.table = table;
        this.pretty = pretty;
    }

    static Expr parse(String text) {
        Query q = (Query) StatementParser.parseOne("select " + text).statement();
        return ((QueryBody.Select) q.body()).items().get(0).expr();
    }

    /** A column default: the implicit assignment cast to the column's type is not shown. */
    public static String columnDefault(RelationInfo table, ColumnDef c, boolean pretty) {
        try {
            Expr e = parse(c.defaultExpr());
            boolean untyped = e instanceof Expr.Literal l && (l.kind() == Expr.Literal.Kind.STRING
                    || l.kind() == Expr.Literal.Kind.NULL);
            return new Deparser(table, pretty).print(e, untyped ? Types.byOid(c.typeOid()) : null, null);
        } catch (RuntimeException ex) {
            return c.defaultExpr();
        }
    }

    /** An expression over {@code table} ({@code context}: the type an untyped literal takes, or null). */
    public static String expression(RelationInfo table, String text, PgType context, boolean pretty) {
        try {
            Deparser d = new Deparser(table, pretty);
            Expr e = parse(text);
            return d.print(e, context == null ? null : context, null);
        } catch (RuntimeException ex) {
            return text;
        }
    }

    /**
     * An expression as a part of a larger definition prints it (an index's expression or
     * predicate): in parentheses of its own where PostgreSQL's non-pretty output puts them.
     */
    public static String part(RelationInfo table, String text, PgType context, boolean pretty) {
        String body = expression(table, text, context, pretty);
        try {
            return !pretty && needsParens(parse(text)) ? "(" + body + ")" : body;
        } catch (RuntimeException ex) {
            return body;
        }
    }

    /** A CHECK constraint's expression as pg_get_constraintdef prints it (without {@code CHECK}). */
    public static String check(RelationInfo table, String text, boolean pretty) {
        String body = expression(table, text, Types.BOOL, pretty);
        Expr e;
        try {
            e = parse(text);
        } catch (RuntimeException ex) {
            return "(" + text + ")";
        }
        return !pretty && needsParens(e) ? "((" + body + "))" : "(" + body + ")";
    }

    private static boolean needsParens(Expr e) {
        return !(e instanceof Expr.ColumnRef || e instanceof Expr.Literal || e instanceof Expr.FuncCall);
    }

    // ------------------------------------------------------------------ types

    private PgType typeOf(Expr e) {
        return switch (e) {
            case Expr.ColumnRef c -> column(c.column()) == null ? null : Types.byOid(column(c.column()).typeOid());
            case Expr.Literal l -> switch (l.kind()) {
                case INTEGER -> fitsInt(l.text()) ? Types.INT4 : Types.INT8;
                case DECIMAL -> Types.NUMERIC;
                case BOOLEAN -> Types.BOOL;
                default -> Types.UNKNOWN;
            };
            case Expr.Unary u -> typeOf(u.operand());
            case Expr.Binary b -> isComparison(b.op()) || b.op().equals("~~") ? Types.BOOL
                    : b.op().equals("||") ? Types.TEXT : arith(typeOf(b.left()), typeOf(b.right()));
            case Expr.Cast c -> Types.byName(c.type().name());
            case Expr.FuncCall f -> switch (f.simpleName()) {
                case "now", "clock_timestamp", "statement_timestamp" -> Types.TIMESTAMPTZ;
                case "length", "char_length", "strpos" -> Types.INT4;
                case "lower", "upper", "btrim", "substring", "substr", "concat" -> Types.TEXT;
                default -> null;
            };
            case Expr.SpecialValue s -> s.name().equals("current_date") ? Types.DATE
                    : s.name().startsWith("current_time") ? Types.TIMESTAMPTZ : Types.NAME;
            default -> Types.BOOL;
        };
    }

    private ColumnDef column(String name) {
        for (ColumnDef c : table.columns()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    private static boolean fitsInt(String text) {
        try {
            Integer.parseInt(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static PgType arith(PgType a, PgType b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a == Types.UNKNOWN) {
            return b;
        }
        if (b == Types.UNKNOWN) {
            return a;
        }
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(PgType t) {
        return t == Types.INT2 ? 1 : t == Types.INT4 ? 2 : t == Types.INT8 ? 3 : t == Types.NUMERIC ? 4
                : t == Types.FLOAT4 ? 5 : t == Types.FLOAT8 ? 6 : 0;
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "=", "<>", "!=", "<", ">", "<=", ">=" -> true;
            default -> false;
        };
    }

    /** The type both sides of a comparison are compared as, PostgreSQL-style. */
    private static PgType compareType(PgType l, PgType r) {
        if (l == null || r == null) {
            return l == null ? r : l;
        }
        boolean ls = Types.isString(l) || l == Types.UNKNOWN;
        boolean rs = Types.isString(r) || r == Types.UNKNOWN;
        if (ls && rs) {
            if ((l == Types.BPCHAR || r == Types.BPCHAR) && (l == Types.UNKNOWN || r == Types.UNKNOWN || l == r)) {
                return Types.BPCHAR;
            }
            if (l == Types.NAME && r == Types.UNKNOWN || r == Types.NAME && l == Types.UNKNOWN) {
                return Types.NAME;
            }
            return l == Types.UNKNOWN && r == Types.UNKNOWN ? Types.TEXT : Types.TEXT;
        }
        if (l == Types.UNKNOWN) {
            return r;
        }
        if (r == Types.UNKNOWN) {
            return l;
        }
        if (rank(l) > 0 && rank(r) > 0) {
            if (rank(l) <= 3 && rank(r) <= 3) {
                return null;
            }
            PgType hi = rank(l) >= rank(r) ? l : r;
            return hi == Types.FLOAT4 ? Types.FLOAT8 : hi;
        }
        return l;
    }

    // ------------------------------------------------------------------ printing

    /**
     * Prints {@code e}; {@code target} is the type it is converted to by its context (null: its own),
     * {@code parent} decides parentheses.
     */
    private String print(Expr e, PgType target, Expr parent) {
        String s = switch (e) {
            case Expr.Literal l -> literal(l.text(), l.kind(), false, target);
            case Expr.Unary u when u.op().equals("-") && u.operand() instanceof Expr.Literal l ->
                    literal(l.text(), l.kind(), true, target);
            case Expr.ColumnRef c -> cast(Idents.quote(c.column()), typeOf(e), target);
            case Expr.Unary u -> u.op() + print(u.operand(), target, e);
            case Expr.Binary b -> binary(b, target);
            case Expr.And a -> print(a.left(), Types.BOOL, e) + " AND " + print(a.right(), Types.BOOL, e);
            case Expr.Or o -> print(o.left(), Types.BOOL, e) + " OR " + print(o.right(), Types.BOOL, e);
            case Expr.Not n -> "NOT " + print(n.operand(), Types.BOOL, e);
            case Expr.IsNull n -> print(n.operand(), null, e) + (n.negated() ? " IS NOT NULL" : " IS NULL");
            case Expr.Like l -> print(l.operand(), Types.TEXT, e) + (l.negated() ? " !" : " ") + (l.caseInsensitive() ? "~~* " : "~~ ")
                    + print(l.pattern(), Types.TEXT, e);
            case Expr.Between b -> print(new Expr.And(new Expr.Binary(">=", b.operand(), b.low(), b.pos()),
                    new Expr.Binary("<=", b.operand(), b.high(), b.pos()), b.pos()), Types.BOOL, parent);
            case Expr.InList in -> inList(in);
            case Expr.FuncCall f -> function(f);
            case Expr.Cast c when c.operand() instanceof Expr.Literal l && l.kind() == Expr.Literal.Kind.STRING ->
                    "'" + l.text().replace("'", "''") + "'::" + c.type().name();
            case Expr.Cast c -> print(c.operand(), null, e) + "::" + c.type().name();
            case Expr.SpecialValue sv -> sv.name().toUpperCase(Locale.ROOT);
            default -> throw new IllegalArgumentException("cannot print " + e);
        };
        return parens(e, parent) ? "(" + s + ")" : s;
    }

    private boolean parens(Expr e, Expr parent) {
        boolean op = e instanceof Expr.Binary || e instanceof Expr.And || e instanceof Expr.Or || e instanceof Expr.Not
                || e instanceof Expr.IsNull || e instanceof Expr.Like || e instanceof Expr.InList || e instanceof Expr.Between;
        if (!op || parent == null) {
            return false;
        }
        if (!pretty) {
            return !(e instanceof Expr.Between);
        }
        boolean parentBool = parent instanceof Expr.And || parent instanceof Expr.Or || parent instanceof Expr.Not;
        if (e instanceof Expr.And || e instanceof Expr.Not) {
            return !parentBool;
        }
        if (e instanceof Expr.Or) {
            return !(parent instanceof Expr.Or);
        }
        if (parentBool) {
            return false;
        }
        if (e instanceof Expr.Binary b && parent instanceof Expr.Binary p) {
            boolean lo = "+-".contains(b.op()) && b.op().length() == 1;
            boolean hi = "*/%".contains(b.op()) && b.op().length() == 1;
            boolean plo = "+-".contains(p.op()) && p.op().length() == 1;
            boolean phi = "*/%".contains(p.op()) && p.op().length() == 1;
            if (!(lo || hi) || !(plo || phi)) {
                return true;
            }
            if (hi && plo) {
                return false;
            }
            if (lo && phi) {
                return true;
            }
            return p.left() != e;
        }
        return true;
    }

    private String binary(Expr.Binary b, PgType target) {
        String op = b.op().equals("!=") ? "<>" : b.op();
        PgType lt = typeOf(b.left());
        PgType rt = typeOf(b.right());
        PgType operand;
        if (isComparison(op)) {
            operand = compareType(lt, rt);
        } else if (op.equals("||")) {
            operand = Types.TEXT;
        } else {
            operand = arith(lt, rt);
            if (lt != null && rt != null && rank(lt) > 0 && rank(rt) > 0 && rank(lt) <= 3 && rank(rt) <= 3) {
                operand = null;
            }
        }
        return print(b.left(), operand, b) + " " + op + " " + print(b.right(), operand, b);
    }

    private String inList(Expr.InList in) {
        PgType t = typeOf(in.operand());
        for (Expr e : in.list()) {
            t = compareType(t, typeOf(e));
        }
        List<String> items = new ArrayList<>();
        for (Expr e : in.list()) {
            items.add(print(e, t, null));
        }
        return print(in.operand(), t, null) + (in.negated() ? " <> ALL (ARRAY[" : " = ANY (ARRAY[") + String.join(", ", items) + "])";
    }

    private String function(Expr.FuncCall f) {
        if (f.simpleName().equals("extract") && f.args().size() == 2 && f.args().get(0) instanceof Expr.Literal unit) {
            return "EXTRACT(" + unit.text() + " FROM " + print(f.args().get(1), null, null) + ")";
        }
        List<String> args = new ArrayList<>();
        for (Expr a : f.args()) {
            args.add(print(a, null, null));
        }
        return String.join(".", f.name()) + "(" + (f.star() ? "*" : String.join(", ", args)) + ")";
    }

    /** A column (or other expression) converted to {@code target} where PostgreSQL would insert a cast. */
    private String cast(String text, PgType own, PgType target) {
        if (target == null || own == null || own == target || target == Types.BOOL) {
            return text;
        }
        boolean show = (own == Types.VARCHAR || own == Types.BPCHAR || own == Types.NAME) && target == Types.TEXT
                || rank(own) > 0 && rank(target) > rank(own) && (rank(target) > 3);
        return show ? (pretty ? text : "(" + text + ")") + "::" + target.displayName() : text;
    }

    private String literal(String text, Expr.Literal.Kind kind, boolean negative, PgType target) {
        String v = negative ? "-" + text : text;
        negative = v.startsWith("-");
        return switch (kind) {
            case BOOLEAN -> text.toLowerCase(Locale.ROOT);
            case NULL -> target == null || target == Types.UNKNOWN ? "NULL" : "NULL::" + target.displayName();
            case STRING -> "'" + text.replace("'", "''") + "'::"
                    + (target == null || target == Types.UNKNOWN || target == Types.BOOL ? "text"
                    : target == Types.BPCHAR ? "bpchar" : target.displayName());
            case INTEGER -> {
                boolean int4 = fitsInt(v);
                String own = negative ? "'" + v + "'::" + (int4 ? "integer" : "bigint") : int4 ? v : "'" + v + "'::bigint";
                if (target != null && (target == Types.NUMERIC || target == Types.FLOAT4 || target == Types.FLOAT8)) {
                    yield own + "::" + (target == Types.NUMERIC ? "numeric" : "double precision");
                }
                yield own;
            }
            case DECIMAL -> {
                String own = negative ? "'" + v + "'::numeric" : v;
                if (target == Types.FLOAT4 || target == Types.FLOAT8) {
                    yield own + "::double precision";
                }
                yield own;
            }
        };
    }
}
