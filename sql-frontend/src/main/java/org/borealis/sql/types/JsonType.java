package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * json, held as the {@link String} the client sent once it has been validated (whitespace,
 * key order and duplicate keys kept, as PostgreSQL's json_in). Binary form is that text in UTF-8
 * (json_send). json has no equality or ordering in PostgreSQL, so {@link #compare} and
 * {@link #encodeKey} refuse with 42883; the binder refuses such uses before they run.
 */
public final class JsonType extends PgType {

    @Override
    public int oid() {
        return 114;
    }

    @Override
    public String typname() {
        return "json";
    }

    @Override
    public int typlen() {
        return -1;
    }

    @Override
    public Category category() {
        return Category.OTHER;
    }

    @Override
    public Object parseText(String text) {
        JsonParser.validate(text);
        return text;
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return (String) value;
    }

    @Override
    public Object readBinary(ByteSource in) {
        return parseText(in.getUtf8(in.remaining()));
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.put(((String) value).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compare(Object a, Object b) {
        throw noEquality();
    }

    @Override
    public boolean equal(Object a, Object b) {
        throw noEquality();
    }

    @Override
    public int hash(Object value) {
        throw noEquality();
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        throw noEquality();
    }

    /** 42883, as PostgreSQL: json has no btree or hash operator class. */
    public static SqlException noEquality() {
        return new SqlException(SqlState.UNDEFINED_FUNCTION, "could not identify an equality operator for type json");
    }
}
