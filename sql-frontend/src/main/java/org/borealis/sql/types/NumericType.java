package org.borealis.sql.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * numeric, held as {@link BigDecimal} with a non-negative scale (PostgreSQL's display scale).
 * The binary form is PostgreSQL's base-10000 digit array. The key form is a sign byte, then for
 * non-zero values a biased decimal exponent and the significant digits (each +1, ended by 0),
 * all inverted for negative values. {@code NaN}, {@code Infinity} and {@code -Infinity} are the
 * {@link NumericSpecial} singletons: binary sign words 0xC000, 0xD000 and 0xF000 as PostgreSQL
 * 14+; key sign bytes 0x00 (-inf), 0x04 (+inf) and 0x05 (NaN) around the finite ones.
 */
public final class NumericType extends PgType {

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10000);

    @Override
    public int oid() {
        return 1700;
    }

    @Override
    public String typname() {
        return "numeric";
    }

    @Override
    public int typlen() {
        return -1;
    }

    @Override
    public Category category() {
        return Category.NUMERIC;
    }

    private static final int SIGN_NAN = 0xC000;
    private static final int SIGN_PINF = 0xD000;
    private static final int SIGN_NINF = 0xF000;

    /** Normalises a scale below zero (1E+3) to a plain integer value. */
    public static BigDecimal normalize(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Whether a numeric value is NaN or an infinity. */
    public static boolean isSpecial(Object v) {
        return v instanceof NumericSpecial;
    }

    /** A generate_series bound or step as a decimal; 22023 "start value cannot be NaN" etc. otherwise. */
    public static BigDecimal finite(Object v, String what) {
        if (v instanceof NumericSpecial sp) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                    what + " cannot be " + (sp.isNaN() ? "NaN" : "infinity"));
        }
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    /** The special value a (trimmed) text names, or null: NaN, [+-]Infinity, [+-]inf, any case. */
    static NumericSpecial special(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        return switch (l) {
            case "nan" -> NumericSpecial.NAN;
            case "infinity", "+infinity", "inf", "+inf" -> NumericSpecial.POS_INF;
            case "-infinity", "-inf" -> NumericSpecial.NEG_INF;
            default -> null;
        };
    }

    @Override
    public Object parseText(String text) {
        String s = text.strip();
        NumericSpecial special = special(s);
        if (special != null) {
            return special;
        }
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            throw invalidText(text);
        }
        return normalize(new BigDecimal(s));
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        if (value instanceof NumericSpecial sp) {
            return sp.toString();
        }
        return normalize((BigDecimal) value).toPlainString();
    }

    public static int typmod(int precision, int scale) {
        return ((precision << 16) | (scale & 0xFFFF)) + 4;
    }

    @Override
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        if (typmod < 4) {
            return value;
        }
        int precision = ((typmod - 4) >> 16) & 0xFFFF;
        int scale = (short) ((typmod - 4) & 0xFFFF);
        if (value instanceof NumericSpecial sp) {
            if (sp.isNaN()) {
                return sp;
            }
            throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .withDetail("A field with precision " + precision + ", scale " + scale + " cannot hold an infinite value.");
        }
        BigDecimal v = ((BigDecimal) value).setScale(scale, RoundingMode.HALF_UP);
        int intDigits = v.precision() - v.scale();
        if (v.signum() != 0 && intDigits > precision - scale) {
            throw new SqlException(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "numeric field overflow")
                    .withDetail("A field with precision " + precision + ", scale " + scale
                            + " must round to an absolute value less than "
                            + (precision == scale ? "1" : "10^" + (precision - scale)) + ".");
        }
        return v;
    }

    @Override
    public String formatWithTypmod(int typmod) {
        if (typmod < 4) {
            return "numeric";
        }
        return "numeric(" + (((typmod - 4) >> 16) & 0xFFFF) + "," + (short) ((typmod - 4) & 0xFFFF) + ")";
    }

    @Override
    public Object readBinary(ByteSource in) {
        int ndigits = in.getShort();
        int weight = in.getShort();
        int sign = in.getShort() & 0xFFFF;
        int dscale = in.getShort();
        if (sign == SIGN_NAN || sign == SIGN_PINF || sign == SIGN_NINF) {
            return sign == SIGN_NAN ? NumericSpecial.NAN : NumericSpecial.infinity(sign == SIGN_PINF ? 1 : -1);
        }
        if (ndigits < 0 || dscale < 0 || (sign != 0 && sign != 0x4000)) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid sign in external \"numeric\" value");
        }
        BigInteger acc = BigInteger.ZERO;
        for (int i = 0; i < ndigits; i++) {
            int d = in.getShort();
            if (d < 0 || d >= 10000) {
                throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "invalid digit in external \"numeric\" value");
            }
            acc = acc.multiply(TEN_THOUSAND).add(BigInteger.valueOf(d));
        }
        // value = acc * 10000^(weight - ndigits + 1)
        BigDecimal v = new BigDecimal(acc, -4 * (weight - ndigits + 1));
        if (sign == 0x4000) {
            v = v.negate();
        }
        return v.setScale(dscale, RoundingMode.HALF_UP);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        if (value instanceof NumericSpecial sp) {
            int sign = sp.isNaN() ? SIGN_NAN : sp.signum() > 0 ? SIGN_PINF : SIGN_NINF;
            out.putShort(0).putShort(0).putShort(sign).putShort(0);
            return;
        }
        BigDecimal v = normalize((BigDecimal) value);
        int dscale = v.scale();
        String plain = v.unscaledValue().abs().toString();
        String intPart = plain.length() > dscale ? plain.substring(0, plain.length() - dscale) : "";
        String frac = plain.length() > dscale ? plain.substring(plain.length() - dscale)
                : "0".repeat(dscale - plain.length()) + plain;
        intPart = "0".repeat((4 - intPart.length() % 4) % 4) + intPart;
        frac = frac + "0".repeat((4 - frac.length() % 4) % 4);
        String all = intPart + frac;
        int n = all.length() / 4;
        int[] groups = new int[n];
        for (int i = 0; i < n; i++) {
            groups[i] = Integer.parseInt(all, i * 4, i * 4 + 4, 10);
        }
        int weight = intPart.length() / 4 - 1;
        int first = 0;
        while (first < n && groups[first] == 0) {
            first++;
            weight--;
        }
        int last = n;
        while (last > first && groups[last - 1] == 0) {
            last--;
        }
        if (first == last) {
            weight = 0;
        }
        out.putShort(last - first).putShort(weight).putShort(v.signum() < 0 ? 0x4000 : 0).putShort(dscale);
        for (int i = first; i < last; i++) {
            out.putShort(groups[i]);
        }
    }

    @Override
    public int compare(Object a, Object b) {
        int ra = NumericSpecial.rank(a);
        int rb = NumericSpecial.rank(b);
        if (ra != 1 || rb != 1) {
            return Integer.compare(ra, rb);
        }
        return ((BigDecimal) a).compareTo((BigDecimal) b);
    }

    @Override
    public int hash(Object value) {
        if (value instanceof NumericSpecial sp) {
            return sp.toString().hashCode();
        }
        BigDecimal v = (BigDecimal) value;
        return v.signum() == 0 ? 0 : v.stripTrailingZeros().hashCode();
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        if (value instanceof NumericSpecial sp) {
            out.put(sp.isNaN() ? 0x05 : sp.signum() > 0 ? 0x04 : 0x00);
            return;
        }
        BigDecimal v = (BigDecimal) value;
        if (v.signum() == 0) {
            out.put(0x02);
            return;
        }
        BigDecimal m = v.abs().stripTrailingZeros();
        String digits = m.unscaledValue().toString();
        int exponent = digits.length() - m.scale();
        out.put(v.signum() < 0 ? 0x01 : 0x03);
        int from = out.length();
        out.putInt(exponent ^ 0x80000000);
        for (int i = 0; i < digits.length(); i++) {
            out.put(digits.charAt(i) - '0' + 1);
        }
        out.put(0);
        if (v.signum() < 0) {
            out.invertFrom(from);
        }
    }
}
