package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.op.WorkTable;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;

/**
 * The WITH queries visible while a statement is planned, innermost WITH first. A reference to a
 * WITH query is planned in place each time (its query inlined); a recursive one's self-reference
 * inside its recursive term reads the {@link WorkTable} of the reference being planned.
 */
public final class Ctes {

    /** One WITH query; {@code work}/{@code workColumns} are set while its recursive term is planned. */
    static final class Entry {
        final Query.Cte cte;
        final boolean recursive;
        WorkTable work;
        List<ResultColumn> workColumns;

        Entry(Query.Cte cte, boolean recursive) {
            this.cte = cte;
            this.recursive = recursive;
        }
    }

    private final Deque<Map<String, Entry>> levels = new ArrayDeque<>();

    void push(List<Query.Cte> ctes, boolean recursive) {
        Map<String, Entry> m = new HashMap<>();
        for (Query.Cte c : ctes) {
            if (m.containsKey(c.name())) {
                throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.DUPLICATE_ALIAS,
                        "WITH query name \"" + c.name() + "\" specified more than once");
            }
            m.put(c.name(), new Entry(c, recursive && references(c.query(), c.name())));
        }
        levels.push(m);
    }

    void pop() {
        levels.pop();
    }

    /** Runs {@code body} with no WITH query visible (a view's query cannot see its user's WITH). */
    <T> T isolated(java.util.function.Supplier<T> body) {
        Deque<Map<String, Entry>> saved = new ArrayDeque<>(levels);
        levels.clear();
        try {
            return body.get();
        } finally {
            levels.clear();
            levels.addAll(saved);
        }
    }

    /** Plans {@code body} with {@code ctes} visible (the WITH queries before an INSERT, UPDATE or DELETE). */
    public <T> T within(List<Query.Cte> ctes, java.util.function.Supplier<T> body) {
        if (ctes.isEmpty()) {
            return body.get();
        }
        push(ctes, ctes.get(0).recursive());
        try {
            return body.get();
        } finally {
            pop();
        }
    }

    /** The visible WITH query of this name, or null. */
    Entry find(String name) {
        for (Map<String, Entry> m : levels) {
            Entry e = m.get(name);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** Whether the AST under {@code node} names table {@code name} unqualified in a FROM. */
    static boolean references(Object node, String name) {
        if (node instanceof FromItem.Table t) {
            return t.name().size() == 1 && t.name().get(0).equals(name);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (references(o, name)) {
                    return true;
                }
            }
            return false;
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (references(c.getAccessor().invoke(node), name)) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
