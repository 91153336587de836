package org.borealis.sql.plan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.SetFunction;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.DateTimeMath;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * {@code generate_series(start, stop, step interval)} over timestamp or timestamptz (dates and a
 * mix with timestamptz resolve to timestamptz, as PostgreSQL's preferred type): each value is the
 * previous plus the step (so month steps from the 31st stay clamped), timestamptz in the session
 * time zone; 22023 for a zero step.
 */
final class TimestampSeries {

    private TimestampSeries() {
    }

    /** Whether these arguments call the timestamp form. */
    static boolean applies(List<BoundExpr> args) {
        if (args.size() != 3) {
            return false;
        }
        for (int i = 0; i < 2; i++) {
            PgType t = Coercion.typeOf(args.get(i));
            if (t == Types.DATE || t == Types.TIMESTAMP || t == Types.TIMESTAMPTZ) {
                return true;
            }
        }
        return false;
    }

    static SetFunction bind(List<BoundExpr> args, Coercion co, int pos) {
        PgType a = Coercion.typeOf(args.get(0));
        PgType b = Coercion.typeOf(args.get(1));
        PgType t = a == Types.TIMESTAMP && (b == Types.TIMESTAMP || b == Types.UNKNOWN)
                || b == Types.TIMESTAMP && a == Types.UNKNOWN ? Types.TIMESTAMP : Types.TIMESTAMPTZ;
        List<BoundExpr> bound = List.of(co.coerce(args.get(0), t, Casts.Context.IMPLICIT, pos),
                co.coerce(args.get(1), t, Casts.Context.IMPLICIT, pos),
                co.coerce(args.get(2), Types.INTERVAL, Casts.Context.IMPLICIT, pos));
        boolean tz = t == Types.TIMESTAMPTZ;
        return new SetFunction("generate_series", bound, List.of("generate_series"), List.of(t),
                (c, v) -> tz ? instants(c, (Instant) v[0], (Instant) v[1], (Interval) v[2])
                        : locals(c, (LocalDateTime) v[0], (LocalDateTime) v[1], (Interval) v[2]), t);
    }

    private static int sign(Interval step) {
        int s = step.compareTo(Interval.ZERO);
        if (s == 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "step size cannot equal zero");
        }
        return s;
    }

    private static List<Object[]> locals(ExecContext c, LocalDateTime cur, LocalDateTime stop, Interval step) {
        int sign = sign(step);
        List<Object[]> rows = new ArrayList<>();
        while (sign > 0 ? !cur.isAfter(stop) : !cur.isBefore(stop)) {
            c.checkCancel();
            rows.add(new Object[] {cur});
            cur = DateTimeMath.plus(cur, step);
        }
        return rows;
    }

    private static List<Object[]> instants(ExecContext c, Instant cur, Instant stop, Interval step) {
        int sign = sign(step);
        List<Object[]> rows = new ArrayList<>();
        while (sign > 0 ? !cur.isAfter(stop) : !cur.isBefore(stop)) {
            c.checkCancel();
            rows.add(new Object[] {cur});
            cur = DateTimeMath.plus(cur, step, c.format().zone());
        }
        return rows;
    }
}
