package org.borealis.sql.types;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The session settings that change how values print: TimeZone (timestamptz) and
 * extra_float_digits (float4/float8). DateStyle is always ISO, MDY and bytea_output hex.
 */
public record TextFormat(ZoneId zone, int extraFloatDigits) {

    public static final TextFormat DEFAULT = new TextFormat(ZoneOffset.UTC, 1);
}
