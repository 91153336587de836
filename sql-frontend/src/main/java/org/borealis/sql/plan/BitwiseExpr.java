package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * The integer bitwise operators {@code &}, {@code |}, {@code #} (xor), {@code <<} and {@code >>}
 * on smallint, integer and bigint, with PostgreSQL's types: both sides in their common integer type
 * (the shifts take an integer count and keep the left side's type).
 */
final class BitwiseExpr {

    private BitwiseExpr() {
    }

    /** The bound operator, or null when {@code op} is not one of these or the operands are not integers. */
    static BoundExpr bind(String op, BoundExpr l, BoundExpr r, Coercion co, int pos) {
        if (!List.of("&", "|", "#", "<<", ">>").contains(op)) {
            return null;
        }
        PgType lt = Coercion.typeOf(l) == Types.UNKNOWN ? Types.INT4 : Coercion.typeOf(l);
        PgType rt = Coercion.typeOf(r) == Types.UNKNOWN ? Types.INT4 : Coercion.typeOf(r);
        if (!(lt instanceof IntegerType) || !(rt instanceof IntegerType)) {
            return null;
        }
        boolean shift = op.equals("<<") || op.equals(">>");
        IntegerType t = (IntegerType) (shift ? lt : Coercion.common(lt, rt));
        BoundExpr a = co.coerce(l, t, Casts.Context.IMPLICIT, pos);
        BoundExpr b = co.coerce(r, shift ? Types.INT4 : t, Casts.Context.IMPLICIT, pos);
        int bits = t == Types.INT2 ? 16 : t == Types.INT4 ? 32 : 64;
        return new FuncExpr(op, List.of(a, b), t, (c, v) -> {
            long x = ((Number) v[0]).longValue();
            long y = ((Number) v[1]).longValue();
            long out = switch (op) {
                case "&" -> x & y;
                case "|" -> x | y;
                case "#" -> x ^ y;
                case "<<" -> x << y;
                default -> x >> y;
            };
            if (shift) {
                out = bits == 64 ? out : bits == 32 ? (int) out : (short) out;
            }
            return t.box(out);
        }, true, false);
    }
}
