package org.borealis.sql.types;

/**
 * A value of an object-identifier alias type (regclass, regtype, regproc, regnamespace, regrole):
 * the OID and, when it was resolved against the catalog, the name the type's output shows. A
 * {@link Number} whose value is the OID, so it compares, hashes and converts exactly as an oid.
 */
public final class RegOid extends Number {

    private final long oid;
    private final String name;

    /** @param name the text the value prints as, or null to print the number */
    public RegOid(long oid, String name) {
        this.oid = oid & 0xFFFFFFFFL;
        this.name = name;
    }

    public long oid() {
        return oid;
    }

    /** The resolved name, or null. */
    public String name() {
        return name;
    }

    @Override
    public int intValue() {
        return (int) oid;
    }

    @Override
    public long longValue() {
        return oid;
    }

    @Override
    public float floatValue() {
        return oid;
    }

    @Override
    public double doubleValue() {
        return oid;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegOid r && r.oid == oid;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(oid);
    }

    @Override
    public String toString() {
        return name != null ? name : Long.toString(oid);
    }
}
