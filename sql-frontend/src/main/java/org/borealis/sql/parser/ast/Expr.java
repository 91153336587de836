package org.borealis.sql.parser.ast;

import java.util.List;

/**
 * Expression nodes. Every node carries {@code pos}, its 0-based character offset in the query
 * text, so an error can point at it (the wire layer reports offset + 1).
 */
public sealed interface Expr {

    int pos();

    /** A constant as written: integer, decimal or string text, true/false, or NULL. */
    record Literal(Kind kind, String text, int pos) implements Expr {
        public enum Kind { INTEGER, DECIMAL, STRING, BOOLEAN, NULL }
    }

    /** {@code $n}, 1-based. */
    record Param(int index, int pos) implements Expr {
    }

    /** {@code col}, {@code t.col} or {@code schema.t.col}, names already case-folded. */
    record ColumnRef(List<String> names, int pos) implements Expr {
        public String column() {
            return names.get(names.size() - 1);
        }

        public String qualifier() {
            return names.size() > 1 ? names.get(names.size() - 2) : null;
        }
    }

    /** {@code *} or {@code t.*} where an expression list allows it. */
    record Star(String qualifier, int pos) implements Expr {
    }

    /**
     * {@code name(args)}; {@code star} for {@code count(*)}; {@code orderBy} the ORDER BY inside an
     * aggregate's parentheses (empty when none).
     */
    record FuncCall(List<String> name, List<Expr> args, boolean distinct, boolean star, Expr filter,
                    WindowSpec over, List<SortItem> orderBy, int pos) implements Expr {
        public FuncCall {
            orderBy = orderBy == null ? List.of() : orderBy;
        }

        public FuncCall(List<String> name, List<Expr> args, boolean distinct, boolean star, Expr filter,
                        WindowSpec over, int pos) {
            this(name, args, distinct, star, filter, over, List.of(), pos);
        }

        public String simpleName() {
            return name.get(name.size() - 1);
        }
    }

    /** {@code OVER (PARTITION BY ... ORDER BY ... [frame])}; {@code frame} null for the default. */
    record WindowSpec(List<Expr> partitionBy, List<SortItem> orderBy, Frame frame) {
        public WindowSpec(List<Expr> partitionBy, List<SortItem> orderBy) {
            this(partitionBy, orderBy, null);
        }
    }

    /** A window frame: {@code ROWS|RANGE|GROUPS BETWEEN start AND end [EXCLUDE ...]}. */
    record Frame(FrameMode mode, FrameBound start, FrameBound end, FrameExclusion exclusion, int pos) {
    }

    /** Frame units. */
    enum FrameMode { ROWS, RANGE, GROUPS }

    /** What a frame leaves out of itself. */
    enum FrameExclusion { NO_OTHERS, CURRENT_ROW, GROUP, TIES }

    /** One end of a frame; {@code offset} for the PRECEDING/FOLLOWING kinds with an offset. */
    record FrameBound(Kind kind, Expr offset) {
        /** Bound kinds, in frame order. */
        public enum Kind { UNBOUNDED_PRECEDING, PRECEDING, CURRENT_ROW, FOLLOWING, UNBOUNDED_FOLLOWING }
    }

    /** {@code -x}, {@code +x}. */
    record Unary(String op, Expr operand, int pos) implements Expr {
    }

    /** Arithmetic, comparison and other binary operators, by their symbol. */
    record Binary(String op, Expr left, Expr right, int pos) implements Expr {
    }

    /** {@code x op ANY/ALL (...)}. */
    record Quantified(String op, String quantifier, Expr left, Expr right, int pos) implements Expr {
    }

    record And(Expr left, Expr right, int pos) implements Expr {
    }

    record Or(Expr left, Expr right, int pos) implements Expr {
    }

    record Not(Expr operand, int pos) implements Expr {
    }

    /** {@code IS [NOT] NULL}. */
    record IsNull(Expr operand, boolean negated, int pos) implements Expr {
    }

    /** {@code IS [NOT] TRUE/FALSE/UNKNOWN}; {@code value} null for UNKNOWN. */
    record IsBool(Expr operand, Boolean value, boolean negated, int pos) implements Expr {
    }

    record IsDistinct(Expr left, Expr right, boolean negated, int pos) implements Expr {
    }

    record Between(Expr operand, Expr low, Expr high, boolean negated, boolean symmetric, int pos)
            implements Expr {
    }

    record InList(Expr operand, List<Expr> list, boolean negated, int pos) implements Expr {
    }

    record InSubquery(Expr operand, Query query, boolean negated, int pos) implements Expr {
    }

    record Like(Expr operand, Expr pattern, Expr escape, boolean negated, boolean caseInsensitive, int pos)
            implements Expr {
    }

    record Cast(Expr operand, TypeName type, int pos) implements Expr {
    }

    record Case(Expr operand, List<When> whens, Expr otherwise, int pos) implements Expr {
    }

    record When(Expr condition, Expr result) {
    }

    record ScalarSubquery(Query query, int pos) implements Expr {
    }

    record Exists(Query query, int pos) implements Expr {
    }

    /** {@code ROW(a, b)} or {@code (a, b)}. */
    record RowConstructor(List<Expr> items, int pos) implements Expr {
    }

    record ArrayConstructor(List<Expr> items, int pos) implements Expr {
    }

    record Subscript(Expr operand, Expr index, int pos) implements Expr {
    }

    /**
     * The new value of a jsonb column in {@code SET doc['a'][0] = value}: {@code base} (the column,
     * or the previous subscripted assignment to it in the same SET list) with the element the
     * subscripts name set to {@code value}.
     */
    record SubscriptAssign(String column, Expr base, List<Expr> subscripts, Expr value, int pos) implements Expr {
    }

    /** {@code ARRAY(subquery)}: the subquery's one column collected into an array. */
    record ArraySubquery(Query query, int pos) implements Expr {
    }

    /** {@code (composite).field}. */
    record FieldSelect(Expr operand, String field, int pos) implements Expr {
        /** The field name of {@code (expr).*} in a select list, which stands for all its fields. */
        public static final String ALL = "\u0000*";
    }

    /** CURRENT_TIMESTAMP, CURRENT_USER and the other SQL-standard niladic functions. */
    record SpecialValue(String name, int pos) implements Expr {
    }

    /** {@code expr COLLATE name}: accepted for the collations that exist (C, POSIX, default). */
    record Collate(Expr operand, List<String> collation, int pos) implements Expr {
    }

    /** {@code DEFAULT} in VALUES or SET. */
    record Default(int pos) implements Expr {
    }
}
