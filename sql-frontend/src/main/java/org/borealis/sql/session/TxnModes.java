package org.borealis.sql.session;

/** A transaction's isolation (SERIALIZABLE runs as REPEATABLE READ) and access mode. */
record TxnModes(boolean repeatableRead, boolean readOnly) {
}
