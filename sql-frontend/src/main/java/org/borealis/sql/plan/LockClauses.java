package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.borealis.sql.engine.RowLockMode;
import org.borealis.sql.engine.WaitPolicy;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.ColumnRef;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Locking;

/**
 * Which FROM items a query's locking clauses lock, as PostgreSQL resolves them: a clause without
 * {@code OF} locks every table of the FROM clause and every table of its subqueries (functions,
 * WITH queries and VALUES are passed over); {@code OF name} names an item by its alias or table
 * name, and naming anything but a table or subquery is an error. A table named by several clauses
 * gets the strongest lock and NOWAIT over SKIP LOCKED over waiting. The nullable side of an outer
 * join cannot be locked.
 *
 * <p>Strengths map onto the engine's two row locks: FOR UPDATE and FOR NO KEY UPDATE take the
 * exclusive one, FOR SHARE and FOR KEY SHARE the shared one (so KEY SHARE and NO KEY UPDATE
 * conflict here, where PostgreSQL lets them pass each other).
 */
final class LockClauses {

    /** The lock one FROM item gets; {@code clause} is the strongest clause naming it. */
    record Spec(RowLockMode mode, WaitPolicy waitPolicy, Locking.Clause clause) {
    }

    private final Locking locking;
    private final Map<String, Spec> byName = new HashMap<>();

    private LockClauses(Locking locking) {
        this.locking = locking;
    }

    /** Resolves {@code locking} against {@code from}; throws for what PostgreSQL rejects. */
    static LockClauses resolve(Locking locking, List<FromItem> from, Ctes ctes) {
        LockClauses lc = new LockClauses(locking);
        for (Locking.Clause c : locking.clauses()) {
            if (c.of().isEmpty()) {
                for (FromItem item : from) {
                    lc.all(item, c, ctes, false);
                }
            } else {
                for (String name : c.of()) {
                    if (!lc.named(from, name, c, ctes, false)) {
                        throw new SqlException(SqlState.UNDEFINED_TABLE, "relation \"" + name + "\" in "
                                + c.strength().sql() + " clause not found in FROM clause").withPosition(c.pos() + 1);
                    }
                }
            }
        }
        return lc;
    }

    /** The lock of the FROM item called {@code name}, or null. */
    Spec spec(String name) {
        return byName.get(name);
    }

    /** The locking a subquery called {@code name} inherits, or null. */
    Locking forSubquery(String name) {
        Spec s = byName.get(name);
        if (s == null) {
            return null;
        }
        Locking.Wait wait = switch (s.waitPolicy()) {
            case WAIT -> Locking.Wait.WAIT;
            case NOWAIT -> Locking.Wait.NOWAIT;
            case SKIP_LOCKED -> Locking.Wait.SKIP_LOCKED;
        };
        return new Locking(List.of(new Locking.Clause(s.clause().strength(), List.of(), wait, s.clause().pos())));
    }

    /** The first clause's strength, as PostgreSQL names it in errors about the whole query. */
    String strength() {
        return locking.first().sql();
    }

    private void all(FromItem item, Locking.Clause c, Ctes ctes, boolean nullable) {
        switch (item) {
            case FromItem.Table t -> {
                if (!isCte(t, ctes)) {
                    add(t.alias() != null ? t.alias() : t.tableName(), c, nullable);
                }
            }
            case FromItem.Subquery s -> add(s.alias(), c, nullable);
            case FromItem.Join j -> {
                all(j.left(), c, ctes, nullable || j.type() == FromItem.JoinType.RIGHT || j.type() == FromItem.JoinType.FULL);
                all(j.right(), c, ctes, nullable || j.type() == FromItem.JoinType.LEFT || j.type() == FromItem.JoinType.FULL);
            }
            case FromItem.Function f -> {
            }
        }
    }

    private boolean named(List<FromItem> from, String name, Locking.Clause c, Ctes ctes, boolean nullable) {
        for (FromItem item : from) {
            if (named(item, name, c, ctes, nullable)) {
                return true;
            }
        }
        return false;
    }

