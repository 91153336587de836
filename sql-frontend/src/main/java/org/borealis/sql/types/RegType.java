package org.borealis.sql.types;

/**
 * The object-identifier alias types: regclass, regtype, regproc, regprocedure, regnamespace and
 * regrole. Stored and sent in binary as an oid; the text form is the object's name. Turning an oid
 * into a name (and a name into an oid) needs the catalog, so the planner does those conversions
 * ({@code org.borealis.sql.pgcatalog.RegCasts}); a value read here without the catalog keeps its
 * number. Values are {@link RegOid} (plain {@link Number}s are accepted too).
 */
public final class RegType extends PgType {

    private final int oid;
    private final String typname;

    RegType(int oid, String typname) {
        this.oid = oid;
        this.typname = typname;
    }

    @Override
    public int oid() {
        return oid;
    }

    @Override
    public String typname() {
        return typname;
    }

    @Override
    public int typlen() {
        return 4;
    }

    @Override
    public Category category() {
        return Category.NUMERIC;
    }

    /** A numeric text becomes an unresolved value; a name needs the catalog (see the class comment). */
    @Override
    public Object parseText(String text) {
        String s = text.strip();
        if (!s.isEmpty() && s.chars().allMatch(Character::isDigit)) {
            return new RegOid((Long) Types.OID.parseText(s), null);
        }
        if (s.equals("-")) {
            return new RegOid(0, "-");
        }
        throw invalidText(text);
    }

    @Override
    public String formatText(Object value, TextFormat format) {
        return value.toString();
    }

    @Override
    public Object readBinary(ByteSource in) {
        return new RegOid(in.getInt() & 0xFFFFFFFFL, null);
    }

    @Override
    public void writeBinary(Object value, ByteSink out) {
        out.putInt((int) ((Number) value).longValue());
    }

    @Override
    public int compare(Object a, Object b) {
        return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
    }

    @Override
    public int hash(Object value) {
        return Long.hashCode(((Number) value).longValue());
    }

    @Override
    public void encodeKey(Object value, ByteSink out) {
        out.putInt((int) ((Number) value).longValue());
    }
}
