package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.pgcatalog.ProcCatalog;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.Scope;
import org.borealis.sql.plan.TableMeta;

/**
 * Expression and partial indexes: their stored texts (like CHECK expressions and defaults) bound
 * over the table's row for each statement, and the checks CREATE INDEX makes, as PostgreSQL's:
 * only immutable functions (42P17), a predicate of type boolean.
 */
final class IndexExprs {

    private IndexExprs() {
    }

    /** The index as the planner and writers see it: bound expressions and predicate when it has any. */
    static TableMeta.IndexMeta meta(PlanContext pc, TableMeta table, IndexInfo i, int[] positions) {
        if (i.plain()) {
            return new TableMeta.IndexMeta(i.oid(), i.name(), positions, i.unique(), i.primary());
        }
        Scope scope = scope(table);
        int n = i.columns().size();
        BoundExpr[] exprs = new BoundExpr[n];
        String[] texts = new String[n];
        int[] cols = positions.clone();
        for (int k = 0; k < n; k++) {
            String text = i.exprs().get(k);
            if (text != null) {
                texts[k] = text;
                exprs[k] = new Binder(pc, scope).bind(DefaultExprs.parse(text));
                cols[k] = -1;
            }
        }
        BoundExpr predicate = i.predicate() == null ? null
                : new Binder(pc, scope).bindCondition(DefaultExprs.parse(i.predicate()), "WHERE");
        return new TableMeta.IndexMeta(i.oid(), i.name(), cols, i.unique(), i.primary(), exprs, texts, predicate);
    }

    /** What CREATE INDEX of an expression or partial index resolved. */
    record Built(TableMeta t, Statement.CreateIndex c, int[] columns, BoundExpr[] exprs, String[] texts,
                 BoundExpr predicate, List<String> names, List<Integer> attnums, List<ColumnDef> exprColumns) {

        TableMeta.IndexMeta meta(String name) {
            return new TableMeta.IndexMeta(0, name, columns, c.unique(), false, exprs, texts, predicate);
        }
    }

    /** Binds CREATE INDEX's keys and predicate over the table's row (42P17 for a function that is not immutable). */
    static Built build(PlanContext pc, TableMeta t, Statement.CreateIndex c) {
        Scope scope = scope(t);
        int n = c.columns().size();
        int[] cols = new int[n];
        BoundExpr[] exprs = new BoundExpr[n];
        String[] texts = new String[n];
        List<String> names = new ArrayList<>();
        List<Integer> attnums = new ArrayList<>();
        List<ColumnDef> exprColumns = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Statement.IndexColumn ic = c.columns().get(k);
            PgType type;
            if (ic.expr() == null) {
                TableMeta.Column col = t.column(ic.column());
                if (col == null) {
                    throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + ic.column() + "\" named in key does not exist");
                }
                cols[k] = col.index();
                type = col.type();
                names.add(col.name());
                attnums.add(t.attnum(col.index()));
                exprColumns.add(null);
            } else {
                requireImmutable(ic.expr(), "index expression");
                exprs[k] = new Binder(pc, scope).bind(ic.expr());
                texts[k] = ic.exprText();
                cols[k] = -1;
                type = exprs[k].type();
                String name = columnName(ic.expr());
                String unique = name;
                for (int i = 1; names.contains(unique); i++) {
                    unique = name + i;
                }
                names.add(unique);
                attnums.add(0);
                exprColumns.add(new ColumnDef(unique, type.oid(), -1, false, ic.exprText(), (char) 0));
            }
            if (type == Types.JSON) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "data type json has no default operator class for access method \"btree\"")
                        .withHint("You must specify an operator class for the index or define a default operator class for the data type.");
            }
        }
        BoundExpr predicate = null;
        if (c.where() != null) {
            requireImmutable(c.where(), "index predicate");
            predicate = new Binder(pc, scope).bindCondition(c.where(), "WHERE");
        }
        return new Built(t, c, cols, exprs, texts, predicate, names, attnums, exprColumns);
    }

    static Scope scope(TableMeta t) {
        return FromPlanner.tableScope(t, new FromItem.Table(List.of(t.name()), null, List.of(), 0));
    }

    /** 42P17 unless every function {@code e} calls is immutable in PostgreSQL's catalog. */
    static void requireImmutable(Expr e, String where) {
        for (String f : functions(e)) {
            boolean known = false;
            boolean immutable = false;
            for (ProcCatalog.Proc p : ProcCatalog.all()) {
                if (p.name().equals(f)) {
                    known = true;
                    immutable |= p.volatility() == 'i';
                }
            }
            if (known && !immutable) {
                throw new SqlException(SqlState.INVALID_OBJECT_DEFINITION, "functions in " + where
                        + " must be marked IMMUTABLE");
            }
        }
    }

    /** The names of the functions an expression calls (unqualified, lower case). */
    static List<String> functions(Object node) {
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(Object node, List<String> out) {
        if (node == null) {
            return;
        }
        if (node instanceof Expr.FuncCall f) {
            out.add(f.name().get(f.name().size() - 1));
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                collect(o, out);
            }
            return;
        }
        if (node instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if (v instanceof Expr || v instanceof List<?> || v instanceof Record) {
                        collect(v, out);
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
    }

    /** Whether an expression names column {@code column} (unqualified or qualified). */
    static boolean names(Object node, String column) {
        if (node instanceof Expr.ColumnRef c) {
            return c.names().get(c.names().size() - 1).equals(column);
        }
        if (node instanceof List<?> l) {
            for (Object o : l) {
                if (names(o, column)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Record r) {
            for (var c : r.getClass().getRecordComponents()) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    if ((v instanceof Expr || v instanceof List<?> || v instanceof Record) && names(v, column)) {
                        return true;
                    }
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return false;
    }

    /** The expression and partial indexes of a table whose expressions or predicate name {@code column}. */
    static List<IndexInfo> using(org.borealis.sql.engine.Catalog catalog, org.borealis.sql.engine.Transaction tx,
                                 int tableOid, String column) {
        List<IndexInfo> out = new ArrayList<>();
        for (IndexInfo i : catalog.indexes(tx, tableOid)) {
            if (i.plain()) {
                continue;
            }
            boolean uses = i.predicate() != null && names(DefaultExprs.parse(i.predicate()), column);
            for (String e : i.exprs()) {
                uses |= e != null && names(DefaultExprs.parse(e), column);
            }
            if (uses) {
                out.add(i);
            }
        }
        return out;
    }

    /** The name of an expression's index column, as PostgreSQL's: the function's name, else {@code expr}. */
    static String columnName(Expr e) {
        if (e instanceof Expr.FuncCall f) {
            return f.name().get(f.name().size() - 1);
        }
        return "expr";
    }
}
