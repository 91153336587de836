package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.FuncExpr;
import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;

/**
 * The array {@code ||} operators, as PostgreSQL's {@code array_cat}, {@code array_append} and
 * {@code array_prepend}: array || array, array || element and element || array. An untyped
 * literal beside an array is taken as an array ({@code ARRAY[1] || '{2}'}), as in PostgreSQL. Not
 * strict: a NULL array acts as an empty one (NULL || NULL is NULL), a NULL element is added as a
 * NULL entry. The result keeps the left array's lower bound, else counts from 1.
 */
final class ArrayConcat {

    private ArrayConcat() {
    }

    /** The bound operator, or null when neither side is an array. */
    static BoundExpr bind(BoundExpr l, BoundExpr r, Coercion co, int pos) {
        PgType lt = Coercion.typeOf(l);
        PgType rt = Coercion.typeOf(r);
        boolean la = lt instanceof ArrayType a && !a.isVector();
        boolean ra = rt instanceof ArrayType b && !b.isVector();
        if (!la && !ra) {
            return null;
        }
        ArrayType t = (ArrayType) (la ? lt : rt);
        if (la && ra && !lt.equals(rt)) {
            return null;
        }
        // The other side is the same array type (array_cat) or an element; an untyped literal is
        // taken as an array, as PostgreSQL does ({@code ARRAY[1] || '{2}'}).
        boolean cat = la && ra || (la ? Coercion.isUnknown(r) : Coercion.isUnknown(l));
        BoundExpr a = co.coerce(l, la || cat ? t : t.element(), Casts.Context.IMPLICIT, pos);
        BoundExpr b = co.coerce(r, ra || cat ? t : t.element(), Casts.Context.IMPLICIT, pos);
        boolean leftArray = la || cat;
        boolean rightArray = ra || cat;
        return new FuncExpr("||", List.of(a, b), t, (c, v) -> {
            if (leftArray && rightArray && v[0] == null && v[1] == null) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            int lower = 1;
            if (leftArray) {
                if (v[0] != null) {
                    PgArray x = (PgArray) v[0];
                    items.addAll(x.items());
                    lower = x.items().isEmpty() ? 1 : x.lower();
                }
            } else {
                items.add(v[0]);
            }
            if (rightArray) {
                if (v[1] != null) {
                    items.addAll(((PgArray) v[1]).items());
                }
            } else {
                items.add(v[1]);
            }
            return new PgArray(lower, items);
        }, false, false);
    }
}
