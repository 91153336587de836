package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.pgcatalog.CatalogFunctions;
import org.borealis.sql.pgcatalog.CatalogSnapshot;
import org.borealis.sql.pgcatalog.CatalogSource;
import org.borealis.sql.pgcatalog.RegCasts;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RegType;
import org.borealis.sql.types.Types;

/**
 * Binds the catalog functions clients call (psql's {@code \d} family, pgjdbc's
 * DatabaseMetaData): argument coercion here, bodies in {@link CatalogFunctions}, reading the
 * statement's catalog snapshot when they run. Also the array functions those queries use.
 */
final class SystemFunctions {

    private final PlanContext pc;
    private final Coercion co;

    SystemFunctions(PlanContext pc, Coercion co) {
        this.pc = pc;
        this.co = co;
    }

    /** A conversion into an OID alias type, resolving names against the catalog when it runs. */
    static BoundExpr toReg(BoundExpr e, RegType target, PlanContext pc, int pos) {
        CatalogSource src = pc.catalog().systemCatalog();
        PgType from = Coercion.typeOf(e);
        return new FuncExpr(target.typname(), List.of(e), target, (c, v) -> {
            Object x = from instanceof RegType ? ((Number) v[0]).longValue() : v[0];
            if (src == null) {
                return Casts.convert(x, from instanceof RegType ? Types.OID : from, target, c.format());
            }
            return RegCasts.convert(x instanceof String str && from != Types.UNKNOWN && !Types.isString(from) ? str : x,
                    target, src.snapshot(), c);
        }, true, false);
    }

