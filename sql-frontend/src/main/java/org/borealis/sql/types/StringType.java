package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

/**
 * The string types' shared behaviour: values are {@link String}, compared by Unicode code point
 * (the "C" collation, which is also UTF-8 byte order), binary form is UTF-8, key form is the
 * UTF-8 bytes ended by a zero byte (PostgreSQL strings never contain NUL).
 */
public abstract class StringType extends PgType {

    @Override
    public int typlen() {
        return -1;
    }

    @Override
    public Category category() {
        return Category.STRING;
    }

    @Override
    public Object parseText(String text) {
        return text;
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return (String) value;
    }

    @Override
    public Object readBinary(ByteSource in) {
        return in.getUtf8(in.remaining());
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putUtf8((String) value);
    }

    /** The string as compared: bpchar drops trailing spaces. */
    protected String comparable(String s) {
        return s;
    }

    @Override
    public int compare(Object a, Object b) {
        return compareCodePoints(comparable((String) a), comparable((String) b));
    }

    @Override
    public int hash(Object value) {
        return comparable((String) value).hashCode();
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.put(comparable((String) value).getBytes(StandardCharsets.UTF_8));
        out.put(0);
    }

    /** Compares by code point, which matches UTF-8 byte order (String.compareTo does not). */
    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Length in characters (code points), as PostgreSQL counts them. */
    public static int charLength(String s) {
        return s.codePointCount(0, s.length());
    }

    /** The first {@code n} characters (code points). */
    public static String truncate(String s, int n) {
        return s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** Drops trailing spaces (bpchar's insignificant padding). */
    public static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }
}
