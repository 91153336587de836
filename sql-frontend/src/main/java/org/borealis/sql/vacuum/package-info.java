/**
 * Vacuum: removes row versions no snapshot can see any more, and their index entries, with logged
 * records like every change; run by the API ({@code VACUUM}) and by a background thread, which
 * also hands tables with enough changed rows to the SQL layer's ANALYZE. Read
 * {@link org.borealis.sql.vacuum.Vacuum} first, then {@link org.borealis.sql.vacuum.AutoVacuum}.
 */
package org.borealis.sql.vacuum;
