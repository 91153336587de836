package org.borealis.sql.engine;

/** Row lock strengths of {@code SELECT ... FOR SHARE} and {@code FOR UPDATE}. */
public enum RowLockMode {
    /** Many holders at once; conflicts with UPDATE locks and with updates and deletes. */
    SHARE,
    /** One holder; conflicts with every other row lock and with updates and deletes. */
    UPDATE
}
