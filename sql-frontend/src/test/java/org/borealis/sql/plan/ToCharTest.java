package org.borealis.sql.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.Interval;
import org.borealis.sql.types.Types;
import org.junit.jupiter.api.Test;

/**
 * to_char patterns Borealis does not implement must fail with 0A000 naming the pattern, never
 * print something PostgreSQL would not (the implemented ones are checked against PostgreSQL in
 * {@code sql/datetime.sql}).
 */
class ToCharTest {

    private static final ToChar.Fields TS = ToChar.Fields.of(LocalDateTime.of(2020, 5, 7, 13, 4, 9), null, null);

    private static void refused(Runnable r, String pattern) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(SqlException.class, e -> {
            assertThat(e.state()).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED);
            assertThat(e.getMessage()).contains("\"" + pattern + "\"");
        });
    }

    @Test
    void unsupportedPatternsAreRefusedByName() {
        refused(() -> ToChar.format(TS, "DDSP"), "DDSP");
        refused(() -> ToChar.format(TS, "TMMonth"), "TM");
        refused(() -> ToChar.format(ToChar.Fields.of(new Interval(0, 1, 0)), "Month"), "Month");
        refused(() -> ToCharNumber.format(new BigDecimal("485"), Types.NUMERIC, "999RN"), "RN");
        refused(() -> ToCharNumber.format(new BigDecimal("485"), Types.NUMERIC, "PL999"), "PL");
        refused(() -> ToCharNumber.format(12, Types.INT4, "99V9"), "V");
        refused(() -> ToCharNumber.format(1.5, Types.FLOAT8, "9.99EEEE"), "EEEE");
    }

    @Test
    void literalTextAndEscapesAreCopied() {
        assertThat(ToChar.format(TS, "\"YYYY is \"YYYY \\\"x")).isEqualTo("YYYY is 2020 \"x");
        assertThat(ToChar.format(TS, "FMHH12:MI am")).isEqualTo("1:04 pm");
    }
}
