/**
 * Bound, typed expressions evaluated against a row: {@link org.borealis.sql.exec.expr.BoundExpr}
 * (read first), constants, parameters, column references, casts, arithmetic with PostgreSQL's
 * overflow and numeric scale rules ({@link org.borealis.sql.exec.expr.NumericOps}), comparisons,
 * three-valued logic, LIKE, CASE, function calls, subqueries and aggregate calls.
 */
package org.borealis.sql.exec.expr;
