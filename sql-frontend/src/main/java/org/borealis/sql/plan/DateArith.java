package org.borealis.sql.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.DateTimeInfinity;
import org.borealis.sql.types.Types;

/** date ± integer (days; infinite dates stay infinite) and date - date (days between; 22008 for an infinite one). */
final class DateArith {

    private DateArith() {
    }

    static BoundExpr plusDays(BoundExpr date, BoundExpr days, boolean minus) {
        return new FuncExpr(minus ? "date_mii" : "date_pli", List.of(date, days), Types.DATE,
                (c, v) -> DateTimeInfinity.isInfinite(v[0]) ? v[0]
                        : ((LocalDate) v[0]).plusDays(minus ? -(Integer) v[1] : (Integer) v[1]), true, false);
    }

    static BoundExpr daysBetween(BoundExpr a, BoundExpr b) {
        return new FuncExpr("date_mi", List.of(a, b), Types.INT4,
                (c, v) -> {
                    if (DateTimeInfinity.isInfinite(v[0]) || DateTimeInfinity.isInfinite(v[1])) {
                        throw DateTimeInfinity.cannotSubtract(true);
                    }
                    return (int) ChronoUnit.DAYS.between((LocalDate) v[1], (LocalDate) v[0]);
                }, true, false);
    }
}
