package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.borealis.sql.exec.expr.AnyArrayExpr;
import org.borealis.sql.exec.expr.ArithExpr;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CastExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.InListExpr;
import org.borealis.sql.exec.expr.LikeExpr;
import org.borealis.sql.exec.expr.NullTestExpr;
import org.borealis.sql.exec.expr.OuterRef;
import org.borealis.sql.exec.expr.ParamRef;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.Types;

/**
 * A bound condition as PostgreSQL's EXPLAIN deparses it (ruleutils): each operator application in
 * parentheses ({@code (id = 5)}, {@code ((a = 1) AND (b > 2))}), constants with their type unless
 * an unsigned integer, a decimal numeric or a boolean ({@code 'x'::text}, {@code '-5'::integer},
 * {@code '15'::numeric}), IN lists as {@code = ANY ('{1,2}'::integer[])}, LIKE as {@code ~~}, a
 * varchar column compared as text as {@code (label)::text}. Null when some part has no text here
 * (the caller then prints no line rather than a wrong one).
 */
final class ExprText {

    private final IntFunction<String> column;
    private final IntFunction<String> outer;
    private final TextFormat format;

    /**
     * @param column the (qualified where PostgreSQL qualifies) name of the input row's column i
     * @param outer  the name of the column i of the row one level out (an index nested loop's
     *               outer row), or null when there is none
     */
    ExprText(IntFunction<String> column, IntFunction<String> outer, TextFormat format) {
        this.column = column;
        this.outer = outer;
        this.format = format == null ? TextFormat.DEFAULT : format;
    }

