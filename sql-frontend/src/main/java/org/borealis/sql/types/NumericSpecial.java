package org.borealis.sql.types;

/**
 * The three numeric values that are not decimals: {@code NaN}, {@code Infinity} and
 * {@code -Infinity} (PostgreSQL 14+). A numeric value is either a {@link java.math.BigDecimal} or
 * one of these singletons. Order: {@code -Infinity} &lt; every decimal &lt; {@code Infinity} &lt;
 * {@code NaN}, and NaN equals NaN. As a {@link Number} each gives its double (NaN, ±infinity), so
 * conversions to float4/float8 need no special case.
 */
public final class NumericSpecial extends Number {

    private static final long serialVersionUID = 1L;

    public static final NumericSpecial NEG_INF = new NumericSpecial("-Infinity", Double.NEGATIVE_INFINITY, -1, 0);
    public static final NumericSpecial POS_INF = new NumericSpecial("Infinity", Double.POSITIVE_INFINITY, 1, 2);
    public static final NumericSpecial NAN = new NumericSpecial("NaN", Double.NaN, 0, 3);

    private final String text;
    private final double value;
    private final int signum;
    private final int rank;

    private NumericSpecial(String text, double value, int signum, int rank) {
        this.text = text;
        this.value = value;
        this.signum = signum;
        this.rank = rank;
    }

    /** The rank of any numeric value in the total order: -inf 0, decimals 1, +inf 2, NaN 3. */
    static int rank(Object v) {
        return v instanceof NumericSpecial s ? s.rank : 1;
    }

    public boolean isNaN() {
        return this == NAN;
    }

    public boolean isInfinite() {
        return this != NAN;
    }

    /** -1, 1, or 0 for NaN. */
    public int signum() {
        return signum;
    }

    /** The infinity of this sign (1 or -1). */
    public static NumericSpecial infinity(int sign) {
        return sign < 0 ? NEG_INF : POS_INF;
    }

    /** The special for a non-finite double, or null for a finite one. */
    public static NumericSpecial of(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        return Double.isInfinite(d) ? infinity(d > 0 ? 1 : -1) : null;
    }

    @Override
    public int intValue() {
        return (int) value;
    }

    @Override
    public long longValue() {
        return (long) value;
    }

    @Override
    public float floatValue() {
        return (float) value;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public String toString() {
        return text;
    }

    private Object readResolve() {
        return this == NAN || Double.isNaN(value) ? NAN : infinity(signum);
    }
}
