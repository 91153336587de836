package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.SetFunction;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.JsonNav;
import org.borealis.sql.types.JsonParser;
import org.borealis.sql.types.Jsonb;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * The json/jsonb set-returning functions: {@code *_array_elements[_text]}, {@code *_object_keys}
 * and {@code *_each[_text]}, in FROM or a select list like {@code unnest}. jsonb objects give
 * their keys in storage order; json objects in written order, duplicates included.
 */
final class JsonSetFunctions {

    private JsonSetFunctions() {
    }

    static SetFunction bind(String name, List<BoundExpr> args, Coercion co, int pos) {
        boolean jsonb = name.startsWith("jsonb");
        PgType in = jsonb ? Types.JSONB : Types.JSON;
        if (args.size() != 1 || Coercion.typeOf(args.get(0)) != in && !Coercion.isUnknown(args.get(0))) {
            throw Functions.undefined(name, args, pos);
        }
        List<BoundExpr> a = List.of(co.coerce(args.get(0), in, Casts.Context.IMPLICIT, pos));
        boolean text = name.endsWith("_text");
        PgType valueType = text ? Types.TEXT : in;
        String kind = name.substring(name.indexOf('_') + 1).replace("_text", "");
        switch (kind) {
            case "array_elements":
                return new SetFunction(name, a, List.of("value"), List.of(valueType), (c, v) -> {
                    List<Object[]> rows = new ArrayList<>();
                    if (jsonb) {
                        Object n = ((Jsonb) v[0]).root();
                        if (!(n instanceof List<?> l)) {
                            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot extract elements from "
                                    + (n instanceof Map ? "an object" : "a scalar"));
                        }
                        for (Object o : l) {
                            rows.add(new Object[] {text ? JsonNav.text(o) : new Jsonb(o)});
                        }
                    } else {
                        JsonParser.Raw r = JsonParser.parseRaw((String) v[0]);
                        if (!(r.node() instanceof List<?> l)) {
                            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot extract elements from "
                                    + (r.node() instanceof JsonParser.RawObject ? "an object" : "a scalar"));
                        }
                        for (Object o : l) {
                            JsonParser.Raw e = (JsonParser.Raw) o;
                            rows.add(new Object[] {text ? JsonNav.rawText(e) : e.text()});
                        }
                    }
                    return rows;
                }, valueType);
            case "object_keys":
                return new SetFunction(name, a, List.of(name), List.of(Types.TEXT), (c, v) -> {
                    List<Object[]> rows = new ArrayList<>();
                    for (Object[] kv : pairs(name, v[0], jsonb, false)) {
                        rows.add(new Object[] {kv[0]});
                    }
                    return rows;
                }, Types.TEXT);
            case "each": {
                RecordType rt = new RecordType(List.of(new RecordType.Field("key", Types.TEXT),
                        new RecordType.Field("value", valueType)));
                return new SetFunction(name, a, List.of("key", "value"), List.of(Types.TEXT, valueType),
                        (c, v) -> pairs(name, v[0], jsonb, text), rt);
            }
            default:
                throw Functions.undefined(name, args, pos);
        }
    }

    private static List<Object[]> pairs(String name, Object value, boolean jsonb, boolean text) {
        List<Object[]> rows = new ArrayList<>();
        if (jsonb) {
            Object n = ((Jsonb) value).root();
            if (!(n instanceof Map<?, ?> m)) {
                throw notObject(name, n instanceof List);
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                rows.add(new Object[] {e.getKey(), text ? JsonNav.text(e.getValue()) : new Jsonb(e.getValue())});
            }
            return rows;
        }
        JsonParser.Raw r = JsonParser.parseRaw((String) value);
        if (!(r.node() instanceof JsonParser.RawObject o)) {
            throw notObject(name, r.node() instanceof List);
        }
        for (int i = 0; i < o.keys().size(); i++) {
            JsonParser.Raw e = o.values().get(i);
            rows.add(new Object[] {o.keys().get(i), text ? JsonNav.rawText(e) : e.text()});
        }
        return rows;
    }

    private static SqlException notObject(String name, boolean array) {
        if (name.endsWith("object_keys")) {
            return new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + name + " on " + (array ? "an array" : "a scalar"));
        }
        return new SqlException(SqlState.INVALID_PARAMETER_VALUE, "cannot call " + name + " on a non-object");
    }
}
