package org.borealis.sql.engine;

/** Row lock strengths of {@code SELECT ... FOR KEY SHARE / SHARE / NO KEY UPDATE / UPDATE}, weakest first, with PostgreSQL's conflicts. */
public enum RowLockMode {
    /** Many holders at once; conflicts only with FOR UPDATE, deletes and updates of indexed columns (foreign-key checks take it). */
    KEY_SHARE("KEY SHARE"),
    /** Many holders at once; conflicts with NO KEY UPDATE and UPDATE locks and with updates and deletes. */
    SHARE("SHARE"),
    /** One holder; conflicts with every lock but KEY SHARE, and with updates and deletes. */
    NO_KEY_UPDATE("NO KEY UPDATE"),
    /** One holder; conflicts with every other row lock and with updates and deletes. */
    UPDATE("UPDATE");

    private final String sql;

    RowLockMode(String sql) {
        this.sql = sql;
    }

    /** As written after {@code FOR}. */
    public String sql() {
        return sql;
    }
}
