/**
 * The catalog: system tables in heap pages (so a restarted node rebuilds everything from
 * storage), DDL through ordinary MVCC transactions, cached in memory. Read
 * {@link org.borealis.sql.catalog.CatalogImpl} first, then
 * {@link org.borealis.sql.catalog.SystemTables} (what is stored where),
 * {@link org.borealis.sql.catalog.CatalogCodec} (row bytes), {@link org.borealis.sql.catalog.CatalogState}
 * (one consistent view) and {@link org.borealis.sql.catalog.SequencePages} (sequence state).
 */
package org.borealis.sql.catalog;
