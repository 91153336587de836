package org.borealis.sql.pgcatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RegOid;
import org.borealis.sql.types.RowTypeOids;
import org.borealis.sql.types.Types;

/**
 * Conversions into the OID alias types: a number keeps its OID and learns the object's name (which
 * the value prints as); a name is looked up ({@code 'pg_class'::regclass},
 * {@code 'integer'::regtype}, {@code 'pg_catalog.array_in'::regproc}) and fails with PostgreSQL's
 * error when there is no such object.
 */
public final class RegCasts {

    private RegCasts() {
    }

    public static RegOid convert(Object v, PgType target, CatalogSnapshot s, ExecContext ctx) {
        if (v instanceof Number n) {
            long oid = n.longValue() & 0xFFFFFFFFL;
            return new RegOid(oid, oid == 0 ? "-" : name(oid, target, s, ctx));
        }
        String text = v.toString().strip();
        if (text.equals("-")) {
            return new RegOid(0, "-");
        }
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return convert(Long.parseLong(text), target, s, ctx);
        }
        List<String> name = splitName(text);
        long oid;
        if (target == Types.REGCLASS) {
            oid = CatalogFunctions.relationOid(s, ctx, name).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                    "relation \"" + text + "\" does not exist"));
        } else if (target == Types.REGTYPE) {
            PgType t = Types.byName(text);
            if (t == null || TypeCatalog.entry(t.oid()) == null) {
                oid = rowTypeOid(s, ctx, name).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_OBJECT,
                        "type \"" + text + "\" does not exist"));
            } else {
                oid = t.oid();
            }
        } else if (target == Types.REGNAMESPACE) {
            Integer n = name.size() == 1 ? s.namespaces().get(name.get(0)) : null;
            if (n == null) {
                throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + text + "\" does not exist");
            }
            oid = n;
        } else if (target == Types.REGROLE) {
            oid = RoleRelations.roles(s).stream().filter(r -> r.name().equals(name.get(name.size() - 1))).mapToLong(r -> r.oid())
                    .findFirst().orElseThrow(() -> new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + text + "\" does not exist"));
        } else {
            String fn = name.get(name.size() - 1);
            if (name.size() > 1 && !name.get(0).equals("pg_catalog")) {
                throw noFunction(text);
            }
            oid = TypeRelations.procs().entrySet().stream().filter(e -> e.getValue().equals(fn)).mapToLong(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> noFunction(text));
        }
        return new RegOid(oid, name(oid, target, s, ctx));
    }

    /** The row type of the table or view {@code name} ({@code t}, {@code s.t}), if there is one. */
    private static java.util.Optional<Long> rowTypeOid(CatalogSnapshot s, ExecContext ctx, List<String> name) {
        return CatalogFunctions.relationOid(s, ctx, name).flatMap(s::relation).filter(RowTypes::has)
                .map(r -> (long) RowTypes.rowType(r));
    }

    /** A table's or view's row type (or its array type) prints as the relation's name (with {@code []}); null for other OIDs. */
    static String rowTypeName(long oid, CatalogSnapshot s, ExecContext ctx) {
        for (boolean array : new boolean[] {false, true}) {
            int rel = RowTypeOids.relation(oid, array);
            if (rel != 0 && s.relation(rel).filter(RowTypes::has).isPresent()) {
                return CatalogFunctions.relationName(s, ctx, rel) + (array ? "[]" : "");
            }
        }
        return null;
    }

    private static SqlException noFunction(String text) {
        return new SqlException(SqlState.UNDEFINED_FUNCTION, "function \"" + text + "\" does not exist");
    }

    /** The text an OID of {@code target}'s kind prints as (the number when no object has it). */
    static String name(long oid, PgType target, CatalogSnapshot s, ExecContext ctx) {
        String n = null;
        if (target == Types.REGCLASS) {
            return CatalogFunctions.relationName(s, ctx, oid);
        } else if (target == Types.REGTYPE) {
            n = TypeCatalog.entry(oid) == null ? rowTypeName(oid, s, ctx) : TypeCatalog.formatType(oid, null);
        } else if (target == Types.REGNAMESPACE) {
            n = s.namespaceName(oid).map(Idents::quote).orElse(null);
        } else if (target == Types.REGROLE) {
            n = RoleRelations.roleName(s, oid);
        } else {
            n = TypeRelations.procs().get(oid);
        }
        return n != null ? n : Long.toString(oid);
    }

    /** Splits {@code a.b} / {@code "A"."b"} into parts, folding unquoted ones to lower case. */
    static List<String> splitName(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '.') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(Character.toLowerCase(c));
            }
        }
        out.add(cur.toString());
        return out;
    }
}
