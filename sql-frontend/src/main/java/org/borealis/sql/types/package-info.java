/**
 * PostgreSQL data types: one class per type ({@link org.borealis.sql.types.PgType} is the one to
 * read first), their text and binary I/O, comparison, the row format
 * ({@link org.borealis.sql.types.RowCodec}) and the order-preserving key encoding
 * ({@link org.borealis.sql.types.KeyCodec}) that B-tree keys use. The registry is
 * {@link org.borealis.sql.types.Types}; conversions between types are
 * {@link org.borealis.sql.types.Casts}.
 */
package org.borealis.sql.types;
