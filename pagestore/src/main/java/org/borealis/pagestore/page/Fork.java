package org.borealis.pagestore.page;

/** The forks of a relation, as in PostgreSQL: the data itself and side structures. */
public final class Fork {

    /** Tuples or index entries. */
    public static final int MAIN = 0;
    /** Free-space map. */
    public static final int FSM = 1;
    /** Visibility map. */
    public static final int VM = 2;

    public static final int MAX = 2;

    private Fork() {
    }

    public static String name(int fork) {
        return switch (fork) {
            case MAIN -> "main";
            case FSM -> "fsm";
            case VM -> "vm";
            default -> "fork" + fork;
        };
    }
}
