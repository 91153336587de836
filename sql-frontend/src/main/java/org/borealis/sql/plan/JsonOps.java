package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.JsonNav;
import org.borealis.sql.types.JsonParser;
import org.borealis.sql.types.Jsonb;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * The json and jsonb operators: {@code -> ->> #> #>>} on both, and on jsonb also {@code @> <@ ?
 * ?| ?& || - #-}. An untyped literal on the right takes the type the operator wants (text for a key,
 * text[] for a path, jsonb for {@code @>} and {@code ||}), as PostgreSQL's operator resolution does.
 */
final class JsonOps {

    private static final PgType TEXT_ARRAY = Types.arrayOf(Types.TEXT);

    private JsonOps() {
    }

    /** The bound operator, or null when {@code op} on these operand types is not a json operator. */
    static BoundExpr bind(String op, BoundExpr l, BoundExpr r, Coercion co, int pos) {
        PgType lt = Coercion.typeOf(l);
        PgType rt = Coercion.typeOf(r);
        if (op.equals("<@")) {
            if (lt != Types.JSONB && rt != Types.JSONB
                    || lt != Types.JSONB && !Coercion.isUnknown(l) || rt != Types.JSONB && !Coercion.isUnknown(r)) {
                return null;
            }
            return bind("@>", co.coerce(r, Types.JSONB, Casts.Context.IMPLICIT, pos), co.coerce(l, Types.JSONB, Casts.Context.IMPLICIT, pos), co, pos);
        }
        if (op.equals("||") && lt != Types.JSONB && rt == Types.JSONB && Coercion.isUnknown(l)) {
            lt = Types.JSONB;
        }
        if (lt != Types.JSONB && lt != Types.JSON) {
            return null;
        }
        boolean jsonb = lt == Types.JSONB;
        BoundExpr left = co.coerce(l, lt, Casts.Context.IMPLICIT, pos);
        switch (op) {
            case "->", "->>": {
                boolean text = op.equals("->>");
                PgType out = text ? Types.TEXT : lt;
                if (Types.isInteger(rt) && rt != Types.INT8) {
                    BoundExpr idx = co.coerce(r, Types.INT4, Casts.Context.IMPLICIT, pos);
                    return fn(op, left, idx, out, v -> jsonb
                            ? jsonbResult(JsonNav.element(JsonNav.asArray(root(v[0])), (Integer) v[1]), text)
                            : jsonResult(JsonNav.rawElement(JsonParser.parseRaw((String) v[0]), (Integer) v[1]), text));
                }
                if (!Types.isString(rt) && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr key = co.coerce(r, Types.TEXT, Casts.Context.IMPLICIT, pos);
                return fn(op, left, key, out, v -> jsonb
                        ? jsonbResult(JsonNav.field(root(v[0]), (String) v[1]), text)
                        : jsonResult(JsonNav.rawField(JsonParser.parseRaw((String) v[0]), (String) v[1]), text));
            }
            case "#>", "#>>": {
                if (rt != TEXT_ARRAY && !Coercion.isUnknown(r)) {
                    return null;
                }
                boolean text = op.equals("#>>");
                BoundExpr path = co.coerce(r, TEXT_ARRAY, Casts.Context.IMPLICIT, pos);
                return fn(op, left, path, text ? Types.TEXT : lt, v -> {
                    List<Object> steps = ((PgArray) v[1]).items();
                    return jsonb ? jsonbResult(JsonNav.path(root(v[0]), steps), text)
                            : jsonResult(JsonNav.rawPath(JsonParser.parseRaw((String) v[0]), steps), text);
                });
            }
            default:
                break;
        }
        if (!jsonb) {
            return null;
        }
        switch (op) {
            case "@>": {
                if (rt != Types.JSONB && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr right = co.coerce(r, Types.JSONB, Casts.Context.IMPLICIT, pos);
                return fn(op, left, right, Types.BOOL, v -> JsonNav.contains(root(v[0]), root(v[1])));
            }
            case "?": {
                if (!Types.isString(rt) && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr key = co.coerce(r, Types.TEXT, Casts.Context.IMPLICIT, pos);
                return fn(op, left, key, Types.BOOL, v -> JsonNav.exists(root(v[0]), (String) v[1]));
            }
            case "?|", "?&": {
                if (rt != TEXT_ARRAY && !Coercion.isUnknown(r)) {
                    return null;
                }
                boolean any = op.equals("?|");
                BoundExpr keys = co.coerce(r, TEXT_ARRAY, Casts.Context.IMPLICIT, pos);
                return fn(op, left, keys, Types.BOOL, v -> {
                    for (Object k : ((PgArray) v[1]).items()) {
                        if (k == null) {
                            continue;
                        }
                        if (JsonNav.exists(root(v[0]), (String) k) == any) {
                            return any;
                        }
                    }
                    return !any;
                });
            }
            case "#-": {
                if (rt != TEXT_ARRAY && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr path = co.coerce(r, TEXT_ARRAY, Casts.Context.IMPLICIT, pos);
                return fn(op, left, path, Types.JSONB, v -> new Jsonb(JsonNav.deletePath(root(v[0]), ((PgArray) v[1]).items())));
            }
            case "||": {
                if (rt != Types.JSONB && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr right = co.coerce(r, Types.JSONB, Casts.Context.IMPLICIT, pos);
                return fn(op, left, right, Types.JSONB, v -> new Jsonb(JsonNav.concat(root(v[0]), root(v[1]))));
            }
            case "-": {
                if (Types.isInteger(rt) && rt != Types.INT8) {
                    BoundExpr idx = co.coerce(r, Types.INT4, Casts.Context.IMPLICIT, pos);
                    return fn(op, left, idx, Types.JSONB, v -> new Jsonb(JsonNav.deleteIndex(root(v[0]), (Integer) v[1])));
                }
                if (rt == TEXT_ARRAY) {
                    return fn(op, left, r, Types.JSONB, v -> {
                        Object node = root(v[0]);
                        for (Object k : ((PgArray) v[1]).items()) {
                            if (k != null) {
                                node = JsonNav.deleteKey(node, (String) k);
                            }
                        }
                        return new Jsonb(node);
                    });
                }
                if (!Types.isString(rt) && !Coercion.isUnknown(r)) {
                    return null;
                }
                BoundExpr key = co.coerce(r, Types.TEXT, Casts.Context.IMPLICIT, pos);
                return fn(op, left, key, Types.JSONB, v -> new Jsonb(JsonNav.deleteKey(root(v[0]), (String) v[1])));
            }
            default:
                return null;
        }
    }

    /**
     * {@code doc[sub]} on jsonb (PostgreSQL 14+): an integer or text subscript is one step of a
     * {@code #>} path (an object's key, an array's element, negative from the end; NULL when
     * missing); other subscript types are 42804 as in PostgreSQL.
     */
    static BoundExpr subscript(BoundExpr doc, BoundExpr sub, Coercion co, int pos) {
        PgType st = Coercion.typeOf(sub);
        BoundExpr step;
        if (Types.isInteger(st)) {
            step = co.coerce(sub, Types.INT4, Casts.Context.ASSIGNMENT, pos);
        } else if (Types.isString(st) || Coercion.isUnknown(sub)) {
            step = co.coerce(sub, Types.TEXT, Casts.Context.IMPLICIT, pos);
        } else {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "subscript type " + st.displayName() + " is not supported")
                    .withHint("jsonb subscript must be coercible to either integer or text.").withPosition(pos + 1);
        }
        return fn("jsonb_subscript", doc, step, Types.JSONB,
                v -> jsonbResult(JsonNav.path(root(v[0]), List.of(String.valueOf(v[1]))), false));
    }

    private static Object root(Object jsonb) {
        return ((Jsonb) jsonb).root();
    }

    private static Object jsonbResult(Object node, boolean text) {
        if (node == null) {
            return null;
        }
        return text ? JsonNav.text(node) : new Jsonb(node);
    }

    private static Object jsonResult(JsonParser.Raw v, boolean text) {
        if (v == null) {
            return null;
        }
        return text ? JsonNav.rawText(v) : v.text();
    }

    private interface Body {
        Object apply(Object[] v);
    }

    private static BoundExpr fn(String op, BoundExpr l, BoundExpr r, PgType t, Body body) {
        return new FuncExpr(op, List.of(l, r), t, (c, v) -> body.apply(v), true, false);
    }
}
