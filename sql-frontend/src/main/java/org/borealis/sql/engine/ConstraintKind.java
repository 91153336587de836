package org.borealis.sql.engine;

/** Constraint kinds, with PostgreSQL's {@code contype} letter. */
public enum ConstraintKind {
    PRIMARY_KEY('p'), UNIQUE('u'), FOREIGN_KEY('f'), CHECK('c');

    private final char contype;

    ConstraintKind(char contype) {
        this.contype = contype;
    }

    public char contype() {
        return contype;
    }
}
