package org.borealis.sql.plan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ModifyingCte;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.WithModifying;
import org.borealis.sql.exec.op.WorkTable;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.Statement;

/**
 * The WITH queries visible while a statement is planned, innermost WITH first. A reference to a
 * WITH query is planned in place each time (its query inlined); a recursive one's self-reference
 * inside its recursive term reads the {@link WorkTable} of the reference being planned.
 *
 * <p>A data-modifying WITH query (INSERT, UPDATE or DELETE) is allowed only in the WITH of the
 * statement itself ({@link #topLevel}): it is planned once, when its WITH is entered, and every
 * reference reads its RETURNING rows ({@link ModifyingCte}).
 */
public final class Ctes {

    /** One WITH query; {@code work}/{@code workColumns} are set while its recursive term is planned. */
    static final class Entry {
        final Query.Cte cte;
        final boolean recursive;
        /** A data-modifying query's plan and rows, null for a query. */
        final ModifyingCte modifying;
        WorkTable work;
        List<ResultColumn> workColumns;

        Entry(Query.Cte cte, boolean recursive) {
            this.cte = cte;
            this.recursive = recursive;
            this.modifying = cte.modifying() == null ? null : new ModifyingCte(cte.name(), explainLine(cte.modifying()));
        }
    }

    private final PlanContext pc;
    private final Deque<Map<String, Entry>> levels = new ArrayDeque<>();
    /** The statement's own WITH list, the one place data-modifying queries are allowed. */
    private List<Query.Cte> topLevel;
    private List<ModifyingCte> modifying = new java.util.ArrayList<>();

    Ctes(PlanContext pc) {
        this.pc = pc;
    }

    void push(List<Query.Cte> ctes, boolean recursive) {
        Map<String, Entry> m = new HashMap<>();
        java.util.List<Entry> mods = new java.util.ArrayList<>();
        for (Query.Cte c : ctes) {
            if (m.containsKey(c.name())) {
                throw new SqlException(SqlState.DUPLICATE_ALIAS,
                        "WITH query name \"" + c.name() + "\" specified more than once");
            }
            Entry e = new Entry(c, recursive && references(c.body(), c.name()));
            if (e.modifying != null) {
                if (ctes != topLevel) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                            "WITH clause containing a data-modifying statement must be at the top level").withPosition(c.pos() + 1);
                }
                if (e.recursive) {
                    throw new SqlException(SqlState.INVALID_RECURSION, "recursive query \"" + c.name()
                            + "\" must not contain data-modifying statements").withPosition(c.pos() + 1);
                }
                mods.add(e);
            }
            m.put(c.name(), e);
        }
        levels.push(m);
        if (mods.isEmpty()) {
            return;
        }
        try {
            modifying = new java.util.ArrayList<>();
            for (Entry e : mods) {
                ScanFactory scans = pc.scans();
                if (scans == null) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "data-modifying statements in WITH need storage");
                }
                e.modifying.plan(scans.modify(e.cte.modifying(), pc));
                modifying.add(e.modifying);
            }
        } catch (RuntimeException ex) {
            levels.pop();
            throw ex;
        }
    }

    /**
     * Plans a statement whose own WITH is {@code with}: data-modifying queries are allowed there
     * (nowhere else), and when it has any, the plan runs them ({@link WithModifying}).
     */
    public Plan topLevel(List<Query.Cte> with, java.util.function.Supplier<Plan> body) {
        if (!hasModifying(with)) {
            return body.get();
        }
        Plan p = allowingModifying(with, body);
        return modifying.isEmpty() ? p : new WithModifying(p, modifying);
    }

    /**
     * Plans {@code body} with data-modifying queries allowed in {@code with} (a statement's own WITH
     * reached through another statement, as CREATE TABLE AS's query); {@link #modifying} then
     * holds the ones the last planning of that WITH made.
     */
    public <T> T allowingModifying(List<Query.Cte> with, java.util.function.Supplier<T> body) {
        List<Query.Cte> saved = topLevel;
        topLevel = with;
        modifying = new java.util.ArrayList<>();
        try {
            return body.get();
        } finally {
            topLevel = saved;
        }
    }

    /** The data-modifying WITH queries of the last planning of the allowed WITH, in the order written. */
    public List<ModifyingCte> modifying() {
        return List.copyOf(modifying);
    }

    /** Whether {@code with} has a data-modifying query. */
    public static boolean hasModifying(List<Query.Cte> with) {
        return with.stream().anyMatch(c -> c.modifying() != null);
    }

    /** The EXPLAIN line of a data-modifying WITH query's statement, as PostgreSQL names the node. */
    static String explainLine(Statement st) {
        return switch (st) {
            case Statement.Insert i -> "Insert on " + String.join(".", i.table()) + (i.alias() == null ? "" : " " + i.alias());
            case Statement.Update u -> "Update on " + String.join(".", u.table()) + (u.alias() == null ? "" : " " + u.alias());
            case Statement.Delete d -> "Delete on " + String.join(".", d.table()) + (d.alias() == null ? "" : " " + d.alias());
            default -> st.getClass().getSimpleName();
        };
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
