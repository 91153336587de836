package org.borealis.sql.plan;

import org.borealis.sql.parser.ast.Expr;

/** The column name PostgreSQL gives an unaliased select item (FigureColname). */
public final class ResultNames {

    private ResultNames() {
    }

    public static String of(Expr e) {
        return switch (e) {
            case Expr.ColumnRef c -> c.column();
            case Expr.FuncCall f -> f.simpleName();
            case Expr.FieldSelect f -> f.field();
            case Expr.Subscript s -> of(s.operand());
            case Expr.SubscriptAssign s -> s.column();
            case Expr.ArrayConstructor a -> "array";
            case Expr.Cast c -> {
                String inner = of(c.operand());
                yield inner.equals("?column?") || namedByType(c.operand()) ? typeLabel(c) : inner;
            }
            case Expr.Case c -> "case";
            case Expr.SpecialValue s -> s.name();
            case Expr.Exists x -> "exists";
            case Expr.RowConstructor r -> "row";
            case Expr.Collate c -> of(c.operand());
            case Expr.ScalarSubquery q -> subquery(q.query().body());
            case Expr.Literal l when l.kind() == Expr.Literal.Kind.BOOLEAN -> "bool";
            default -> "?column?";
        };
    }

    private static String subquery(org.borealis.sql.parser.ast.QueryBody b) {
        return switch (b) {
            case org.borealis.sql.parser.ast.QueryBody.Select s when !s.items().isEmpty() -> {
                org.borealis.sql.parser.ast.QueryBody.SelectItem i = s.items().get(0);
                yield i.alias() != null ? i.alias() : i.expr() instanceof Expr.Star ? "?column?" : of(i.expr());
            }
            case org.borealis.sql.parser.ast.QueryBody.SetOp o -> subquery(o.left());
            case org.borealis.sql.parser.ast.QueryBody.Nested n -> subquery(n.query().body());
            default -> "?column?";
        };
    }

    /** A cast whose own name is its type's (a weak name an outer cast replaces, as FigureColname ranks them). */
    private static boolean namedByType(Expr e) {
        return e instanceof Expr.Cast c && (of(c.operand()).equals("?column?") || namedByType(c.operand()));
    }

    private static String typeLabel(Expr.Cast c) {
        String n = c.type().name();
        return switch (n) {
            case "int", "integer", "int4" -> "int4";
            case "bigint" -> "int8";
            case "smallint" -> "int2";
            case "double precision", "float" -> "float8";
            case "real" -> "float4";
            case "boolean" -> "bool";
            case "decimal" -> "numeric";
            case "character varying" -> "varchar";
            default -> n;
        };
    }
}
