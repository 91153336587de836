package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.JsonAssign;
import org.borealis.sql.types.Jsonb;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Binds {@code SET doc['a'][0] = value} ({@link Expr.SubscriptAssign}): the column must be jsonb
 * (json and other types are not subscriptable, 42804), each subscript an integer or text (as for
 * reading, 42804 otherwise), the value assignable to jsonb (42804 otherwise; SQL NULL is stored as
 * JSON null). A NULL document starts as an empty array when the first subscript is an integer,
 * else as an empty object; a NULL subscript is 22004. The tree edit is {@link JsonAssign}.
 */
final class JsonSubscriptAssign {

    private JsonSubscriptAssign() {
    }

    static BoundExpr bind(Binder binder, Coercion co, Expr.SubscriptAssign sa) {
        int pos = sa.pos();
        BoundExpr doc = binder.bind(sa.base());
        PgType dt = Coercion.typeOf(doc);
        if (dt != Types.JSONB) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "cannot subscript type " + dt.displayName()
                    + " because it does not support subscripting").withPosition(pos + 1);
        }
        List<BoundExpr> args = new ArrayList<>();
        args.add(doc);
        boolean firstInteger = false;
        for (int i = 0; i < sa.subscripts().size(); i++) {
            BoundExpr sub = binder.bind(sa.subscripts().get(i));
            PgType st = Coercion.typeOf(sub);
            if (Types.isInteger(st)) {
                args.add(co.coerce(sub, Types.INT4, Casts.Context.ASSIGNMENT, pos));
                firstInteger |= i == 0;
            } else if (Types.isString(st) || Coercion.isUnknown(sub)) {
                args.add(co.coerce(sub, Types.TEXT, Casts.Context.IMPLICIT, pos));
            } else {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "subscript type " + st.displayName() + " is not supported")
                        .withHint("jsonb subscript must be coercible to either integer or text.").withPosition(pos + 1);
            }
        }
        BoundExpr value = binder.bind(sa.value());
        PgType vt = Coercion.typeOf(value);
        if (!Coercion.isUnknown(value) && !Casts.allowed(vt, Types.JSONB, Casts.Context.ASSIGNMENT)) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "subscripted assignment to \"" + sa.column()
                    + "\" requires type jsonb but expression is of type " + vt.displayName()).withPosition(pos + 1)
                    .withHint("You will need to rewrite or cast the expression.");
        }
        args.add(co.coerce(value, Types.JSONB, Casts.Context.ASSIGNMENT, pos));
        boolean emptyArray = firstInteger;
        int n = args.size();
        return new FuncExpr("jsonb_subscript_assign", args, Types.JSONB, (c, v) -> {
            List<String> path = new ArrayList<>(n - 2);
            for (int i = 1; i < n - 1; i++) {
                if (v[i] == null) {
                    throw new SqlException(SqlState.NULL_VALUE_NOT_ALLOWED, "jsonb subscript in assignment must not be null");
                }
                path.add(String.valueOf(v[i]));
            }
            Object root = v[0] == null ? (emptyArray ? List.of() : new TreeMap<String, Object>(Jsonb.KEY_ORDER))
                    : ((Jsonb) v[0]).root();
            Object val = v[n - 1] == null ? Jsonb.NULL : ((Jsonb) v[n - 1]).root();
            return new Jsonb(JsonAssign.assign(root, path, val));
        }, false, false);
    }
}