    private boolean named(FromItem item, String name, Locking.Clause c, Ctes ctes, boolean nullable) {
        switch (item) {
            case FromItem.Table t -> {
                if (!name.equals(t.alias() != null ? t.alias() : t.tableName())) {
                    return false;
                }
                if (isCte(t, ctes)) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, c.strength().sql()
                            + " cannot be applied to a WITH query").withPosition(c.pos() + 1);
                }
                add(name, c, nullable);
                return true;
            }
            case FromItem.Subquery s -> {
                if (!name.equals(s.alias())) {
                    return false;
                }
                add(name, c, nullable);
                return true;
            }
            case FromItem.Function f -> {
                String own = f.alias() != null ? f.alias() : f.call().simpleName();
                if (name.equals(own)) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, c.strength().sql()
                            + " cannot be applied to a function").withPosition(c.pos() + 1);
                }
                return false;
            }
            case FromItem.Join j -> {
                return named(j.left(), name, c, ctes,
                        nullable || j.type() == FromItem.JoinType.RIGHT || j.type() == FromItem.JoinType.FULL)
                        || named(j.right(), name, c, ctes,
                        nullable || j.type() == FromItem.JoinType.LEFT || j.type() == FromItem.JoinType.FULL);
            }
        }
    }

    private static boolean isCte(FromItem.Table t, Ctes ctes) {
        return t.name().size() == 1 && ctes.find(t.name().get(0)) != null;
    }

    private void add(String name, Locking.Clause c, boolean nullable) {
        if (nullable) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, c.strength().sql()
                    + " cannot be applied to the nullable side of an outer join").withPosition(c.pos() + 1);
        }
        RowLockMode mode = switch (c.strength()) {
            case UPDATE -> RowLockMode.UPDATE;
            case NO_KEY_UPDATE -> RowLockMode.NO_KEY_UPDATE;
            case SHARE -> RowLockMode.SHARE;
            case KEY_SHARE -> RowLockMode.KEY_SHARE;
        };
        WaitPolicy wait = switch (c.waitPolicy()) {
            case WAIT -> WaitPolicy.WAIT;
            case NOWAIT -> WaitPolicy.NOWAIT;
            case SKIP_LOCKED -> WaitPolicy.SKIP_LOCKED;
        };
        Spec old = byName.get(name);
        if (old != null) {
            if (old.mode() == RowLockMode.UPDATE) {
                mode = RowLockMode.UPDATE;
            }
            wait = stronger(old.waitPolicy(), wait);
            c = c.strength().ordinal() <= old.clause().strength().ordinal() ? c : old.clause();
        }
        byName.put(name, new Spec(mode, wait, c));
    }

    private static WaitPolicy stronger(WaitPolicy a, WaitPolicy b) {
        if (a == WaitPolicy.NOWAIT || b == WaitPolicy.NOWAIT) {
            return WaitPolicy.NOWAIT;
        }
        return a == WaitPolicy.SKIP_LOCKED || b == WaitPolicy.SKIP_LOCKED ? WaitPolicy.SKIP_LOCKED : WaitPolicy.WAIT;
    }

    /**
     * Lays out the row-locking step of a query over {@code scope} (its FROM with the locked
     * tables' tuple ids): appends a copy of every input column to {@code projected} (the select
     * list and hidden sort columns, bound over {@code scope}) and says where each locked table
     * sits. Null when no table is locked here (only subqueries, which lock their own rows).
     */
    static RowLocking layout(PlanContext pc, List<FromPlanner.Locked> locked, Scope scope, QueryBody.Select s,
                             List<BoundExpr> projected) {
        if (locked.isEmpty()) {
            return null;
        }
        List<RowLocking.Target> targets = new ArrayList<>();
        for (FromPlanner.Locked l : locked) {
            int tid = -1;
            for (int i = 0; i < scope.size(); i++) {
                Scope.Column c = scope.columns().get(i);
                if (c.name().equals(RowLocking.TID_COLUMN) && l.relation().equals(c.relation())) {
                    tid = i;
                }
            }
            if (tid < 0) {
                throw new IllegalStateException("the tuple id column of " + l.relation() + " is not in the FROM's scope");
            }
            targets.add(new RowLocking.Target(l.meta(), tid - l.meta().columns().size(), l.spec().mode(), l.spec().waitPolicy()));
        }
        List<BoundExpr> outputs = List.copyOf(projected);
        int inputStart = projected.size();
        for (int i = 0; i < scope.size(); i++) {
            projected.add(new ColumnRef(i, scope.columns().get(i).type(), -1));
        }
        Binder b = new Binder(pc, scope);
        List<BoundExpr> conds = new ArrayList<>();
        if (s.where() != null) {
            conds.add(b.bindCondition(s.where(), "WHERE"));
        }
        for (FromItem item : s.from()) {
            innerJoinConditions(item, b, conds);
        }
        BoundExpr recheck = null;
        for (BoundExpr c : conds) {
            recheck = recheck == null ? c : new BoolExpr(BoolExpr.Kind.AND, List.of(recheck, c));
        }
        return new RowLocking(targets, inputStart, scope.size(), recheck, outputs);
    }

    /**
     * The ON conditions of the inner joins that are not under an outer join's nullable side, for
     * the re-check of a row whose locked version changed; one whose names resolve differently
     * over the whole FROM (an unqualified name another item also has) is left out.
     */
    private static void innerJoinConditions(FromItem item, Binder b, List<BoundExpr> out) {
        if (!(item instanceof FromItem.Join j)) {
            return;
        }
        if (j.type() == FromItem.JoinType.INNER && j.on() != null) {
            try {
                out.add(b.bindCondition(j.on(), "JOIN/ON"));
            } catch (SqlException ambiguousHere) {
                // bound at its own join level it was fine; the re-check goes without it
            }
        }
        if (j.type() != FromItem.JoinType.RIGHT && j.type() != FromItem.JoinType.FULL) {
            innerJoinConditions(j.left(), b, out);
        }
        if (j.type() != FromItem.JoinType.LEFT && j.type() != FromItem.JoinType.FULL) {
            innerJoinConditions(j.right(), b, out);
        }
    }
}
