package org.borealis.sql.exec.storage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.pgcatalog.CatalogFunctions;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.QueryPlanner;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * CREATE [OR REPLACE] VIEW and DROP VIEW, and the views a DROP TABLE must take along (CASCADE) or
 * refuses over (2BP01). A view's query is planned once at creation, which checks it and gives its
 * columns (an unknown-typed literal becomes text, as in PostgreSQL) and the tables and views it
 * reads; the catalog keeps the query text as written, planned again at each use.
 */
final class ViewPlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;

    ViewPlanner(EngineStorageSession s, PlanContext pc) {
        this.s = s;
        this.pc = pc;
    }

    private Catalog catalog() {
        return s.engine().catalog();
    }

    /**
     * CREATE [OR REPLACE] [TEMP] VIEW. A view reading a temporary relation is temporary too, with
     * PostgreSQL's NOTICE (and its 42P16 when the name is qualified with a permanent schema).
     */
    void create(Statement.CreateView c, org.borealis.sql.exec.ExecContext ctx) {
        String name = c.name().get(c.name().size() - 1);
        if (org.borealis.sql.plan.Ctes.hasModifying(c.query().with())) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "views must not contain data-modifying statements in WITH");
        }
        pc.recordReads();
        QueryPlanner.Planned planned = new QueryPlanner(pc).plan(c.query());
        List<Integer> reads = pc.recordedReads();
        boolean temp = c.temp();
        if (!temp && readsTemporary(reads)) {
            temp = true;
            if (ctx != null && ctx.session() != null) {
                ctx.session().notice("00000", "view \"" + name + "\" will be a temporary view");
            }
        }
        String schema = s.creationSchema(c.name(), temp);
        Optional<RelationInfo> existing = catalog().relation(s.tx(), schema, name);
        if (existing.isPresent() && (!c.orReplace() || existing.get().kind() != RelationKind.VIEW)) {
            if (c.orReplace()) {
                throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view");
            }
            throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        List<ColumnDef> cols = columns(c, planned.columns());
        ViewDef def = new ViewDef(schema, name, cols, c.queryText(), s.searchPathText(), reads);
        if (existing.isEmpty()) {
            catalog().createView(s.tx(), def);
            return;
        }
        RelationInfo old = existing.get();
        checkReplacement(old, cols);
        if (cols.size() > old.columns().size()) {
            requireNoStarReaders(old, "add columns to view " + old.name());
        }
        catalog().replaceView(s.tx(), old.oid(), def);
    }

    /** Whether any of these relations (a view's reads) lives in a temporary schema. */
    private boolean readsTemporary(List<Integer> reads) {
        for (int oid : reads) {
            Optional<RelationInfo> r = catalog().relation(s.tx(), oid);
            if (r.isPresent() && TempSchemas.isTemp(r.get().schema())) {
                return true;
            }
        }
        return false;
    }

    private static List<ColumnDef> columns(Statement.CreateView c, List<ResultColumn> planned) {
        if (c.columns().size() > planned.size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "CREATE VIEW specifies more column names than columns");
        }
        List<ColumnDef> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < planned.size(); i++) {
            ResultColumn r = planned.get(i);
            String name = i < c.columns().size() ? c.columns().get(i) : r.name();
            if (!seen.add(name)) {
                throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + name + "\" specified more than once");
            }
            PgType type = r.type() == Types.UNKNOWN ? Types.TEXT : r.type();
            if (Types.byOid(type.oid()) != type) {
                throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + name + "\" has pseudo-type "
                        + type.displayName());
            }
            out.add(new ColumnDef(name, type.oid(), r.typmod(), false, null, (char) 0));
        }
        return out;
    }

    /** CREATE OR REPLACE VIEW keeps the old columns, in order, with their names and types (42P16). */
    private static void checkReplacement(RelationInfo old, List<ColumnDef> cols) {
        if (cols.size() < old.columns().size()) {
            throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        for (int i = 0; i < old.columns().size(); i++) {
            ColumnDef o = old.columns().get(i);
            ColumnDef n = cols.get(i);
            if (!o.name().equals(n.name())) {
                throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "cannot change name of view column \"" + o.name()
                        + "\" to \"" + n.name() + "\"")
                        .withHint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.");
            }
            if (o.typeOid() != n.typeOid() || o.typmod() != n.typmod()) {
                throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "cannot change data type of view column \""
                        + o.name() + "\" from " + CatalogFunctions.formatType((long) o.typeOid(), o.typmod()) + " to "
                        + CatalogFunctions.formatType((long) n.typeOid(), n.typmod()));
            }
        }
    }

    void drop(Statement.Drop d, java.util.function.Consumer<String> skipped) {
        List<RelationInfo> targets = new ArrayList<>();
        for (List<String> n : d.names()) {
            Optional<RelationInfo> r = s.view().relation(n);
            String name = n.get(n.size() - 1);
            if (r.isEmpty()) {
                if (d.ifExists()) {
                    skipped.accept(name);
                    continue;
                }
                throw new SqlException(SqlState.UNDEFINED_TABLE, "view \"" + name + "\" does not exist");
            }
            if (r.get().kind() != RelationKind.VIEW) {
                throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + name + "\" is not a view").withHint(
                        switch (r.get().kind()) {
                            case TABLE -> "Use DROP TABLE to remove a table.";
                            case INDEX -> "Use DROP INDEX to remove an index.";
                            case SEQUENCE -> "Use DROP SEQUENCE to remove a sequence.";
                            case VIEW -> null;
                        });
            }
            targets.add(r.get());
        }
        dropReaders(targets, d.cascade());
    }

    /**
     * Drops the views among {@code targets} and every view reading one of the targets, directly or
     * through other views (readers first). A reader that is not itself a target needs
     * {@code cascade}, else 2BP01 as PostgreSQL words it.
     */
    void dropReaders(List<RelationInfo> targets, boolean cascade) {
        Set<Integer> named = new HashSet<>();
        targets.forEach(r -> named.add(r.oid()));
        Set<Integer> views = new LinkedHashSet<>();
        Deque<RelationInfo> work = new ArrayDeque<>(targets);
        for (RelationInfo r : targets) {
            if (r.kind() == RelationKind.VIEW) {
                views.add(r.oid());
            }
        }
        while (!work.isEmpty()) {
            RelationInfo r = work.pop();
            for (ViewInfo v : catalog().dependentViews(s.tx(), r.oid())) {
                if (named.contains(v.oid()) || views.contains(v.oid())) {
                    continue;
                }
                if (!cascade) {
                    String kind = r.kind() == RelationKind.VIEW ? "view" : "table";
                    throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + kind + " " + r.name()
                            + " because other objects depend on it")
                            .withDetail("view " + v.def().name() + " depends on " + kind + " " + r.name())
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                views.add(v.oid());
                catalog().relation(s.tx(), v.oid()).ifPresent(work::push);
            }
        }
        while (!views.isEmpty()) {
            int before = views.size();
            for (Integer oid : List.copyOf(views)) {
                boolean unread = catalog().dependentViews(s.tx(), oid).stream().noneMatch(v -> views.contains(v.oid()));
                if (unread) {
                    catalog().dropView(s.tx(), oid);
                    views.remove(oid);
                }
            }
            if (views.size() == before) {
                throw new SqlException(SqlState.INTERNAL_ERROR, "views " + views + " read each other");
            }
        }
    }

    /**
     * 0A000 when a view reading {@code rel} uses {@code *} or NATURAL JOIN: its query is kept as
     * text, so a column added to what it reads would change or shift its columns at the next use.
     */
    void requireNoStarReaders(RelationInfo rel, String what) {
        for (ViewInfo v : catalog().dependentViews(s.tx(), rel.oid())) {
            if (expandsColumns(StatementParser.parseOne(v.def().query()).statement())) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + what + " because view "
                        + v.def().name() + " selects * from it")
                        .withHint("Drop the view first, or create it with its columns listed.");
            }
        }
    }

    /** Whether an AST node uses {@code *} in a select list or a NATURAL JOIN anywhere inside. */
    static boolean expandsColumns(Object node) {
        if (node instanceof Expr.Star || (node instanceof FromItem.Join j && j.natural())) {
            return true;
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (expandsColumns(o)) {
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
                if (expandsColumns(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
