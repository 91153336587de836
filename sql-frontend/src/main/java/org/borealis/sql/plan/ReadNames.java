package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;

/**
 * The names a SELECT's text reads columns by, for index-only scans inside joins: the column
 * references anywhere in the statement (select list, WHERE, ON, USING, GROUP BY, HAVING, ORDER BY,
 * windows, subqueries and their outer references). A table scan reads its column {@code c} when
 * some reference names {@code c} unqualified (whatever relation it resolves to) or qualified by
 * the scan's relation name or alias; it reads all its columns when the statement has a {@code *},
 * a NATURAL join or an unqualified reference named like the relation (a whole-row reference). An
 * over-approximation, never an under-approximation: a name resolving elsewhere only costs an
 * index-only scan, never a wrong row.
 */
final class ReadNames {

    /** Qualified references as {@code relation.column} (the last two names). */
    private final Set<String> qualified = new HashSet<>();
    /** Unqualified references: a column, or a relation's whole row. */
    private final Set<String> single = new HashSet<>();
    private boolean everything;

    private ReadNames() {
    }

    /** The names {@code node} (an AST record: a SELECT and its ORDER BY) reads, or null when the walk failed. */
    static ReadNames of(Object... nodes) {
        ReadNames r = new ReadNames();
        try {
            for (Object n : nodes) {
                r.walk(n);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return r;
    }

    private void walk(Object node) throws ReflectiveOperationException {
        switch (node) {
            case null -> {
            }
            case Expr.ColumnRef c -> {
                List<String> n = c.names();
                if (n.size() == 1) {
                    single.add(n.get(0));
                } else {
                    qualified.add(n.get(n.size() - 2) + "." + n.get(n.size() - 1));
                }
            }
            case Expr.Star s -> everything = true;
            case FromItem.Join j -> {
                everything |= j.natural();
                single.addAll(j.using());
                walkRecord(j);
            }
            case Iterable<?> it -> {
                for (Object o : it) {
                    walk(o);
                }
            }
            case Map<?, ?> m -> walk(m.values());
            case Record r -> walkRecord(r);
            default -> {
            }
        }
    }

    private void walkRecord(Record r) throws ReflectiveOperationException {
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            java.lang.reflect.Method m = rc.getAccessor();
            m.setAccessible(true);
            walk(m.invoke(r));
        }
    }

    /** The columns of {@code scope} (a table's, relation name first) this statement may read. */
    BitSet columns(Scope scope, int width) {
        BitSet out = new BitSet();
        String rel = scope.size() > 0 ? scope.columns().get(0).relation() : null;
        boolean all = everything || (rel != null && single.contains(rel));
        for (int i = 0; i < width && i < scope.size(); i++) {
            String name = scope.columns().get(i).name();
            if (all || single.contains(name) || qualified.contains(rel + "." + name)) {
                out.set(i);
            }
        }
        return out;
    }
}
