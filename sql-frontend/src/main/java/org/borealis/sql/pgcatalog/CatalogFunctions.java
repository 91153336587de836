package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.Types;

/**
 * The bodies of the catalog functions clients call: {@code pg_get_userbyid},
 * {@code pg_table_is_visible}, {@code pg_type_is_visible}, {@code format_type}, {@code pg_get_indexdef},
 * {@code pg_get_constraintdef}, {@code pg_get_expr}, {@code pg_encoding_to_char},
 * {@code current_schemas}, and the name of a relation as regclass prints it. Names are resolved
 * through the session's {@code search_path} (with {@code pg_catalog} implicitly first).
 */
public final class CatalogFunctions {

    private CatalogFunctions() {
    }

    public static String userById(CatalogSnapshot s, long oid) {
        String n = RoleRelations.roleName(s, oid);
        return n != null ? n : "unknown (OID=" + oid + ")";
    }

    /** The schemas of the search path that exist, in order, {@code pg_catalog} first unless listed. */
    public static List<String> searchPath(CatalogSnapshot s, ExecContext ctx, boolean implicit) {
        List<String> out = new ArrayList<>();
        String path = ctx.session() == null ? "\"$user\", public" : ctx.session().setting("search_path");
        List<String> items = pathItems(path, ctx.session() == null ? "" : ctx.session().user());
        String temp = ctx.session() == null ? null : ctx.session().tempSchema();
        if (temp != null && s.namespaces().containsKey(temp) && !items.contains("pg_temp") && !items.contains(temp)) {
            out.add(temp);
        }
        if (implicit && !items.contains("pg_catalog")) {
            out.add("pg_catalog");
        }
        for (String p : items) {
            if (p.equals("pg_temp")) {
                p = temp == null ? p : temp;
            }
            if (s.namespaces().containsKey(p) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The schema names a {@code search_path} setting lists, in order: quoted names as written,
     * others case-folded, {@code $user} replaced by the user's name (existence is not checked).
     */
    public static List<String> pathItems(String path, String user) {
        List<String> items = new ArrayList<>();
        for (String part : path.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("\"") && p.endsWith("\"") && p.length() >= 2) {
                p = p.substring(1, p.length() - 1).replace("\"\"", "\"");
            } else {
                p = p.toLowerCase(java.util.Locale.ROOT);
            }
            if (p.equals("$user")) {
                p = user;
            }
            items.add(p);
        }
        return items;
    }

    /** Whether an unqualified name finds this relation first along the search path. */
    public static Boolean tableIsVisible(CatalogSnapshot s, ExecContext ctx, long oid) {
        Optional<Named> r = named(s, oid);
        if (r.isEmpty()) {
            return null;
        }
        for (String schema : searchPath(s, ctx, true)) {
            Optional<Named> first = find(s, schema, r.get().name());
            if (first.isPresent()) {
                return first.get().oid() == oid;
            }
        }
        return false;
    }

    /**
     * {@code pg_type_is_visible}: every type of pg_type lives in pg_catalog, which is always
     * searched, so a listed type is visible; NULL for an OID pg_type does not list.
     */
    public static Boolean typeIsVisible(long oid) {
        return Types.byOid((int) oid) != null && TypeCatalog.entry(oid) != null ? Boolean.TRUE : null;
    }

    /** A relation as regclass prints it: its name, schema-qualified when not visible. */
    public static String relationName(CatalogSnapshot s, ExecContext ctx, long oid) {
        Optional<Named> r = named(s, oid);
        if (r.isEmpty()) {
            return oid == 0 ? "-" : Long.toString(oid);
        }
        String name = Idents.quote(r.get().name());
        return Boolean.TRUE.equals(tableIsVisible(s, ctx, oid)) ? name : Idents.quote(r.get().schema()) + "." + name;
    }

    /** Resolves a regclass input name ({@code t}, {@code s.t}, quoted parts); empty when there is none. */
    public static Optional<Long> relationOid(CatalogSnapshot s, ExecContext ctx, List<String> name) {
        if (name.size() > 1) {
            String schema = name.get(name.size() - 2);
            if (schema.equals("pg_temp") && ctx.session() != null && ctx.session().tempSchema() != null) {
                schema = ctx.session().tempSchema();
            }
            return find(s, schema, name.get(name.size() - 1)).map(n -> (long) n.oid());
        }
        for (String schema : searchPath(s, ctx, true)) {
            Optional<Named> n = find(s, schema, name.get(0));
            if (n.isPresent()) {
                return Optional.of((long) n.get().oid());
            }
        }
        return Optional.empty();
    }

    /** A relation of either kind: user relation or system relation. */
    record Named(int oid, String schema, String name) {
    }

    static Optional<Named> named(CatalogSnapshot s, long oid) {
        Optional<RelationInfo> r = s.relation(oid);
        if (r.isPresent()) {
            return Optional.of(new Named(r.get().oid(), CatalogSnapshot.schemaOf(r.get()), r.get().name()));
        }
        return PgCatalog.byOid(oid).map(x -> new Named(x.oid(), x.schema(), x.name()));
    }

    static Optional<Named> find(CatalogSnapshot s, String schema, String name) {
        Optional<SystemRelation> sys = PgCatalog.find(List.of(schema, name));
        if (sys.isPresent()) {
            return Optional.of(new Named(sys.get().oid(), schema, name));
        }
        for (RelationInfo r : s.relations()) {
            if (r.name().equals(name) && CatalogSnapshot.schemaOf(r).equals(schema)) {
                return Optional.of(new Named(r.oid(), schema, name));
            }
        }
        return Optional.empty();
    }

    /** {@code pg_get_viewdef(view)}: the definition, or NULL when the OID is not a view's. */
    public static String viewDef(CatalogSnapshot s, long oid) {
        return s.view(oid).map(ViewRelations::definition).orElse(null);
    }

    public static String formatType(Long oid, Integer typmod) {
        return oid == null ? null : TypeCatalog.formatType(oid, typmod);
    }

    public static String encodingToChar(int encoding) {
        return switch (encoding) {
            case 0 -> "SQL_ASCII";
            case 6 -> "UTF8";
            case 8 -> "LATIN1";
            default -> "";
        };
    }

    /**
     * {@code pg_get_indexdef(oid, column, pretty)}: the CREATE INDEX statement (column 0), or the
     * key column's name (column k). Non-pretty output qualifies the table always.
     */
    public static String indexDef(CatalogSnapshot s, ExecContext ctx, long oid, int column, boolean pretty) {
        Optional<IndexInfo> idx = s.index(oid);
        if (idx.isEmpty()) {
            return null;
        }
        IndexInfo i = idx.get();
        RelationInfo table = s.relation(i.tableOid()).orElse(null);
        if (table == null) {
            return null;
        }
        List<String> cols = new ArrayList<>();
        for (int k = 0; k < i.columns().size(); k++) {
            int attnum = i.columns().get(k);
            if (attnum > 0) {
                cols.add(Idents.quote(table.columns().get(attnum - 1).name()));
                continue;
            }
            // as PostgreSQL: a function call as it is, any other expression in parentheses
            String e = Deparser.part(table, i.exprs().get(k), null, pretty);
            cols.add(isCall(e) ? e : "(" + e + ")");
        }
        if (column > 0) {
            return column <= cols.size() ? cols.get(column - 1) : "";
        }
        String on = pretty ? relationName(s, ctx, table.oid())
                : Idents.quote(CatalogSnapshot.schemaOf(table)) + "." + Idents.quote(table.name());
        String where = i.predicate() == null ? "" : " WHERE " + Deparser.part(table, i.predicate(), Types.BOOL, pretty);
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + Idents.quote(i.name()) + " ON " + on
                + " USING btree (" + String.join(", ", cols) + ")" + where;
    }

    /** Whether deparsed text is one function call ({@code lower(email)}), which an index definition prints bare. */
    private static boolean isCall(String e) {
        int open = e.indexOf('(');
        if (open <= 0 || !e.endsWith(")") || !e.substring(0, open).matches("[A-Za-z_][A-Za-z0-9_.\"]*")) {
            return false;
        }
        int depth = 0;
        for (int p = open; p < e.length(); p++) {
            char ch = e.charAt(p);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (depth == 0 && p < e.length() - 1) {
                return false;
            }
        }
        return true;
    }

    /** {@code pg_get_constraintdef(oid, pretty)}. */
    public static String constraintDef(CatalogSnapshot s, ExecContext ctx, long oid, boolean pretty) {
        Optional<ConstraintInfo> con = s.constraint(oid);
        if (con.isEmpty()) {
            return null;
        }
        ConstraintInfo c = con.get();
        RelationInfo table = s.relation(c.tableOid()).orElse(null);
        if (table == null) {
            return null;
        }
        return switch (c.kind()) {
            case PRIMARY_KEY -> "PRIMARY KEY (" + columns(table, c.columns()) + ")";
            case UNIQUE -> "UNIQUE (" + columns(table, c.columns()) + ")";
            case CHECK -> "CHECK " + Deparser.check(table, c.checkExpr(), pretty);
            case FOREIGN_KEY -> {
                RelationInfo ref = s.relation(c.refTableOid()).orElse(null);
                String refName = ref == null ? Long.toString(c.refTableOid()) : relationName(s, ctx, ref.oid());
                String refCols = ref == null ? "" : columns(ref, c.refColumns());
                yield "FOREIGN KEY (" + columns(table, c.columns()) + ") REFERENCES " + refName + "(" + refCols + ")"
                        + action("UPDATE", c.onUpdate()) + action("DELETE", c.onDelete());
            }
        };
    }

    private static String action(String event, char a) {
        return switch (a) {
            case 'r' -> " ON " + event + " RESTRICT";
            case 'c' -> " ON " + event + " CASCADE";
            case 'n' -> " ON " + event + " SET NULL";
            case 'd' -> " ON " + event + " SET DEFAULT";
            default -> "";
        };
    }

    private static String columns(RelationInfo table, List<Integer> attnums) {
        List<String> out = new ArrayList<>();
        for (int a : attnums) {
            out.add(Idents.quote(table.columns().get(a - 1).name()));
        }
        return String.join(", ", out);
    }

    /**
     * {@code pg_get_expr(expr, relation, pretty)} for a stored default or check: the expression is
     * the SQL text Borealis keeps in {@code adbin}/{@code conbin}.
     */
    public static String getExpr(CatalogSnapshot s, String expr, long relid, boolean pretty) {
        RelationInfo table = s.relation(relid).orElse(null);
        if (table == null) {
            return expr;
        }
        for (ColumnDef c : table.columns()) {
            if (expr.equals(c.defaultExpr())) {
                return Deparser.columnDefault(table, c, pretty);
            }
        }
        return Deparser.expression(table, expr, null, pretty);
    }
}
