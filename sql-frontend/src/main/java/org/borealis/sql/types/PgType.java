package org.borealis.sql.types;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * One PostgreSQL data type: its OID, text and binary I/O, comparison, the order-preserving key
 * encoding and the stored form inside a row. Values are plain Java objects (see each subclass for
 * which); SQL NULL is Java {@code null} and never reaches these methods.
 *
 * <p>The binary wire format doubles as the stored format inside a row ({@link RowCodec} adds a
 * length for variable-width types). Keys ({@link KeyCodec}) use {@link #encodeKey}, whose output
 * compares unsigned-lexicographically in the same order as {@link #compare}.
 *
 * <p>Stateless and thread-safe; one instance per type in {@link Types}.
 */
public abstract class PgType {

    /** PostgreSQL's type categories, which drive implicit casts and operator resolution. */
    public enum Category { BOOLEAN, NUMERIC, STRING, DATETIME, TIMESPAN, BINARY, UUID, UNKNOWN, OTHER }

    public abstract int oid();

    /** The catalog name ({@code pg_type.typname}), e.g. {@code int4}. */
    public abstract String typname();

    /** The SQL name format_type prints, e.g. {@code integer}. */
    public String displayName() {
        return typname();
    }

    /** Width in bytes, or -1 for variable width. */
    public abstract int typlen();

    public abstract Category category();

    /** Parses the text form; throws 22P02 (or a more specific state) on bad input. */
    public abstract Object parseText(String text);

    /** Parses the text form in a session's context (timestamptz needs the TimeZone). */
    public Object parseText(String text, TextFormat format) {
        return parseText(text);
    }

    public abstract String formatText(Object value, TextFormat format);

    /** Reads the binary form that occupies all of {@code in}. */
    public abstract Object readBinary(ByteSource in);

    public abstract void writeBinary(Object value, ByteSink out);

    public abstract int compare(Object a, Object b);

    /** Appends the memcomparable form of a non-null value. */
    public abstract void encodeKey(Object value, ByteSink out);

    /** Applies a column's type modifier (length, precision/scale) on assignment. */
    public Object applyTypmod(Object value, int typmod, boolean explicitCast) {
        return value;
    }

    /** Text of a type with its modifier, as format_type prints it. */
    public String formatWithTypmod(int typmod) {
        return displayName();
    }

    /** Equality consistent with {@link #compare}. */
    public boolean equal(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /** A hash consistent with {@link #equal}. */
    public int hash(Object value) {
        return value.hashCode();
    }

    protected final SqlException invalidText(String text) {
        return new SqlException(SqlState.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + displayName() + ": \"" + text + "\"");
    }

    @Override
    public String toString() {
        return typname();
    }
}
