package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/** Seeded round trips of composite keys through {@link KeyCodec} and back through {@link KeyDecoder}. */
class KeyDecoderTest {

    private static final PgType[] TYPES = {Types.INT2, Types.INT4, Types.INT8, Types.BOOL, Types.TEXT, Types.VARCHAR};

    private static Object value(Random rnd, PgType t) {
        if (rnd.nextInt(6) == 0) {
            return null;
        }
        if (t == Types.INT2) {
            return (short) rnd.nextInt(Short.MIN_VALUE, Short.MAX_VALUE + 1);
        } else if (t == Types.INT4) {
            return rnd.nextBoolean() ? rnd.nextInt() : new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE}[rnd.nextInt(4)];
        } else if (t == Types.INT8) {
            return rnd.nextBoolean() ? rnd.nextLong() : new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE}[rnd.nextInt(4)];
        } else if (t == Types.BOOL) {
            return rnd.nextBoolean();
        }
        StringBuilder s = new StringBuilder();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            s.appendCodePoint(new int[] {'a', 'Z', ' ', 0xE4, 0x20AC, 0x1F600, 0x7F}[rnd.nextInt(7)]);
        }
        return s.toString();
    }

    @Test
    void compositeKeysDecodeToTheirValues() {
        long seed = Seeds.seed("KeyDecoderTest");
        Random rnd = new Random(seed);
        for (int round = 0; round < 2000; round++) {
            int cols = 1 + rnd.nextInt(4);
            PgType[] types = new PgType[cols];
            Object[] values = new Object[cols];
            for (int i = 0; i < cols; i++) {
                types[i] = TYPES[rnd.nextInt(TYPES.length)];
                values[i] = value(rnd, types[i]);
            }
            byte[] key = KeyCodec.encode(values, types);
            int[] at = {0};
            List<Object> back = new ArrayList<>();
            for (PgType t : types) {
                back.add(KeyDecoder.decodeColumn(key, at, t));
            }
            assertThat(back).as("seed %d", seed).containsExactly(values);
            assertThat(at[0]).isEqualTo(key.length);
        }
    }

    @Test
    void onlyExactKeyFormsDecode() {
        assertThat(KeyDecoder.decodes(Types.NUMERIC)).isFalse();
        assertThat(KeyDecoder.decodes(Types.BPCHAR)).isFalse();
        assertThat(KeyDecoder.decodes(Types.FLOAT8)).isFalse();
        assertThat(KeyDecoder.decodes(Types.JSONB)).isFalse();
        assertThat(KeyDecoder.decodes(Types.TEXT)).isTrue();
        assertThatThrownBy(() -> KeyDecoder.decodeColumn(new byte[] {1, 0x7F}, new int[] {0}, Types.INT4))
                .isInstanceOf(SqlException.class).hasMessageContaining("does not decode");
        assertThatThrownBy(() -> KeyDecoder.decodeColumn(new byte[] {9}, new int[] {0}, Types.INT4))
                .isInstanceOf(SqlException.class);
    }
}
