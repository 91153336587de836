package org.borealis.sql.exec.expr;

import java.math.BigDecimal;
import java.util.TreeSet;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * An aggregate in a query: count(*), count, sum, avg, min, max (optionally DISTINCT) over one
 * argument expression, with PostgreSQL's result types (sum(int4) is bigint, sum(int8) and avg of
 * integers are numeric, ...).
 */
public record AggregateCall(String name, BoundExpr arg, boolean distinct, PgType type) {

    /** Resolves the result type for an aggregate over an argument type; 42883 when none. */
    public static PgType resultType(String name, PgType argType) {
        return switch (name) {
            case "count" -> Types.INT8;
            case "min", "max" -> argType;
            case "sum" -> {
                if (argType == Types.INT2 || argType == Types.INT4) {
                    yield Types.INT8;
                }
                if (argType == Types.INT8 || argType == Types.NUMERIC) {
                    yield Types.NUMERIC;
                }
                if (argType instanceof FloatType) {
                    yield argType;
                }
                throw noSuch(name, argType);
            }
            case "avg" -> {
                if (argType instanceof IntegerType || argType == Types.NUMERIC) {
                    yield Types.NUMERIC;
                }
                if (argType instanceof FloatType) {
                    yield Types.FLOAT8;
                }
                throw noSuch(name, argType);
            }
            default -> null;
        };
    }

    private static SqlException noSuch(String name, PgType t) {
        return new SqlException(SqlState.UNDEFINED_FUNCTION, "function " + name + "(" + t.displayName() + ") does not exist")
                .withHint("No function matches the given name and argument types. You might need to add explicit type casts.");
    }

    public static boolean isAggregate(String name) {
        return switch (name) {
            case "count", "sum", "avg", "min", "max" -> true;
            default -> false;
        };
    }

    /** A fresh running state for one group. */
    public Accumulator newAccumulator() {
        return new Accumulator(this);
    }

    /** Running state of one aggregate for one group. */
    public static final class Accumulator {
        private final AggregateCall call;
        private final TreeSet<Object> seen;
        private long count;
        private Object acc;

        Accumulator(AggregateCall call) {
            this.call = call;
            this.seen = call.distinct ? new TreeSet<>(call.arg.type()::compare) : null;
        }

        /** Adds one input value ({@code countStar}: count the row regardless). */
        public void add(Object v, boolean countStar) {
            if (countStar) {
                count++;
                return;
            }
            if (v == null) {
                return;
            }
            if (seen != null && !seen.add(v)) {
                return;
            }
            count++;
            PgType t = call.arg.type();
            switch (call.name) {
                case "count" -> {
                }
                case "min" -> acc = acc == null || t.compare(v, acc) < 0 ? v : acc;
                case "max" -> acc = acc == null || t.compare(v, acc) > 0 ? v : acc;
                default -> acc = addTo(acc, v, t);
            }
        }

        private static Object addTo(Object acc, Object v, PgType t) {
            if (t instanceof IntegerType && t != Types.INT8) {
                long s = acc == null ? 0 : (Long) acc;
                return s + ((Number) v).longValue();
            }
            if (t instanceof FloatType) {
                double s = acc == null ? 0 : (Double) acc;
                return s + ((Number) v).doubleValue();
            }
            BigDecimal s = acc == null ? BigDecimal.ZERO : (BigDecimal) acc;
            return s.add(v instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) v).longValue()));
        }

        public Object result() {
            switch (call.name) {
                case "count":
                    return count;
                case "min":
                case "max":
                    return acc;
                case "sum":
                    if (acc == null) {
                        return null;
                    }
                    if (call.type == Types.INT8) {
                        return acc;
                    }
                    if (call.type instanceof FloatType ft) {
                        return ft.box((Double) acc);
                    }
                    return NumericType.normalize((BigDecimal) acc);
                default:
                    if (acc == null) {
                        return null;
                    }
                    if (call.type == Types.FLOAT8) {
                        return (Double) acc / count;
                    }
                    BigDecimal sum = acc instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) acc;
                    return NumericOps.divide(sum, BigDecimal.valueOf(count));
            }
        }
    }
}
