/**
 * PostgreSQL's client catalogs, computed from the engine catalog: {@link
 * org.borealis.sql.pgcatalog.PgCatalog} (read first) registers the {@code pg_catalog} and
 * {@code information_schema} relations ({@link org.borealis.sql.pgcatalog.SystemRelation}, rows
 * filled from a per-statement {@link org.borealis.sql.pgcatalog.CatalogSnapshot} and scanned by
 * {@link org.borealis.sql.pgcatalog.SystemScanOp}); {@link
 * org.borealis.sql.pgcatalog.CatalogFunctions} holds the catalog functions' bodies ({@code
 * format_type}, {@code pg_get_indexdef}, ...), {@link org.borealis.sql.pgcatalog.RegCasts} the
 * {@code regclass}/{@code regtype} conversions and {@link org.borealis.sql.pgcatalog.Deparser} the
 * printing of stored expressions. What exists and how it differs from PostgreSQL:
 * {@code docs/catalogs.md}.
 */
package org.borealis.sql.pgcatalog;
