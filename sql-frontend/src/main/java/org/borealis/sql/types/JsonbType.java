package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * jsonb, held as {@link Jsonb} (a canonical tree). Text form is PostgreSQL's jsonb_out. Binary
 * form (wire and row storage alike) is jsonb_send's: a version byte 1 then the text. The key form
 * is {@link Jsonb#key}, whose byte order is PostgreSQL's jsonb order, so B-tree indexes,
 * ORDER BY, DISTINCT and GROUP BY agree with PostgreSQL.
 */
public final class JsonbType extends PgType {

    private static final int VERSION = 1;

    @Override
    public int oid() {
        return 3802;
    }

    @Override
    public String typname() {
        return "jsonb";
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
        return Jsonb.parse(text);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return value.toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        if (in.remaining() < 1 || in.get() != VERSION) {
            throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION, "unsupported jsonb version number");
        }
        return Jsonb.parse(in.getUtf8(in.remaining()));
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.put(VERSION);
        out.put(value.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int compare(Object a, Object b) {
        return ((Jsonb) a).compareTo((Jsonb) b);
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.put(((Jsonb) value).key());
    }
}
