/**
 * The planner: {@link org.borealis.sql.plan.QueryPlanner} (read first) turns a query AST into an
 * operator tree; {@link org.borealis.sql.plan.Binder} resolves names, types, parameters (with
 * inference), operators and functions; {@link org.borealis.sql.plan.IndexSelector} picks the
 * B-tree for a WHERE clause, {@link org.borealis.sql.plan.Selectivity} estimates filters from
 * ANALYZE's statistics and {@link org.borealis.sql.plan.IndexJoins} turns estimates into choices
 * (index or sequential scan, index nested loop or hash join). The catalog is seen through {@link org.borealis.sql.plan.CatalogView}
 * and tables are read through {@link org.borealis.sql.plan.ScanFactory}.
 */
package org.borealis.sql.plan;
