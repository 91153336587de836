package org.borealis.sql.exec.storage;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.ViewMeta;

/**
 * INSERT, UPDATE and DELETE on a simple view, rewritten onto its table as PostgreSQL's automatically
 * updatable views are: the view must be one SELECT from one table, without WITH, DISTINCT, GROUP
 * BY, HAVING, LIMIT/OFFSET, ORDER BY, aggregates, window or set-returning functions (else 55000,
 * as PostgreSQL); its columns that are plain columns of the table can be written (others 0A000).
 * UPDATE and DELETE also apply the view's WHERE; INSERT does not check it (no CHECK OPTION). Not
 * done here (0A000, PostgreSQL does them): views over views, RETURNING, ON CONFLICT, UPDATE ...
 * FROM, DELETE ... USING and subqueries in the statement.
 */
final class ViewDml {

    private final ViewMeta v;
    private final String verb;
    private final QueryBody.Select body;
    private final List<String> base;
    private final String bodyAlias;
    private final String rel;

    /** The statement itself when it writes a table, else rewritten onto the table of the view it names. */
    static Statement.Insert onTable(EngineStorageSession s, Statement.Insert ins) {
        Optional<ViewMeta> v = viewTarget(s, ins.table());
        return v.isEmpty() ? ins : new ViewDml(s, v.get(), "insert into", null).insert(ins);
    }

    static Statement.Update onTable(EngineStorageSession s, Statement.Update up) {
        Optional<ViewMeta> v = viewTarget(s, up.table());
        return v.isEmpty() ? up : new ViewDml(s, v.get(), "update", up.alias()).update(up);
    }

    static Statement.Delete onTable(EngineStorageSession s, Statement.Delete del) {
        Optional<ViewMeta> v = viewTarget(s, del.table());
        return v.isEmpty() ? del : new ViewDml(s, v.get(), "delete from", del.alias()).delete(del);
    }

    private static Optional<ViewMeta> viewTarget(EngineStorageSession s, List<String> name) {
        return s.view().table(name).isPresent() ? Optional.empty() : s.view().view(name);
    }

    /** @param alias the alias the statement gives the view, or null */
    ViewDml(EngineStorageSession s, ViewMeta v, String verb, String alias) {
        this.v = v;
        this.verb = verb;
        this.rel = alias != null ? alias : v.name();
        Query q = (Query) StatementParser.parseOne(v.query()).statement();
        this.body = simple(q);
        FromItem.Table t = (FromItem.Table) body.from().get(0);
        Optional<RelationInfo> r = s.withSearchPath(v.searchPath(), () -> s.view().relation(t.name()));
        if (r.isEmpty() || r.get().kind() != RelationKind.TABLE) {
            throw refused("views over views or system relations are not updatable here");
        }
        this.base = List.of(r.get().schema(), r.get().name());
        this.bodyAlias = t.alias() != null ? t.alias() : r.get().name();
    }

