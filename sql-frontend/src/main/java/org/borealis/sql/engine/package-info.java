/**
 * The storage engine API the SQL layer calls: everything below it (buffer pool, mini-transactions,
 * heap, B-tree, transactions, catalog, vacuum) is reached only through these types. Read
 * {@link org.borealis.sql.engine.Engine} first, then {@link org.borealis.sql.engine.Session},
 * {@link org.borealis.sql.engine.Transaction}, {@link org.borealis.sql.engine.Table},
 * {@link org.borealis.sql.engine.Index} and {@link org.borealis.sql.engine.Catalog}.
 *
 * <p>The engine knows no SQL types: table rows are opaque byte strings (the SQL layer's row
 * format) behind an MVCC header the heap manages, index keys are order-preserving byte strings
 * compared unsigned-lexicographically, and column types are PostgreSQL type OIDs the engine
 * stores without interpreting. Every error is a {@link org.borealis.sql.error.SqlException}.
 */
package org.borealis.sql.engine;
