package org.borealis.sql.stats;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.borealis.sql.types.ArrayType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.Types;

/**
 * The width PostgreSQL's ANALYZE counts for a value ({@code avg_width}): a fixed-width type's
 * length, or a variable-width value's size as a heap tuple holds it, header included (1 byte up to
 * 126 bytes of data, else 4). Numeric counts its base-10000 digits as PostgreSQL packs them.
 * Not modelled: PostgreSQL's compression of values over about 2 kB (counted uncompressed here),
 * and the exact array and jsonb layouts (counted from their text).
 */
final class StoredWidth {

    private StoredWidth() {
    }

    /** Whether PostgreSQL stores the type with variable width. */
    static boolean varlena(PgType t) {
        return fixed(t) < 0;
    }

    /** The type's fixed length, or -1 when its width varies. */
    static int fixed(PgType t) {
        if (t == Types.NAME) {
            return 64;
        }
        if (t == Types.CHAR) {
            return 1;
        }
        if (t == Types.INTERVAL) {
            return 16;
        }
        if (t.oid() == 1266) { // timetz
            return 12;
        }
        return t.typlen() > 0 ? t.typlen() : -1;
    }

    /** The stored size of a non-null value of a variable-width type. */
    static int of(PgType t, Object v) {
        int data;
        if (t == Types.NUMERIC) {
            data = numeric((BigDecimal) v);
        } else if (t == Types.BYTEA) {
            data = ((byte[]) v).length;
        } else if (t instanceof ArrayType) {
            data = t.formatText(v, TextFormat.DEFAULT).getBytes(StandardCharsets.UTF_8).length;
        } else {
            data = t.formatText(v, TextFormat.DEFAULT).getBytes(StandardCharsets.UTF_8).length;
        }
        return data + 1 <= 127 ? data + 1 : data + 4;
    }

    /** Bytes of a numeric after its varlena header: a 2-byte short header and 2 bytes per base-10000 digit. */
    private static int numeric(BigDecimal v) {
        if (v == null) {
            return 2;
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String ip = dot < 0 ? plain : plain.substring(0, dot);
        String fp = dot < 0 ? "" : plain.substring(dot + 1);
        ip = "0".repeat((4 - ip.length() % 4) % 4) + ip;
        fp = fp + "0".repeat((4 - fp.length() % 4) % 4);
        String digits = ip + fp;
        int groups = digits.length() / 4;
        int first = 0;
        while (first < groups && digits.substring(first * 4, first * 4 + 4).equals("0000")) {
            first++;
        }
        int last = groups;
        while (last > first && digits.substring(last * 4 - 4, last * 4).equals("0000")) {
            last--;
        }
        int ndigits = last - first;
        int weight = ip.length() / 4 - 1 - first;
        boolean shortForm = v.scale() <= 63 && weight >= -64 && weight <= 63;
        return (shortForm ? 2 : 4) + 2 * ndigits;
    }
}
