package org.borealis.sql.engine;

/** Isolation levels. SERIALIZABLE requests are run as REPEATABLE READ (as the SQL layer decides). */
public enum Isolation {
    /** A new snapshot per statement; a concurrently updated row is re-checked at its newest version. */
    READ_COMMITTED,
    /** One snapshot for the transaction; writing a row updated since by another fails with 40001. */
    REPEATABLE_READ
}
