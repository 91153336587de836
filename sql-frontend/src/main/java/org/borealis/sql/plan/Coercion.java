package org.borealis.sql.plan;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CastExpr;
import org.borealis.sql.exec.expr.Const;
import org.borealis.sql.exec.expr.ParamRef;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RegType;
import org.borealis.sql.types.Types;

/**
 * Type coercion at bind time: converting a bound expression to a target type in a cast context,
 * settling parameter types, folding constant casts (so a bad literal fails while binding, with its
 * position), and the common type of two operands.
 */
final class Coercion {

    private final PlanContext pc;

    Coercion(PlanContext pc) {
        this.pc = pc;
    }

    /** The expression's type, UNKNOWN for a parameter not yet typed. */
    static PgType typeOf(BoundExpr e) {
        PgType t = e.type();
        return t == null ? Types.UNKNOWN : t;
    }

    static boolean isUnknown(BoundExpr e) {
        return typeOf(e) == Types.UNKNOWN;
    }

    /**
     * Converts {@code e} to {@code target} (applying {@code typmod} when >= 0) or throws 42804/42846
     * when the context allows no such cast.
     */
    BoundExpr coerce(BoundExpr e, PgType target, int typmod, Casts.Context ctx, int pos) {
        if (e instanceof ParamRef p && isUnknown(e)) {
            pc.inferParam(p.index(), target);
            return typmod >= 0 ? new CastExpr(e, target, typmod, ctx == Casts.Context.EXPLICIT) : e;
        }
        PgType from = typeOf(e);
        if ((from == target || sameRowType(from, target)) && (typmod < 0 || typmod == e.typmod())) {
            return e;
        }
        if (target instanceof RegType && Casts.allowed(from, target, ctx)) {
            return SystemFunctions.toReg(e, (RegType) target, pc, pos);
        }
        if (!Casts.allowed(from, target, ctx)) {
            if (ctx == Casts.Context.EXPLICIT) {
                throw new SqlException(SqlState.CANNOT_COERCE, "cannot cast type " + from.displayName() + " to "
                        + target.displayName()).withPosition(pos + 1);
            }
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "column is of type " + target.displayName()
                    + " but expression is of type " + from.displayName()).withPosition(pos + 1)
                    .withHint("You will need to rewrite or cast the expression.");
        }
        BoundExpr cast = new CastExpr(e, target, typmod, ctx == Casts.Context.EXPLICIT);
        if (e instanceof Const) {
            return fold(cast, pos);
        }
        return cast;
    }

    /** Whether both are the row type of one table or view (each whole-row reference has its own instance). */
    static boolean sameRowType(PgType a, PgType b) {
        return a instanceof org.borealis.sql.types.RecordType x && b instanceof org.borealis.sql.types.RecordType y
                && x.isNamed() && x.oid() == y.oid();
    }

    BoundExpr coerce(BoundExpr e, PgType target, Casts.Context ctx, int pos) {
        return coerce(e, target, -1, ctx, pos);
    }

    /** Evaluates a constant expression now, reporting errors at {@code pos}. */
    BoundExpr fold(BoundExpr e, int pos) {
        try {
            ExecContext ctx = new ExecContext(new Object[0], pc.format(), java.time.Instant.now(), null);
            return new Const(e.eval(ctx, new Object[0]), e.type(), e.typmod());
        } catch (SqlException ex) {
            // Like PostgreSQL, only input-syntax errors of a literal point at it; runtime errors do not.
            boolean input = switch (ex.state()) {
                case INVALID_TEXT_REPRESENTATION, INVALID_DATETIME_FORMAT, DATETIME_FIELD_OVERFLOW -> true;
                default -> ex.getMessage() != null && ex.getMessage().startsWith("value \"");
            };
            throw ex.position() == 0 && input ? ex.withPosition(pos + 1) : ex;
        }
    }

    /**
     * The type two operands are compared or combined in: an unknown side takes the other's type;
     * numbers promote (int2 &lt; int4 &lt; int8 &lt; numeric &lt; float4 &lt; float8, float4 mixed with a
     * non-float becomes float8); strings compare as text unless both are bpchar; dates and
     * timestamps promote to the wider. Null when the two do not mix.
     */
    static PgType common(PgType a, PgType b) {
        if (a == b || sameRowType(a, b)) {
            return a == Types.UNKNOWN ? Types.TEXT : a;
        }
        if (a == Types.UNKNOWN) {
            return b;
        }
        if (b == Types.UNKNOWN) {
            return a;
        }
        int ra = Casts.numericRank(a);
        int rb = Casts.numericRank(b);
        if (ra > 0 && rb > 0) {
            PgType hi = ra >= rb ? a : b;
            PgType lo = ra >= rb ? b : a;
            if (hi == Types.FLOAT4 && !(lo instanceof FloatType)) {
                return Types.FLOAT8;
            }
            return hi;
        }
        if (Types.isString(a) && Types.isString(b)) {
            return Types.TEXT;
        }
        if (isDateTime(a) && isDateTime(b)) {
            return dateRank(a) >= dateRank(b) ? a : b;
        }
        if ((a == Types.OID && Types.isInteger(b)) || (b == Types.OID && Types.isInteger(a))) {
            return Types.INT8;
        }
        if (a instanceof RegType || b instanceof RegType) {
            PgType other = a instanceof RegType ? b : a;
            return other == Types.OID || other instanceof RegType || Types.isInteger(other) ? Types.OID : null;
        }
        return null;
    }

    /**
     * The type a set of values is resolved to (PostgreSQL's {@code select_common_type}, for CASE,
     * COALESCE, GREATEST/LEAST, UNION/INTERSECT/EXCEPT, VALUES and ARRAY[]): the first known type
     * is kept unless a later one of the same category is reachable from it by an implicit cast and
     * not back. So numbers take the widest (numeric with real is real, not double precision as
     * when they are compared or combined), an integer with oid is oid, and among strings the first
     * wins (character with text stays character). Other pairs as {@link #common}.
     */
    static PgType unify(PgType a, PgType b) {
        if (a == Types.UNKNOWN && b == Types.UNKNOWN) {
            return Types.UNKNOWN; // callers settle on text once every value was seen
        }
        if (a != b && a != Types.UNKNOWN && b != Types.UNKNOWN) {
            int ra = Casts.numericRank(a);
            int rb = Casts.numericRank(b);
            if (ra > 0 && rb > 0) {
                return ra >= rb ? a : b;
            }
            if ((a == Types.OID && Types.isInteger(b)) || (b == Types.OID && Types.isInteger(a))) {
                return Types.OID;
            }
            if (Types.isString(a) && Types.isString(b)) {
                return a;
            }
        }
        return common(a, b);
    }

    private static boolean isDateTime(PgType t) {
        return t == Types.DATE || t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ;
    }

    private static int dateRank(PgType t) {
        return t == Types.DATE ? 1 : t == Types.TIMESTAMP ? 2 : 3;
    }
}
