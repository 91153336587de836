package org.borealis.sql.pgcatalog;

import java.util.List;

import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.PgArray;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RegType;
import org.borealis.sql.types.RegOid;
import org.borealis.sql.types.Types;

/** Converts the Java values catalog code computes (int, char, List, ...) to a column type's value form. */
final class Values {

    private Values() {
    }

    static Object convert(Object v, PgType t) {
        if (v == null) {
            return null;
        }
        if (t == Types.OID) {
            return ((Number) v).longValue() & 0xFFFFFFFFL;
        }
        if (t == Types.INT2) {
            return ((Number) v).shortValue();
        }
        if (t == Types.INT4) {
            return ((Number) v).intValue();
        }
        if (t == Types.INT8) {
            return ((Number) v).longValue();
        }
        if (t == Types.FLOAT4) {
            return ((Number) v).floatValue();
        }
        if (t == Types.CHAR) {
            return v instanceof Character c ? (c == 0 ? "" : String.valueOf(c)) : v.toString();
        }
        if (t instanceof RegType && !(v instanceof RegOid)) {
            return new RegOid(((Number) v).longValue(), null);
        }
        if (t instanceof ArrayType a && v instanceof List<?> l) {
            Object[] items = new Object[l.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = convert(l.get(i), a.element());
            }
            return new PgArray(a.isVector() ? 0 : 1, java.util.Arrays.asList(items));
        }
        return v;
    }
}
