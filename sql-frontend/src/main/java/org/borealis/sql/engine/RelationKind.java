package org.borealis.sql.engine;

/** Kinds of relations, with PostgreSQL's {@code relkind} letter. */
public enum RelationKind {
    TABLE('r'), INDEX('i'), SEQUENCE('S'), VIEW('v');

    private final char relkind;

    RelationKind(char relkind) {
        this.relkind = relkind;
    }

    public char relkind() {
        return relkind;
    }
}
