package org.borealis.sql.types;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * float4 and float8 ({@code real}, {@code double precision}), held as {@link Float} and
 * {@link Double}. Output follows PostgreSQL 12+: the shortest exact representation when
 * extra_float_digits &gt; 0 (the digits PostgreSQL's Ryu gives, {@link ShortestDecimal}), else {@code %g} with DBL_DIG/FLT_DIG plus extra_float_digits digits.
 * NaN equals NaN and sorts above every number; -0 equals 0.
 */
public final class FloatType extends PgType {

    private final boolean single;

    FloatType(boolean single) {
        this.single = single;
    }

    @Override
    public int oid() {
        return single ? 700 : 701;
    }

    @Override
    public String typname() {
        return single ? "float4" : "float8";
    }

    @Override
    public String displayName() {
        return single ? "real" : "double precision";
    }

    @Override
    public int typlen() {
        return single ? 4 : 8;
    }

    @Override
    public Category category() {
        return Category.NUMERIC;
    }

    /** Boxes a double into this type, checking float4 overflow. */
    public Object box(double d) {
        if (single) {
            float f = (float) d;
            if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
            }
            if (f == 0 && d != 0) {
                throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
            }
            return f;
        }
        return d;
    }

    @Override
    public Object parseText(String text) {
        String s = text.strip();
        String l = s.toLowerCase(java.util.Locale.ROOT);
        double d;
        switch (l) {
            case "nan" -> d = Double.NaN;
            case "infinity", "+infinity", "inf", "+inf" -> d = Double.POSITIVE_INFINITY;
            case "-infinity", "-inf" -> d = Double.NEGATIVE_INFINITY;
            default -> {
                if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                    throw invalidText(text);
                }
                d = single ? Float.parseFloat(s) : Double.parseDouble(s); // float4: one rounding, as strtof
                boolean zeroText = new BigDecimal(s).signum() == 0;
                if (Double.isInfinite(d) || (d == 0 && !zeroText)
                        || (single && (Float.isInfinite((float) d) || ((float) d == 0 && !zeroText)))) {
                    throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                            "\"" + text + "\" is out of range for type " + displayName());
                }
            }
        }
        return single ? (Object) (float) d : (Object) d;
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        double d = ((Number) value).doubleValue();
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        int dig = single ? 6 : 15;
        BigDecimal bd;
        if (format.extraFloatDigits() > 0) {
            bd = single ? ShortestDecimal.of(((Number) value).floatValue()) : ShortestDecimal.of(d);
            if (d < 0) {
                bd = bd.negate();
            }
        } else {
            int prec = Math.max(1, dig + format.extraFloatDigits());
            bd = new BigDecimal(d).round(new MathContext(prec, RoundingMode.HALF_EVEN));
            return formatG(bd.stripTrailingZeros(), prec); // %.{prec}g: exponent form from 10^prec
        }
        return formatG(bd.stripTrailingZeros(), dig);
    }

    /** C's {@code %g} layout for an already-rounded decimal: exponent form below 1e-4 or at 10^dig. */
    static String formatG(BigDecimal bd, int dig) {
        String digits = bd.unscaledValue().abs().toString();
        int exp = digits.length() - 1 - bd.scale();
        String sign = bd.signum() < 0 ? "-" : "";
        if (exp < -4 || exp >= dig) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = Integer.toString(Math.abs(exp));
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
        }
        return sign + bd.abs().toPlainString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        Object v = single ? (Object) Float.intBitsToFloat(in.getInt()) : (Object) Double.longBitsToDouble(in.getLong());
        if (in.remaining() != 0) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "incorrect binary data format");
        }
        return v;
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        if (single) {
            out.putInt(Float.floatToIntBits(((Number) value).floatValue()));
        } else {
            out.putLong(Double.doubleToLongBits(((Number) value).doubleValue()));
        }
    }

    @Override
    public int compare(Object a, Object b) {
        double x = ((Number) a).doubleValue();
        double y = ((Number) b).doubleValue();
        if (x == y) {
            return 0;
        }
        return Double.compare(x, y);
    }

    @Override
    public int hash(Object value) {
        double d = ((Number) value).doubleValue();
        return d == 0 ? 0 : Double.hashCode(d);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        double d = ((Number) value).doubleValue();
        if (d == 0) {
            d = 0.0;
        }
        long bits = Double.doubleToLongBits(d);
        out.putLong(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
    }
}
