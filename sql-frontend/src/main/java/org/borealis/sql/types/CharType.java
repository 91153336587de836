package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

/**
 * {@code "char"}: PostgreSQL's one-byte internal type (relkind, contype, ...), held as a String of
 * zero or one character. Input keeps the first byte of its text ({@code ''} is the zero byte,
 * printed as the empty string); binary form is that single byte.
 */
public final class CharType extends StringType {

    @Override
    public int oid() {
        return 18;
    }

    @Override
    public String typname() {
        return "char";
    }

    @Override
    public String displayName() {
        return "\"char\"";
    }

    @Override
    public int typlen() {
        return 1;
    }

    @Override
    public Object parseText(String text) {
        if (text.isEmpty()) {
            return "";
        }
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return b[0] >= 0 ? text.substring(0, 1) : String.valueOf((char) (b[0] & 0xFF));
    }

    @Override
    public Object readBinary(ByteSource in) {
        if (in.remaining() == 0) {
            return "";
        }
        int b = in.get() & 0xFF;
        return b == 0 ? "" : String.valueOf((char) b);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        String s = (String) value;
        out.put(s.isEmpty() ? 0 : s.charAt(0) & 0xFF);
    }
}
