package org.borealis.sql.exec.op;

import org.borealis.sql.exec.ExecContext;

/**
 * A pull-based (Volcano) plan node: {@link #open}, then {@link #next} until null, then
 * {@link #close}. Rows are {@code Object[]} of typed values; a returned row may be reused by the
 * caller but not by the operator after the next call. Used by the session thread only. A portal
 * suspended by a row limit simply stops calling {@code next} and resumes later.
 */
public interface Operator extends AutoCloseable {

    void open(ExecContext ctx);

    /** The next row, or null when there are no more. */
    Object[] next();

    @Override
    void close();

    /** The node's line in EXPLAIN (PostgreSQL's node names), or null to show only its inputs. */
    default String describe() {
        return getClass().getSimpleName().replace("Op", "");
    }

    /** Lines EXPLAIN prints under the node (PostgreSQL's {@code Index Cond: (...)}, {@code Filter: (...)}). */
    default java.util.List<String> details() {
        return java.util.List.of();
    }

    /** Lines EXPLAIN ANALYZE prints under the node after running it (PostgreSQL's {@code Heap Fetches: N}). */
    default java.util.List<String> analyzeDetails() {
        return java.util.List.of();
    }

    /** The node's inputs, for EXPLAIN. */
    default java.util.List<Operator> inputs() {
        return java.util.List.of();
    }
}
