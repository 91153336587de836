package org.borealis.sql.session;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.ByteSource;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;

/** Converts Bind parameter values from their text or binary wire form to typed values. */
final class Parameters {

    private Parameters() {
    }

    static Object[] decode(PgType[] types, short[] formats, byte[][] values, TextFormat fmt) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            byte[] v = values[i];
            if (v == null) {
                continue;
            }
            short f = formats.length == 0 ? 0 : formats.length == 1 ? formats[0] : formats[i];
            PgType t = types[i];
            if (f == 1) {
                try {
                    out[i] = t.readBinary(ByteSource.ofBinaryInput(v));
                } catch (SqlException e) {
                    throw new SqlException(SqlState.INVALID_BINARY_REPRESENTATION,
                            "incorrect binary data format in bind parameter " + (i + 1));
                }
            } else {
                out[i] = t.parseText(utf8(v), fmt);
            }
        }
        return out;
    }

    /** Strict UTF-8; invalid input is 22021 as in PostgreSQL. */
    static String utf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new SqlException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\"");
        }
    }
}
