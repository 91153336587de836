package org.borealis.sql.exec.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.op.SortOp;
import org.borealis.sql.types.FloatType;
import org.borealis.sql.types.IntegerType;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.NumericSpecial;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * An aggregate in a query: count(*), count, sum, avg, min, max, string_agg, array_agg (of
 * non-array values, NULLs kept), bool_and/bool_or/every (optionally DISTINCT, with FILTER and an ORDER BY of its own) over an argument expression
 * ({@code arg2}: string_agg's delimiter), with PostgreSQL's result types (sum(int4) is bigint,
 * sum(int8) and avg of integers are numeric, sum and avg of intervals are intervals, ...).
 */
public record AggregateCall(String name, BoundExpr arg, boolean distinct, PgType type, BoundExpr arg2, BoundExpr filter,
                            List<SortOp.Key> orderBy) {

    public AggregateCall(String name, BoundExpr arg, boolean distinct, PgType type) {
        this(name, arg, distinct, type, null, null, List.of());
    }

    /** Resolves the result type for an aggregate over an argument type; 42883 when none. */
    public static PgType resultType(String name, PgType argType) {
        return switch (name) {
            case "count" -> Types.INT8;
            case "string_agg" -> {
                if (!Types.isString(argType) && argType != Types.UNKNOWN) {
                    throw noSuch(name, argType);
                }
                yield Types.TEXT;
            }
            case "bool_and", "bool_or", "every" -> {
                if (argType != Types.BOOL) {
                    throw noSuch(name, argType);
                }
                yield Types.BOOL;
            }
            case "min", "max" -> {
                if (argType == Types.JSON || argType == Types.JSONB) {
                    throw noSuch(name, argType);
                }
                yield argType;
            }
            case "array_agg" -> {
                org.borealis.sql.types.ArrayType at = argType instanceof org.borealis.sql.types.ArrayType ? null
                        : Types.arrayOf(argType == Types.UNKNOWN ? Types.TEXT : argType);
                if (at == null) {
                    throw noSuch(name, argType);
                }
                yield at;
            }
            case "json_agg", "json_object_agg" -> Types.JSON;
            case "jsonb_agg", "jsonb_object_agg" -> Types.JSONB;
            case "sum" -> {
                if (argType == Types.INT2 || argType == Types.INT4) {
                    yield Types.INT8;
                }
                if (argType == Types.INT8 || argType == Types.NUMERIC) {
                    yield Types.NUMERIC;
                }
                if (argType instanceof FloatType || argType == Types.INTERVAL) {
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
                if (argType == Types.INTERVAL) {
                    yield Types.INTERVAL;
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
            case "count", "sum", "avg", "min", "max", "string_agg", "array_agg", "bool_and", "bool_or", "every",
                    "json_agg", "jsonb_agg", "json_object_agg", "jsonb_object_agg" -> true;
            default -> false;
        };
    }

    /** A fresh running state for one group. */
    public Accumulator newAccumulator() {
        return new Accumulator(this);
    }

    /** Running state of one aggregate for one group. */
    @SuppressWarnings("unchecked")
    public static final class Accumulator {
        private final AggregateCall call;
        private final TreeSet<Object> seen;
        private long count;
        private Object acc;
        private List<Object[]> buffered;
        private boolean sawNull;

        Accumulator(AggregateCall call) {
            this.call = call;
            this.seen = call.distinct ? new TreeSet<>(call.arg.type()::compare) : null;
            // DISTINCT without ORDER BY also sorts (by the argument), so string_agg/array_agg come out
            // ordered and a float sum adds in PostgreSQL's order; where the order cannot show, the
            // distinct values are counted or folded in as they come
            this.buffered = call.orderBy.isEmpty() && (!call.distinct || orderFree(call)) ? null : new ArrayList<>();
        }

        /** Whether the aggregate's result does not depend on the order of its input values. */
        private static boolean orderFree(AggregateCall call) {
            return switch (call.name) {
                case "count", "min", "max", "bool_and", "bool_or", "every" -> true;
                case "sum", "avg" -> call.arg != null && !(call.arg.type() instanceof FloatType);
                default -> false;
            };
        }

        /** Adds one input value ({@code countStar}: count the row regardless). */
        public void add(Object v, boolean countStar) {
            add(v, null, null, countStar);
        }

        /**
         * Adds one input: the argument value, string_agg's delimiter, and the values of the
         * aggregate's own ORDER BY keys (held until {@link #result} when it has one).
         */
        public void add(Object v, Object v2, Object[] sortValues, boolean countStar) {
            if (buffered != null) {
                buffered.add(new Object[] {v, v2, sortValues, countStar});
                return;
            }
            if (countStar) {
                count++;
                return;
            }
            if (JsonAggregates.is(call.name)) {
                if (seen == null || v == null || seen.add(v)) {
                    acc = JsonAggregates.add(call.name, acc, v, v2);
                }
                return;
            }
            if (call.name.equals("array_agg")) {
                boolean keep = seen == null || (v == null ? !sawNull : seen.add(v)); // DISTINCT keeps one NULL
                if (keep) {
                    sawNull |= v == null;
                    if (acc == null) {
                        acc = new ArrayList<>();
                    }
                    ((List<Object>) acc).add(v);
                }
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
                case "string_agg" -> acc = acc == null ? new StringBuilder((String) v)
                        : ((StringBuilder) acc).append(v2 == null ? "" : (String) v2).append((String) v);
                case "bool_and", "every" -> acc = acc == null ? (Boolean) v : (Boolean) acc && (Boolean) v;
                case "bool_or" -> acc = acc == null ? (Boolean) v : (Boolean) acc || (Boolean) v;
                default -> acc = addTo(acc, v, t);
            }
        }

        private void replay() {
            List<Object[]> rows = buffered;
            buffered = null;
            List<SortOp.Key> keys = call.orderBy;
            if (keys.isEmpty()) {
                PgType t = call.arg.type();
                rows.sort((a, b) -> a[0] == null || b[0] == null ? (a[0] == b[0] ? 0 : a[0] == null ? 1 : -1)
                        : t.compare(a[0], b[0]));
                for (Object[] r : rows) {
                    add(r[0], r[1], null, (Boolean) r[3]);
                }
                return;
            }
            rows.sort((a, b) -> {
                Object[] x = (Object[]) a[2];
                Object[] y = (Object[]) b[2];
                for (int i = 0; i < keys.size(); i++) {
                    int c = SortOp.compare(keys.get(i), x[i], y[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
            for (Object[] r : rows) {
                add(r[0], r[1], null, (Boolean) r[3]);
            }
        }

        private static Object addTo(Object acc, Object v, PgType t) {
            if (t == Types.INTERVAL) {
                return acc == null ? v : ((Interval) acc).plus((Interval) v);
            }
            if (t instanceof IntegerType && t != Types.INT8) {
                long s = acc == null ? 0 : (Long) acc;
                return s + ((Number) v).longValue();
            }
            if (t instanceof FloatType) {
                double s = acc == null ? 0 : (Double) acc;
                return s + ((Number) v).doubleValue();
            }
            Object s = acc == null ? BigDecimal.ZERO : acc;
            return NumericArith.add(s, v instanceof BigDecimal || v instanceof NumericSpecial ? v
                    : BigDecimal.valueOf(((Number) v).longValue()));
        }

        public Object result() {
            if (buffered != null) {
                replay();
            }
            if (JsonAggregates.is(call.name)) {
                return JsonAggregates.result(call.name, acc);
            }
            switch (call.name) {
                case "count":
                    return count;
                case "min":
                case "max":
                case "bool_and":
                case "bool_or":
                case "every":
                    return acc;
                case "string_agg":
                    return acc == null ? null : acc.toString();
                case "array_agg":
                    return acc == null ? null : new org.borealis.sql.types.PgArray(1, (List<Object>) acc);
                case "sum":
                    if (acc == null) {
                        return null;
                    }
                    if (call.type == Types.INT8 || call.type == Types.INTERVAL) {
                        return acc;
                    }
                    if (call.type instanceof FloatType ft) {
                        return ft.box((Double) acc);
                    }
                    return acc instanceof BigDecimal d ? NumericType.normalize(d) : acc;
                default:
                    if (acc == null) {
                        return null;
                    }
                    if (call.type == Types.FLOAT8) {
                        return (Double) acc / count;
                    }
                    if (call.type == Types.INTERVAL) {
                        return ((Interval) acc).divide(count);
                    }
                    Object sum = acc instanceof Long l ? BigDecimal.valueOf(l) : acc;
                    return NumericArith.divide(sum, BigDecimal.valueOf(count));
            }
        }
    }
}
