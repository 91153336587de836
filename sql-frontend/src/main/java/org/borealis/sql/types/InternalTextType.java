package org.borealis.sql.types;

/**
 * Catalog types whose values are text to Borealis: {@code pg_node_tree} (stored expressions, held
 * as their SQL text) and {@code aclitem} (privilege items such as {@code =c/postgres}).
 */
public final class InternalTextType extends StringType {

    private final int oid;
    private final String typname;

    InternalTextType(int oid, String typname) {
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
}
