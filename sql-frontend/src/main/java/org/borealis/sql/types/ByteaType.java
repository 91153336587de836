package org.borealis.sql.types;

import java.util.Arrays;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * bytea, held as {@code byte[]}. Text output is hex ({@code \x0a1b}); input accepts hex and the
 * escape format. The key form escapes 0x00 as 0x00 0xFF and ends with 0x00 0x01.
 */
public final class ByteaType extends PgType {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public int oid() {
        return 17;
    }

    @Override
    public String typname() {
        return "bytea";
    }

    @Override
    public int typlen() {
        return -1;
    }

    @Override
    public Category category() {
        return Category.BINARY;
    }

    @Override
    public Object parseText(String text) {
        if (text.startsWith("\\x")) {
            ByteSink out = new ByteSink(text.length() / 2);
            int i = 2;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                if (i + 1 >= text.length()) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal data: odd number of digits");
                }
                int hi = Character.digit(c, 16);
                int lo = Character.digit(text.charAt(i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \""
                            + (hi < 0 ? c : text.charAt(i + 1)) + "\"");
                }
                out.put(hi << 4 | lo);
                i += 2;
            }
            return out.toByteArray();
        }
        ByteSink out = new ByteSink(text.length());
        byte[] src = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int i = 0; i < src.length; i++) {
            if (src[i] != '\\') {
                out.put(src[i]);
            } else if (i + 1 < src.length && src[i + 1] == '\\') {
                out.put('\\');
                i++;
            } else if (i + 3 < src.length && isOct(src[i + 1]) && isOct(src[i + 2]) && isOct(src[i + 3])
                    && src[i + 1] <= '3') {
                out.put(((src[i + 1] - '0') << 6) | ((src[i + 2] - '0') << 3) | (src[i + 3] - '0'));
                i += 3;
            } else {
                throw invalidText(text);
            }
        }
        return out.toByteArray();
    }

    private static boolean isOct(byte b) {
        return b >= '0' && b <= '7';
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        byte[] b = (byte[]) value;
        char[] out = new char[2 + b.length * 2];
        out[0] = '\\';
        out[1] = 'x';
        for (int i = 0; i < b.length; i++) {
            out[2 + 2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[3 + 2 * i] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    @Override
    public Object readBinary(ByteSource in) {
        return in.getBytes(in.remaining());
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.put((byte[]) value);
    }

    @Override
    public int compare(Object a, Object b) {
        return Arrays.compareUnsigned((byte[]) a, (byte[]) b);
    }

    @Override
    public boolean equal(Object a, Object b) {
        return Arrays.equals((byte[]) a, (byte[]) b);
    }

    @Override
    public int hash(Object value) {
        return Arrays.hashCode((byte[]) value);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        for (byte x : (byte[]) value) {
            out.put(x);
            if (x == 0) {
                out.put(0xFF);
            }
        }
        out.put(0).put(1);
    }
}