    private SqlException refused(String why) {
        return new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + verb + " view \"" + v.name() + "\"")
                .withDetail(why.substring(0, 1).toUpperCase() + why.substring(1) + ".");
    }

    private SqlException notUpdatable(String detail) {
        return new SqlException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "cannot " + verb + " view \"" + v.name() + "\"")
                .withDetail(detail).withHint("To enable " + (verb.equals("insert into") ? "inserting into" : verb.equals("update")
                        ? "updating" : "deleting from") + " the view, provide an INSTEAD OF " + (verb.equals("insert into")
                        ? "INSERT" : verb.equals("update") ? "UPDATE" : "DELETE") + " trigger or an unconditional ON "
                        + (verb.equals("insert into") ? "INSERT" : verb.equals("update") ? "UPDATE" : "DELETE")
                        + " DO INSTEAD rule.");
    }

    private QueryBody.Select simple(Query q) {
        if (!q.with().isEmpty()) {
            throw notUpdatable("Views containing WITH are not automatically updatable.");
        }
        if (q.body() instanceof QueryBody.SetOp) {
            throw notUpdatable("Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.");
        }
        if (!(q.body() instanceof QueryBody.Select s)) {
            throw notUpdatable("Views that do not select from a single table or view are not automatically updatable.");
        }
        if (s.distinct() || (s.distinctOn() != null && !s.distinctOn().isEmpty())) {
            throw notUpdatable("Views containing DISTINCT are not automatically updatable.");
        }
        if (s.groupBy() != null && !s.groupBy().isEmpty()) {
            throw notUpdatable("Views containing GROUP BY are not automatically updatable.");
        }
        if (s.having() != null) {
            throw notUpdatable("Views containing HAVING are not automatically updatable.");
        }
        if (q.limit() != null || q.offset() != null) {
            throw notUpdatable("Views containing LIMIT or OFFSET are not automatically updatable.");
        }
        if (s.from().size() != 1 || !(s.from().get(0) instanceof FromItem.Table)) {
            throw notUpdatable("Views that do not select from a single table or view are not automatically updatable.");
        }
        for (QueryBody.SelectItem item : s.items()) {
            if (calls(item.expr())) {
                throw refused("views whose outputs call functions are not updatable here");
            }
            if (item.expr() instanceof Expr.Star) {
                throw refused("views selecting * are not updatable here");
            }
        }
        if (!q.orderBy().isEmpty() || q.locking() != null) {
            throw refused("views with ORDER BY or FOR UPDATE are not updatable here");
        }
        return s;
    }

    private static boolean calls(Object node) {
        if (node instanceof Expr.FuncCall || node instanceof Query) {
            return true;
        }
        if (node instanceof List<?> l) {
            return l.stream().anyMatch(ViewDml::calls);
        }
        if (node == null || !node.getClass().isRecord()) {
            return false;
        }
        try {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (calls(c.getAccessor().invoke(node))) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The view column's index by name, or -1. */
    private int index(String name) {
        for (int i = 0; i < v.columns().size(); i++) {
            if (v.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The table column a view column writes to (0A000 for a computed column). */
    private String baseColumn(String viewColumn, int pos) {
        int i = index(viewColumn);
        if (i < 0) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + viewColumn + "\" of relation \"" + v.name()
                    + "\" does not exist").withPosition(pos + 1);
        }
        if (!(body.items().get(i).expr() instanceof Expr.ColumnRef c)) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + (verb.equals("update") ? "update" : "insert into")
                    + " column \"" + viewColumn + "\" of view \"" + v.name() + "\"")
                    .withDetail("View columns that are not columns of their base relation are not updatable.");
        }
        return c.column();
    }

    Statement.Insert insert(Statement.Insert ins) {
        if (ins.onConflict() != null || !ins.returning().isEmpty()) {
            throw refused("ON CONFLICT and RETURNING on a view are not supported here");
        }
        List<String> cols = new ArrayList<>();
        List<String> named = ins.columns();
        if (named.isEmpty() && !ins.defaultValues()) {
            int given = ins.source().body() instanceof QueryBody.Values vals ? vals.rows().get(0).size() : v.columns().size();
            named = new ArrayList<>();
            for (int i = 0; i < Math.min(given, v.columns().size()); i++) {
                named.add(v.columns().get(i).name());
            }
        }
        Query source = ins.source();
        boolean defaultValues = ins.defaultValues();
        if (v.columns().stream().anyMatch(c -> c.defaultExpr() != null)) {
            named = new ArrayList<>(named);
            source = withViewDefaults(named, source);
            defaultValues = defaultValues && source == null;
        }
        for (String c : named) {
            cols.add(baseColumn(c, ins.pos()));
        }
        return new Statement.Insert(base, cols, source, defaultValues, null, List.of(), ins.pos());
    }

    /**
     * The defaults set on view columns (ALTER VIEW ... SET DEFAULT) replace DEFAULT in VALUES and
     * fill the view columns an INSERT leaves out, as PostgreSQL's rewriter does; {@code named}
     * gains the filled columns. An INSERT ... SELECT that leaves out such a column is 0A000 here.
     */
    private Query withViewDefaults(List<String> named, Query source) {
        List<Integer> at = new ArrayList<>();
        for (String c : named) {
            at.add(index(c));
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < v.columns().size(); i++) {
            if (v.columns().get(i).defaultExpr() != null && !at.contains(i)) {
                missing.add(i);
            }
        }
        if (source == null) {
            List<Expr> row = new ArrayList<>();
            for (int i : missing) {
                named.add(v.columns().get(i).name());
                row.add(defaultOf(i));
            }
            return row.isEmpty() ? null : new Query(List.of(), new QueryBody.Values(List.of(row)), List.of(), null, null, null);
        }
        if (!(source.body() instanceof QueryBody.Values vals) || !source.with().isEmpty()) {
            if (!missing.isEmpty()) {
                throw refused("INSERT ... SELECT leaving out a view column with a default is not supported here");
            }
            return source;
        }
        List<List<Expr>> rows = new ArrayList<>();
        for (List<Expr> r : vals.rows()) {
            List<Expr> row = new ArrayList<>(r);
            for (int k = 0; k < row.size() && k < at.size(); k++) {
                if (row.get(k) instanceof Expr.Default && at.get(k) >= 0 && v.columns().get(at.get(k)).defaultExpr() != null) {
                    row.set(k, defaultOf(at.get(k)));
                }
            }
            missing.forEach(i -> row.add(defaultOf(i)));
            rows.add(row);
        }
        missing.forEach(i -> named.add(v.columns().get(i).name()));
        return new Query(source.with(), new QueryBody.Values(rows), source.orderBy(), source.limit(), source.offset(),
                source.locking());
    }

    private Expr defaultOf(int column) {
        Query q = (Query) StatementParser.parseOne("select " + v.columns().get(column).defaultExpr()).statement();
        return ((QueryBody.Select) q.body()).items().get(0).expr();
    }

    Statement.Update update(Statement.Update up) {
        if (!up.from().isEmpty() || !up.returning().isEmpty()) {
            throw refused("UPDATE ... FROM and RETURNING on a view are not supported here");
        }
        List<Statement.Assignment> set = new ArrayList<>();
        for (Statement.Assignment a : up.set()) {
            set.add(new Statement.Assignment(baseColumn(a.column(), a.pos()), (Expr) substitute(a.value()), a.pos()));
        }
        return new Statement.Update(base, bodyAlias, set, List.of(), where(up.where()), List.of(), up.pos());
    }

    Statement.Delete delete(Statement.Delete del) {
        if (!del.using().isEmpty() || !del.returning().isEmpty()) {
            throw refused("DELETE ... USING and RETURNING on a view are not supported here");
        }
        return new Statement.Delete(base, bodyAlias, List.of(), where(del.where()), List.of(), del.pos());
    }

    private Expr where(Expr where) {
        Expr own = where == null ? null : (Expr) substitute(where);
        if (body.where() == null) {
            return own;
        }
        return own == null ? body.where() : new Expr.And(body.where(), own, own.pos());
    }

    /** Rebuilds an AST node with the view's columns replaced by the table columns they show. */
    private Object substitute(Object node) {
        if (node instanceof Expr.ColumnRef c) {
            List<String> n = c.names();
            if (n.size() > 2 || (n.size() == 2 && !n.get(0).equals(rel)) || index(c.column()) < 0) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column " + String.join(".", n) + " does not exist")
                        .withPosition(c.pos() + 1);
            }
            return body.items().get(index(c.column())).expr();
        }
        if (node instanceof Query) {
            throw refused("subqueries in " + verb.toUpperCase() + " on a view are not supported here");
        }
        return org.borealis.sql.parser.ast.AstNodes.map(node, this::substitute);
    }
}