    /** The conjunction of {@code conds} as one line's text ({@code (a)} or {@code ((a) AND (b))}), or null. */
    String and(List<BoundExpr> conds) {
        List<String> parts = new ArrayList<>();
        for (BoundExpr c : conds) {
            String t = of(c);
            if (t == null) {
                return null;
            }
            parts.add(t);
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")";
    }

    /** {@code (col op value)} for an index condition on column {@code col} of the scanned row. */
    String compare(int col, PgType colType, String op, BoundExpr value) {
        String v = of(value);
        return v == null ? null : "(" + operand(column.apply(col), colType) + " " + op + " " + v + ")";
    }

    String of(BoundExpr e) {
        return switch (e) {
            case ColumnRef c -> column.apply(c.index());
            case Const c -> constant(c.value(), c.type());
            case ParamRef p -> "$" + (p.index() + 1);
            case CompareExpr c -> binary(c.left(), c.op().symbol, c.right());
            case BoolExpr b -> bool(b);
            case InListExpr in -> inList(in);
            case AnyArrayExpr a -> anyArray(a);
            case LikeExpr l -> binary(l.operand(), (l.negated() ? "!" : "") + (l.caseInsensitive() ? "~~*" : "~~"),
                    l.pattern());
            case NullTestExpr n -> nullTest(n);
            case ArithExpr a -> binary(a.left(), String.valueOf(a.op()), a.right());
            case CastExpr c -> cast(c);
            case OuterRef o when outer != null && o.levels() == 1 && o.inner() instanceof ColumnRef c ->
                    outer.apply(c.index());
            default -> e.isConstant() ? folded(e) : null;
        };
    }

    private String binary(BoundExpr l, String op, BoundExpr r) {
        String a = side(l, r);
        String b = side(r, l);
        return a == null || b == null ? null : "(" + a + " " + op + " " + b + ")";
    }

    /** One side of a binary operator: a varchar column shows its cast to text (varchar has text's operators). */
    private String side(BoundExpr e, BoundExpr other) {
        if (e instanceof ColumnRef c) {
            return operand(column.apply(c.index()), c.type());
        }
        return of(e);
    }

    private static String operand(String name, PgType type) {
        return type == Types.VARCHAR ? "(" + name + ")::text" : name;
    }

    private String bool(BoolExpr b) {
        List<String> parts = new ArrayList<>();
        for (BoundExpr a : b.args()) {
            String t = of(a);
            if (t == null) {
                return null;
            }
            parts.add(t);
        }
        if (b.kind() == BoolExpr.Kind.NOT) {
            if (b.args().get(0) instanceof CompareExpr c) {
                // the planner negates the operator, as PostgreSQL's does (NOT (k > 2) is k <= 2)
                return binary(c.left(), negate(c.op()).symbol, c.right());
            }
            return "(NOT " + parts.get(0) + ")";
        }
        return "(" + String.join(b.kind() == BoolExpr.Kind.AND ? " AND " : " OR ", parts) + ")";
    }

    private static CompareExpr.Op negate(CompareExpr.Op op) {
        return switch (op) {
            case EQ -> CompareExpr.Op.NE;
            case NE -> CompareExpr.Op.EQ;
            case LT -> CompareExpr.Op.GE;
            case LE -> CompareExpr.Op.GT;
            case GT -> CompareExpr.Op.LE;
            case GE -> CompareExpr.Op.LT;
        };
    }

    private String nullTest(NullTestExpr n) {
        String c = of(n.child());
        if (c == null) {
            return null;
        }
        String what = switch (n.test()) {
            case NULL -> "NULL";
            case TRUE -> "TRUE";
            case FALSE -> "FALSE";
        };
        return "(" + c + " IS " + (n.negated() ? "NOT " : "") + what + ")";
    }

    private String cast(CastExpr c) {
        if (c.child() instanceof Const) {
            // a literal coerced at bind time shows as a constant of the target type
            try {
                return constant(c.eval(null, new Object[0]), c.type());
            } catch (RuntimeException e) {
                return null;
            }
        }
        String in = of(c.child());
        return in == null ? null : "(" + in + ")::" + c.type().formatWithTypmod(c.typmod());
    }

    /** {@code x = ANY ('{...}'::type[])}: every element a constant of one type. */
    private String inList(InListExpr in) {
        String left = side(in.operand(), null);
        if (left == null) {
            return null;
        }
        if (in.list().size() == 1) {
            // x IN (a) is parsed as x = a
            String v = of(in.list().get(0));
            return v == null ? null : "(" + left + (in.negated() ? " <> " : " = ") + v + ")";
        }
        PgType t = null;
        List<String> elems = new ArrayList<>();
        for (BoundExpr e : in.list()) {
            if (!(e instanceof Const c) || (t != null && c.type() != t)) {
                return null;
            }
            t = c.type();
            elems.add(c.value() == null ? "NULL" : arrayElement(t.formatText(c.value(), format)));
        }
        if (t == null) {
            return null;
        }
        return "(" + left + (in.negated() ? " <> ALL " : " = ANY ") + "(" + quote("{" + String.join(",", elems) + "}")
                + "::" + (t == Types.VARCHAR ? Types.TEXT : t).displayName() + "[]))";
    }

    /** {@code (x op ANY (array))}: a parameter as {@code $n}, a constant array as {@code '{...}'::type[]}. */
    private String anyArray(AnyArrayExpr a) {
        String left = side(a.left(), a.array());
        String arr;
        BoundExpr array = a.array();
        if (array instanceof ParamRef p) {
            arr = "$" + (p.index() + 1);
        } else if (array.isConstant()) {
            arr = folded(array);
            if (arr == null) {
                return null;
            }
        } else {
            return null;
        }
        return left == null ? null : "(" + left + " " + a.op().symbol + (a.all() ? " ALL " : " ANY ") + "(" + arr + "))";
    }

    /** A constant expression as the constant PostgreSQL's planner folds it to, or null when it fails. */
    private String folded(BoundExpr e) {
        try {
            return constant(e.eval(null, new Object[0]), e.type());
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String arrayElement(String s) {
        boolean plain = !s.isEmpty() && !s.equalsIgnoreCase("NULL");
        for (int i = 0; plain && i < s.length(); i++) {
            char ch = s.charAt(i);
            plain = !(ch == ',' || ch == '"' || ch == '\\' || ch == '{' || ch == '}' || Character.isWhitespace(ch));
        }
        return plain ? s : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** PostgreSQL's get_const_expr for a constant of {@code type}. */
    String constant(Object v, PgType type) {
        if (v == null) {
            return "NULL::" + type.displayName();
        }
        String text = type.formatText(v, format);
        if (type == Types.VARCHAR) {
            type = Types.TEXT; // compared as text: PostgreSQL coerces the literal to text
        }
        if (type == Types.BOOL) {
            return Boolean.TRUE.equals(v) ? "true" : "false";
        }
        if (type == Types.INT4 || ((type == Types.INT2 || type == Types.INT8) && fitsInt4(v))) {
            // an integer literal is an int4 constant (cross-type operators keep it one)
            return text.startsWith("-") ? "'" + text + "'::integer" : text;
        }
        if (type == Types.NUMERIC && !text.isEmpty() && Character.isDigit(text.charAt(0))
                && (text.contains(".") || text.contains("e") || text.contains("E"))) {
            return text;
        }
        return quote(text) + "::" + type.displayName();
    }

    private static boolean fitsInt4(Object v) {
        long l = ((Number) v).longValue();
        return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
