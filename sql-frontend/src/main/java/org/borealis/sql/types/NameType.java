package org.borealis.sql.types;

/** name: a catalog identifier, at most 63 bytes. */
public final class NameType extends StringType {

    @Override
    public int oid() {
        return 19;
    }

    @Override
    public String typname() {
        return "name";
    }

    @Override
    public Object parseText(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length <= 63) {
            return text;
        }
        String s = text;
        while (s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 63) {
            s = s.substring(0, s.offsetByCodePoints(0, StringType.charLength(s) - 1));
        }
        return s;
    }
}