    /** The function, or null when the name is not one of these. */
    BoundExpr call(Expr.FuncCall call, List<BoundExpr> args) {
        String name = call.simpleName();
        int pos = call.pos();
        return switch (name) {
            case "pg_get_function_result", "pg_get_function_arguments" -> catalog(name,
                    args, 1, 1, List.of(Types.OID), Types.TEXT, pos, (s, c, v) -> org.borealis.sql.pgcatalog.ProcCatalog
                            .byOid(oid(v[0])).map(p -> name.equals("pg_get_function_result") ? p.result() : p.arguments())
                            .orElse(null));
            case "pg_get_userbyid" -> catalog(name, args, 1, 1, List.of(Types.OID), Types.NAME, pos,
                    (s, c, v) -> CatalogFunctions.userById(s, oid(v[0])));
            case "pg_table_is_visible" -> catalog(name, args, 1, 1, List.of(Types.OID), Types.BOOL, pos,
                    (s, c, v) -> CatalogFunctions.tableIsVisible(s, c, oid(v[0])));
            case "pg_type_is_visible" -> {
                List<BoundExpr> a = coerce(name, args, 1, 1, List.of(Types.OID), pos);
                yield new FuncExpr(name, a, Types.BOOL, (c, v) -> CatalogFunctions.typeIsVisible(oid(v[0])), true, false);
            }
            case "format_type" -> {
                List<BoundExpr> a = coerce(name, args, 2, 2, List.of(Types.OID, Types.INT4), pos);
                yield new FuncExpr(name, a, Types.TEXT, (c, v) -> CatalogFunctions.formatType(
                        v[0] == null ? null : oid(v[0]), (Integer) v[1]), false, false);
            }
            case "pg_get_expr" -> catalog(name, args, 2, 3, List.of(Types.TEXT, Types.OID, Types.BOOL), Types.TEXT, pos,
                    (s, c, v) -> CatalogFunctions.getExpr(s, (String) v[0], oid(v[1]), v.length > 2 && (Boolean) v[2]));
            case "pg_get_indexdef" -> catalog(name, args, 1, 3, List.of(Types.OID, Types.INT4, Types.BOOL), Types.TEXT, pos,
                    (s, c, v) -> CatalogFunctions.indexDef(s, c, oid(v[0]), v.length > 1 ? (Integer) v[1] : 0,
                            v.length > 2 && (Boolean) v[2]));
            case "pg_get_constraintdef" -> catalog(name, args, 1, 2, List.of(Types.OID, Types.BOOL), Types.TEXT, pos,
                    (s, c, v) -> CatalogFunctions.constraintDef(s, c, oid(v[0]), v.length > 1 && (Boolean) v[1]));
            case "pg_encoding_to_char" -> {
                List<BoundExpr> a = coerce(name, args, 1, 1, List.of(Types.INT4), pos);
                yield new FuncExpr(name, a, Types.NAME, (c, v) -> CatalogFunctions.encodingToChar((Integer) v[0]), true, false);
            }
            case "pg_my_temp_schema" -> catalog(name, args, 0, 0, List.of(), Types.OID, pos, (s, c, v) -> {
                String temp = c.session() == null ? null : c.session().tempSchema();
                return temp == null ? 0L : (long) s.namespaceOid(temp);
            });
            case "current_schemas" -> catalog(name, args, 1, 1, List.of(Types.BOOL), Types.arrayOf(Types.NAME), pos,
                    (s, c, v) -> PgArray.of(CatalogFunctions.searchPath(s, c, (Boolean) v[0])));
            case "obj_description" -> catalog(name, args, 1, 2, List.of(Types.OID, Types.NAME),
                    Types.TEXT, pos, (s, c, v) -> org.borealis.sql.pgcatalog.Descriptions.of(oid(v[0]),
                            v.length > 1 ? (String) v[1] : null));
            case "shobj_description" -> catalog(name, args, 1, 2, List.of(Types.OID, Types.NAME),
                    Types.TEXT, pos, (s, c, v) -> null);
            case "col_description" -> catalog(name, args, 2, 2, List.of(Types.OID, Types.INT4), Types.TEXT, pos,
                    (s, c, v) -> null);
            case "pg_get_viewdef" -> {
                List<BoundExpr> a = new ArrayList<>(args);
                if (!a.isEmpty() && (Coercion.typeOf(a.get(0)) == Types.UNKNOWN || Types.isString(Coercion.typeOf(a.get(0))))) {
                    a.set(0, toReg(a.get(0), Types.REGCLASS, pc, pos));
                }
                yield catalog(name, a, 1, 2, List.of(Types.OID, Types.BOOL), Types.TEXT, pos,
                        (s, c, v) -> CatalogFunctions.viewDef(s, oid(v[0])));
            }
            case "pg_relation_size" -> {
                List<BoundExpr> a = regclassFirst(args, pos);
                yield catalog(name, a, 1, 2, List.of(Types.OID, Types.TEXT), Types.INT8, pos,
                        (s, c, v) -> org.borealis.sql.pgcatalog.SizeFunctions.relationSize(s, oid(v[0]),
                                v.length > 1 ? (String) v[1] : "main"));
            }
            case "pg_table_size", "pg_indexes_size", "pg_total_relation_size" -> {
                List<BoundExpr> a = regclassFirst(args, pos);
                yield catalog(name, a, 1, 1, List.of(Types.OID), Types.INT8, pos, (s, c, v) -> switch (name) {
                    case "pg_table_size" -> org.borealis.sql.pgcatalog.SizeFunctions.tableSize(s, oid(v[0]));
                    case "pg_indexes_size" -> org.borealis.sql.pgcatalog.SizeFunctions.indexesSize(s, oid(v[0]));
                    default -> org.borealis.sql.pgcatalog.SizeFunctions.totalRelationSize(s, oid(v[0]));
                });
            }
            case "pg_database_size" -> {
                boolean byOid = args.size() == 1 && Coercion.typeOf(args.get(0)) != Types.UNKNOWN
                        && !Types.isString(Coercion.typeOf(args.get(0)));
                yield catalog(name, args, 1, 1, List.of(byOid ? Types.OID : Types.NAME), Types.INT8, pos, (s, c, v) -> {
                    if (byOid) {
                        return oid(v[0]) == org.borealis.sql.pgcatalog.Oids.DATABASE ? org.borealis.sql.pgcatalog.SizeFunctions.databaseSize(s,
                                s.database()) : null;
                    }
                    return org.borealis.sql.pgcatalog.SizeFunctions.databaseSize(s, (String) v[0]);
                });
            }
            case "pg_size_pretty" -> {
                if (args.size() != 1) {
                    yield null;
                }
                PgType t = Coercion.typeOf(args.get(0));
                if (t instanceof org.borealis.sql.types.FloatType) {
                    yield null; // no pg_size_pretty(double precision): PostgreSQL's "does not exist"
                }
                boolean numeric = t == Types.NUMERIC;
                List<BoundExpr> a = coerce(name, args, 1, 1, List.of(numeric ? Types.NUMERIC : Types.INT8), pos);
                yield new FuncExpr(name, a, Types.TEXT, (c, v) -> v[0] instanceof java.math.BigDecimal d
                        ? org.borealis.sql.pgcatalog.SizeFunctions.pretty(d)
                        : v[0] instanceof Long l ? org.borealis.sql.pgcatalog.SizeFunctions.pretty(l) : null, true, false);
            }
            case "pg_get_statisticsobjdef_columns", "pg_get_triggerdef" -> catalog(name, args, 1, 2,
                    List.of(Types.OID, Types.BOOL), Types.TEXT, pos, (s, c, v) -> null);
            case "pg_relation_is_publishable" -> catalog(name, args, 1, 1, List.of(Types.OID), Types.BOOL, pos,
                    (s, c, v) -> s.relation(oid(v[0])).map(r -> r.kind() == org.borealis.sql.engine.RelationKind.TABLE)
                            .orElse(false));
            case "has_table_privilege", "has_schema_privilege", "has_database_privilege", "has_column_privilege",
                 "has_sequence_privilege", "has_function_privilege", "has_any_column_privilege" -> privilege(name, args, pos);
            case "array_to_string" -> arrayToString(args, pos);
            case "array_upper", "array_lower", "array_length" -> arrayBound(name, args, pos);
            case "cardinality" -> {
                BoundExpr a = array(name, args, 0, pos);
                yield new FuncExpr(name, List.of(a), Types.INT4, (c, v) -> ((PgArray) v[0]).size(), true, false);
            }
            case "quote_ident" -> {
                List<BoundExpr> a = coerce(name, args, 1, 1, List.of(Types.TEXT), pos);
                yield new FuncExpr(name, a, Types.TEXT, (c, v) -> quoteIdent((String) v[0]), true, false);
            }
            default -> null;
        };
    }

