package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * Reads values back out of {@link KeyCodec} keys, for index-only scans. Only types whose key form
 * is the exact value decode: smallint, integer, bigint, boolean, text, varchar, date, timestamp,
 * timestamptz, time, uuid and bytea (the fixed-width ones are their binary form with the sign bit
 * flipped or as is, read back by the type's own {@code readBinary}, as heap rows are; bytea
 * unescapes its 0x00 0xFF pairs); and, given the column's typmod, numeric(p,s) (every stored value
 * has the declared scale s, which the key drops) and character(n) (every stored value is padded
 * to n, the key has no trailing spaces); and float4/float8 but for zero, whose sign the key drops
 * (-0 is keyed as 0: {@link #AMBIGUOUS}, the row is read from the heap). Others lose something in
 * the key: numeric without a declared scale its display scale ({@code 1.50} and {@code 1.5} share
 * a key), bpchar without a length its padding, interval its months/days/time
 * split ({@code 1 mon} and {@code 30 days} share a key), jsonb its text; an index on such a
 * column cannot answer a query without the heap. Stateless.
 */
public final class KeyDecoder {

    private KeyDecoder() {
    }

    /** Whether values of {@code type} can be read back from their ascending key form. */
    public static boolean decodes(PgType type) {
        return type == Types.INT2 || type == Types.INT4 || type == Types.INT8 || type == Types.BOOL
                || type == Types.TEXT || type == Types.VARCHAR || type == Types.DATE || type == Types.TIMESTAMP
                || type == Types.TIMESTAMPTZ || type == Types.TIME || type == Types.UUID || type == Types.BYTEA;
    }

    /**
     * Whether values of a column of {@code type} with {@code typmod} can be read back from their
     * ascending key form: those of {@link #decodes(PgType)}, numeric(p,s) and character(n), and
     * float4/float8, whose keys give the value except for a zero's sign ({@link #AMBIGUOUS}).
     */
    public static boolean decodes(PgType type, int typmod) {
        return decodes(type) || type instanceof FloatType
                || ((type == Types.NUMERIC || type == Types.BPCHAR) && typmod >= 4);
    }

    /**
     * What {@link #decodeColumn(byte[], int[], PgType, int)} gives for a key that does not tell the
     * value: a float zero (0 and -0 share a key, as they compare equal); the row must be read.
     */
    public static final Object AMBIGUOUS = new Object() {
        @Override
        public String toString() {
            return "AMBIGUOUS";
        }
    };

    /**
     * Decodes the ascending key column that starts at {@code at[0]} of {@code key} and advances
     * {@code at[0]} past it, for a column of {@code type} with {@code typmod} ({@link #decodes(PgType, int)}).
     */
    public static Object decodeColumn(byte[] key, int[] at, PgType type, int typmod) {
        if (type == Types.NUMERIC) {
            return numeric(key, at, typmod);
        }
        if (type instanceof FloatType ft) {
            return floating(key, at, ft);
        }
        Object v = decodeColumn(key, at, type == Types.BPCHAR ? Types.TEXT : type);
        if (type == Types.BPCHAR && v != null) {
            return Types.BPCHAR.applyTypmod(v, typmod, true); // padded back to n, as stored
        }
        return v;
    }

    /** A float key column: the double's bits made to sort as unsigned bytes; zero is {@link #AMBIGUOUS}. */
    private static Object floating(byte[] key, int[] at, FloatType type) {
        int p = valueStart(key, at);
        if (p < 0) {
            return null;
        }
        need(key, p, 8);
        long k = (long4(key, p) << 32) | long4(key, p + 4);
        at[0] = p + 8;
        long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
        double d = Double.longBitsToDouble(bits);
        return d == 0 ? AMBIGUOUS : type.box(d);
    }

    /** A numeric(p,s) key column: sign byte, exponent, digits each plus one, a 0; the declared scale put back. */
    private static Object numeric(byte[] key, int[] at, int typmod) {
        int p = valueStart(key, at);
        if (p < 0) {
            return null;
        }
        need(key, p, 1);
        int sign = key[p++] & 0xFF;
        int scale = (short) ((typmod - 4) & 0xFFFF);
        Object v;
        switch (sign) {
            case 0x00 -> v = NumericSpecial.NEG_INF;
            case 0x04 -> v = NumericSpecial.POS_INF;
            case 0x05 -> v = NumericSpecial.NAN;
            case 0x02 -> v = java.math.BigDecimal.ZERO.setScale(scale);
            case 0x01, 0x03 -> {
                int flip = sign == 0x01 ? 0xFF : 0; // a negative value's bytes after the sign are inverted
                need(key, p, 4);
                int exponent = (int) (long4(key, p) ^ (flip == 0 ? 0 : 0xFFFFFFFFL)) ^ 0x80000000;
                p += 4;
                StringBuilder digits = new StringBuilder();
                while (true) {
                    need(key, p, 1);
                    int d = (key[p++] & 0xFF) ^ flip;
                    if (d == 0) {
                        break;
                    }
                    if (d > 10) {
                        throw corrupt();
                    }
                    digits.append((char) ('0' + d - 1));
                }
                if (digits.isEmpty()) {
                    throw corrupt();
                }
                // 0.d1d2...dn x 10^exponent
                java.math.BigDecimal m = new java.math.BigDecimal(new java.math.BigInteger(digits.toString()),
                        digits.length() - exponent);
                try {
                    v = (sign == 0x01 ? m.negate() : m).setScale(scale, java.math.RoundingMode.UNNECESSARY);
                } catch (ArithmeticException e) {
                    throw corrupt(); // more fractional digits than the column's scale allows
                }
            }
            default -> throw corrupt();
        }
        at[0] = p;
        return v;
    }

    /**
     * Decodes the ascending key column that starts at {@code at[0]} of {@code key} and advances
     * {@code at[0]} past it; null for a NULL marker.
     */
    public static Object decodeColumn(byte[] key, int[] at, PgType type) {
        int p = valueStart(key, at);
        if (p < 0) {
            return null;
        }
        Object v;
        if (type == Types.INT2) {
            need(key, p, 2);
            v = (short) ((((key[p] & 0xFF) << 8) | (key[p + 1] & 0xFF)) ^ 0x8000);
            p += 2;
        } else if (type == Types.INT4) {
            need(key, p, 4);
            v = (int) (long4(key, p) ^ 0x80000000L);
            p += 4;
        } else if (type == Types.INT8) {
            need(key, p, 8);
            v = ((long4(key, p) << 32) | long4(key, p + 4)) ^ Long.MIN_VALUE;
            p += 8;
        } else if (type == Types.BOOL) {
            need(key, p, 1);
            v = key[p++] != 0;
        } else if (type == Types.TEXT || type == Types.VARCHAR) {
            int end = p;
            while (end < key.length && key[end] != 0) {
                end++;
            }
            need(key, end, 1);
            v = new String(key, p, end - p, StandardCharsets.UTF_8);
            p = end + 1;
        } else if (type == Types.DATE) {
            v = binary(key, p, 4, true, type);
            p += 4;
        } else if (type == Types.TIMESTAMP || type == Types.TIMESTAMPTZ) {
            v = binary(key, p, 8, true, type);
            p += 8;
        } else if (type == Types.TIME) {
            v = binary(key, p, 8, false, type);
            p += 8;
        } else if (type == Types.UUID) {
            v = binary(key, p, 16, false, type);
            p += 16;
        } else if (type == Types.BYTEA) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (true) {
                need(key, p, 2);
                if (key[p] != 0) {
                    out.write(key[p++]);
                } else if ((key[p + 1] & 0xFF) == 0xFF) {
                    out.write(0);
                    p += 2;
                } else if (key[p + 1] == 1) {
                    p += 2;
                    break;
                } else {
                    throw corrupt();
                }
            }
            v = out.toByteArray();
        } else {
            throw new IllegalArgumentException("keys of type " + type.typname() + " do not decode");
        }
        at[0] = p;
        return v;
    }

    /**
     * Reads the NULL/NOT NULL marker of the key column at {@code at[0]}: -1 for a NULL (with
     * {@code at[0]} moved past it), else where the value starts.
     */
    private static int valueStart(byte[] key, int[] at) {
        int p = at[0];
        need(key, p, 1);
        int marker = key[p++] & 0xFF;
        if (marker == KeyCodec.NULL) {
            at[0] = p;
            return -1;
        }
        if (marker != KeyCodec.NOT_NULL) {
            throw corrupt();
        }
        return p;
    }

    /** The {@code n}-byte key at {@code p} read as the type's binary form (sign bit flipped back when {@code signed}). */
    private static Object binary(byte[] key, int p, int n, boolean signed, PgType type) {
        need(key, p, n);
        byte[] b = java.util.Arrays.copyOfRange(key, p, p + n);
        if (signed) {
            b[0] ^= (byte) 0x80;
        }
        return type.readBinary(ByteSource.ofStored(b));
    }

    private static long long4(byte[] b, int p) {
        return ((b[p] & 0xFFL) << 24) | ((b[p + 1] & 0xFFL) << 16) | ((b[p + 2] & 0xFFL) << 8) | (b[p + 3] & 0xFFL);
    }

    private static void need(byte[] key, int p, int n) {
        if (p + n > key.length) {
            throw corrupt();
        }
    }

    private static SqlException corrupt() {
        return new SqlException(SqlState.DATA_CORRUPTED, "index key does not decode");
    }
}
