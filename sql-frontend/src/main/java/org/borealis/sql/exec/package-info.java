/**
 * Execution: a {@link org.borealis.sql.exec.Plan} (read first) starts an
 * {@link org.borealis.sql.exec.Execution} in an {@link org.borealis.sql.exec.ExecContext}
 * (parameters, text format, cancel flag). Operators are in {@code exec.op}, bound expressions in
 * {@code exec.expr}, the storage-engine side in {@code exec.storage}.
 */
package org.borealis.sql.exec;
