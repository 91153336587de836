package org.borealis.sql.parser.ast;

import java.util.List;

/**
 * The locking clauses of a query: {@code FOR UPDATE | NO KEY UPDATE | SHARE | KEY SHARE [OF name,
 * ...] [NOWAIT | SKIP LOCKED]}, one or more.
 */
public record Locking(List<Clause> clauses) {

    /** Lock strengths, strongest first. */
    public enum Strength {
        UPDATE("FOR UPDATE"), NO_KEY_UPDATE("FOR NO KEY UPDATE"), SHARE("FOR SHARE"), KEY_SHARE("FOR KEY SHARE");

        private final String sql;

        Strength(String sql) {
            this.sql = sql;
        }

        /** As written in SQL, for messages: {@code FOR NO KEY UPDATE}. */
        public String sql() {
            return sql;
        }
    }

    /** What to do about a row another transaction holds. */
    public enum Wait { WAIT, SKIP_LOCKED, NOWAIT }

    /**
     * One clause. {@code of}: the relation names it applies to (as FROM names them: alias or
     * table name), empty for every table of the query; {@code pos} is the 0-based offset of FOR.
     */
    public record Clause(Strength strength, List<String> of, Wait waitPolicy, int pos) {
    }

    /** The first clause's strength, which PostgreSQL names in errors about the whole query. */
    public Strength first() {
        return clauses.get(0).strength();
    }
}
