package org.borealis.sql.exec.op;

import java.util.List;
import java.util.function.Supplier;

/**
 * The lines EXPLAIN prints under a join node ({@code Hash Cond: (...)}, {@code Join Filter: (...)}),
 * made by the planner's supplier only when EXPLAIN asks for them, then kept.
 */
final class JoinDetails {

    private Supplier<List<String>> supplier;
    private List<String> lines;

    void set(Supplier<List<String>> supplier) {
        this.supplier = supplier;
        this.lines = null;
    }

    List<String> get() {
        if (lines == null) {
            lines = supplier == null ? List.of() : List.copyOf(supplier.get());
        }
        return lines;
    }
}
