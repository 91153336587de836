package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.SessionInfo;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * nextval, currval, setval and lastval. The sequence argument is a regclass ({@code 'name'} or
 * {@code 'name'::regclass}, resolved by the catalog's regclass input); the values come from the
 * engine's per-session sequence state. All are volatile.
 */
final class SequenceFunctions {

    private SequenceFunctions() {
    }

    static BoundExpr call(Coercion co, String name, List<BoundExpr> args, int pos) {
        switch (name) {
            case "nextval", "currval": {
                Functions.arity(name, args, 1, pos);
                boolean next = name.equals("nextval");
                return Functions.fn(name, List.of(regclass(co, args.get(0), pos)), Types.INT8, (c, v) -> {
                    int oid = ((Number) v[0]).intValue();
                    return next ? seqs(c).nextval(oid) : seqs(c).currval(oid);
                }, true);
            }
            case "lastval":
                Functions.arity(name, args, 0, pos);
                return Functions.fn(name, args, Types.INT8, (c, v) -> seqs(c).lastval(), true);
            case "setval": {
                if (args.size() < 2 || args.size() > 3) {
                    return null;
                }
                List<BoundExpr> a = new ArrayList<>();
                a.add(regclass(co, args.get(0), pos));
                a.add(co.coerce(args.get(1), Types.INT8, Casts.Context.IMPLICIT, pos));
                if (args.size() == 3) {
                    a.add(co.coerce(args.get(2), Types.BOOL, Casts.Context.IMPLICIT, pos));
                }
                return Functions.fn(name, a, Types.INT8, (c, v) -> seqs(c).setval(((Number) v[0]).intValue(), (Long) v[1],
                        v.length < 3 || (Boolean) v[2]), true);
            }
            default:
                return null;
        }
    }

    private static BoundExpr regclass(Coercion co, BoundExpr e, int pos) {
        PgType t = Coercion.typeOf(e);
        return co.coerce(e, Types.REGCLASS, Types.isString(t) ? Casts.Context.EXPLICIT : Casts.Context.IMPLICIT, pos);
    }

    private static SessionInfo.Sequences seqs(ExecContext c) {
        SessionInfo.Sequences s = c.session() == null ? null : c.session().sequences();
        if (s == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "sequences need storage");
        }
        return s;
    }
}