    /** The arguments with a first argument given as a name (text or an untyped literal) read as a regclass. */
    private List<BoundExpr> regclassFirst(List<BoundExpr> args, int pos) {
        List<BoundExpr> a = new ArrayList<>(args);
        if (!a.isEmpty() && (Coercion.typeOf(a.get(0)) == Types.UNKNOWN || Types.isString(Coercion.typeOf(a.get(0))))) {
            a.set(0, toReg(a.get(0), Types.REGCLASS, pc, pos));
        }
        return a;
    }

    static long oid(Object v) {
        return ((Number) v).longValue() & 0xFFFFFFFFL;
    }

    @FunctionalInterface
    interface Body {
        Object apply(CatalogSnapshot s, ExecContext ctx, Object[] args);
    }

    private BoundExpr catalog(String name, List<BoundExpr> args, int min, int max, List<PgType> types, PgType result,
                              int pos, Body body) {
        List<BoundExpr> a = coerce(name, args, min, max, types, pos);
        CatalogSource src = pc.catalog().systemCatalog();
        if (src == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "function " + name + " needs a database session")
                    .withPosition(pos + 1);
        }
        return new FuncExpr(name, a, result, (c, v) -> body.apply(src.snapshot(), c, v), true, false);
    }

    private List<BoundExpr> coerce(String name, List<BoundExpr> args, int min, int max, List<PgType> types, int pos) {
        if (args.size() < min || args.size() > max) {
            throw Functions.undefined(name, args, pos);
        }
        List<BoundExpr> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            PgType from = Coercion.typeOf(args.get(i));
            PgType to = types.get(i);
            if (from != to && !Casts.allowed(from, to, Casts.Context.IMPLICIT)
                    && !(to == Types.TEXT && from == Types.PG_NODE_TREE)) {
                throw Functions.undefined(name, args, pos);
            }
            out.add(from == Types.PG_NODE_TREE && to == Types.TEXT ? args.get(i)
                    : co.coerce(args.get(i), to, Casts.Context.IMPLICIT, pos));
        }
        return out;
    }

    private BoundExpr privilege(String name, List<BoundExpr> args, int pos) {
        if (args.size() < 2 || args.size() > 4) {
            throw Functions.undefined(name, args, pos);
        }
        List<BoundExpr> a = new ArrayList<>();
        for (BoundExpr e : args) {
            a.add(Coercion.isUnknown(e) ? co.coerce(e, Types.TEXT, Casts.Context.IMPLICIT, pos) : e);
        }
        return new FuncExpr(name, a, Types.BOOL, (c, v) -> true, true, false);
    }

    private BoundExpr array(String name, List<BoundExpr> args, int i, int pos) {
        if (args.size() <= i || !(Coercion.typeOf(args.get(i)) instanceof ArrayType)) {
            throw Functions.undefined(name, args, pos);
        }
        return args.get(i);
    }

    private BoundExpr arrayToString(List<BoundExpr> args, int pos) {
        BoundExpr a = array("array_to_string", args, 0, pos);
        if (args.size() < 2 || args.size() > 3) {
            throw Functions.undefined("array_to_string", args, pos);
        }
        ArrayType t = (ArrayType) a.type();
        List<BoundExpr> all = new ArrayList<>(List.of(a));
        for (int i = 1; i < args.size(); i++) {
            all.add(co.coerce(args.get(i), Types.TEXT, Casts.Context.IMPLICIT, pos));
        }
        return new FuncExpr("array_to_string", all, Types.TEXT, (c, v) -> {
            if (v[0] == null || v[1] == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (Object o : ((PgArray) v[0]).items()) {
                if (o == null && (v.length < 3 || v[2] == null)) {
                    continue;
                }
                sb.append(first ? "" : (String) v[1]).append(o == null ? (String) v[2] : t.element().formatText(o, c.format()));
                first = false;
            }
            return sb.toString();
        }, false, false);
    }

    private BoundExpr arrayBound(String name, List<BoundExpr> args, int pos) {
        BoundExpr a = array(name, args, 0, pos);
        if (args.size() != 2) {
            throw Functions.undefined(name, args, pos);
        }
        BoundExpr dim = co.coerce(args.get(1), Types.INT4, Casts.Context.IMPLICIT, pos);
        return new FuncExpr(name, List.of(a, dim), Types.INT4, (c, v) -> {
            PgArray arr = (PgArray) v[0];
            if ((Integer) v[1] != 1 || arr.size() == 0) {
                return null;
            }
            return switch (name) {
                case "array_upper" -> arr.upper();
                case "array_lower" -> arr.lower();
                default -> arr.size();
            };
        }, true, false);
    }

    static String quoteIdent(String s) {
        boolean safe = !s.isEmpty() && (Character.isLowerCase(s.charAt(0)) || s.charAt(0) == '_');
        for (int i = 0; i < s.length() && safe; i++) {
            char ch = s.charAt(i);
            safe = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '_';
        }
        return safe ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
