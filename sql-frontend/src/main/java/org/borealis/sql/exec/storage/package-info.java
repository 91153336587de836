/**
 * The SQL layer over the storage engine: {@link org.borealis.sql.exec.storage.EngineStorage} (read
 * first) gives each session an engine session and transaction, the planner a catalog view and
 * scans (sequential and B-tree), and plans DML (constraint checks, index maintenance, READ
 * COMMITTED re-checks) and DDL. Rows are encoded with {@link org.borealis.sql.types.RowCodec} and
 * keys with {@link org.borealis.sql.types.KeyCodec}.
 */
package org.borealis.sql.exec.storage;
