/**
 * The one exception that crosses the SQL boundary: {@link org.borealis.sql.error.SqlException},
 * carrying a {@link org.borealis.sql.error.SqlState}. Only the wire layer turns it into an
 * ErrorResponse; only unexpected ones ({@code XX000}) are logged with a stack trace.
 */
package org.borealis.sql.error;
