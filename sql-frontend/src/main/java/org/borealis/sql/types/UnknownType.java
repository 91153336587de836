package org.borealis.sql.types;

/**
 * unknown: the type of a quoted literal or a parameter before context gives it one. Resolved to a
 * real type by the planner; if nothing does, it behaves as text.
 */
public final class UnknownType extends StringType {

    @Override
    public int oid() {
        return 705;
    }

    @Override
    public String typname() {
        return "unknown";
    }

    @Override
    public Category category() {
        return Category.UNKNOWN;
    }
}
