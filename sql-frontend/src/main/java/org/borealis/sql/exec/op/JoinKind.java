package org.borealis.sql.exec.op;

/** Which unmatched rows a join keeps (padded with NULLs): none, the left's, the right's, or both. */
public enum JoinKind {
    INNER, LEFT, RIGHT, FULL;

    public boolean keepsLeft() {
        return this == LEFT || this == FULL;
    }

    public boolean keepsRight() {
        return this == RIGHT || this == FULL;
    }
}
