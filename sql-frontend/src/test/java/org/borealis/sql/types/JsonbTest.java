package org.borealis.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.testutil.JsonDocs;
import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.Test;

/**
 * jsonb's text, binary and key forms: seeded random documents print, re-parse and print the same,
 * survive the binary form, and order by their keys as by {@link Jsonb#compareTo}; deep nesting is
 * a clean 54001. The PostgreSQL comparison of the same documents is {@code JsonOracleTest}.
 */
class JsonbTest {

    @Test
    void randomDocumentsRoundTripThroughTextBinaryAndKeys() {
        long seed = Seeds.seed("JsonbTest");
        Random r = new Random(seed);
        Jsonb prev = null;
        for (int i = 0; i < 3000; i++) {
            String doc = JsonDocs.random(r, 4);
            Jsonb v = Jsonb.parse(doc);
            String printed = v.toString();
            Jsonb again = Jsonb.parse(printed);
            assertThat(again.toString()).as("seed %d doc %s", seed, doc).isEqualTo(printed);
            assertThat(again).as("seed %d doc %s", seed, doc).isEqualTo(v);
            ByteSink out = new ByteSink();
            Types.JSONB.writeBinary(v, out);
            byte[] bin = out.toByteArray();
            assertThat(bin[0]).isEqualTo((byte) 1);
            assertThat(Types.JSONB.readBinary(ByteSource.ofBinaryInput(bin))).isEqualTo(v);
            if (prev != null) {
                ByteSink ka = new ByteSink();
                ByteSink kb = new ByteSink();
                KeyCodec.encodeColumn(v, Types.JSONB, false, ka);
                KeyCodec.encodeColumn(prev, Types.JSONB, false, kb);
                assertThat(Integer.signum(java.util.Arrays.compareUnsigned(ka.toByteArray(), kb.toByteArray())))
                        .as("seed %d: %s vs %s", seed, v, prev).isEqualTo(Integer.signum(Types.JSONB.compare(v, prev)));
            }
            prev = v;
        }
    }

    @Test
    void canonicalFormIsPostgres() {
        assertThat(Jsonb.parse("{\"b\":1,\"aa\":[1,2.50,{}],\"b\":\"x\\u00e9\\n\"}").toString())
                .isEqualTo("{\"b\": \"xé\\n\", \"aa\": [1, 2.50, {}]}");
        assertThat(Jsonb.parse("1e2").toString()).isEqualTo("100");
        assertThat(Jsonb.parse("-1.5E-3").toString()).isEqualTo("-0.0015");
        assertThat(Jsonb.parse("[]").compareTo(Jsonb.parse("1"))).isNegative();
        assertThat(Jsonb.parse("1").compareTo(Jsonb.parse("[1]"))).isNegative();
        assertThat(Jsonb.parse("{\"aa\": 1, \"c\": 1}").compareTo(Jsonb.parse("{\"b\": 1, \"d\": 1}"))).isPositive();
        assertThat(Jsonb.parse("1.0")).isEqualTo(Jsonb.parse("1"));
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> Jsonb.parse(deep)).isInstanceOf(SqlException.class).hasMessageContaining("stack depth");
        assertThatThrownBy(() -> Types.JSON.parseText(deep)).isInstanceOf(SqlException.class);
        String ok = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        assertThat(Jsonb.parse(ok).toString()).isEqualTo(ok);
    }

    @Test
    void badInputGivesPostgresDetail() {
        assertThatThrownBy(() -> Jsonb.parse("{\"a\" 1}")).isInstanceOf(SqlException.class)
                .hasMessage("invalid input syntax for type json")
                .satisfies(e -> assertThat(((SqlException) e).detail()).isEqualTo("Expected \":\", but found \"1\"."));
        assertThatThrownBy(() -> Jsonb.parse("[1,2")).satisfies(e -> assertThat(((SqlException) e).detail())
                .isEqualTo("The input string ended unexpectedly."));
        assertThatThrownBy(() -> Jsonb.parse("tru")).satisfies(e -> assertThat(((SqlException) e).detail())
                .isEqualTo("Token \"tru\" is invalid."));
        assertThatThrownBy(() -> Types.JSONB.readBinary(ByteSource.ofBinaryInput(new byte[] {2, '1'})))
                .isInstanceOf(SqlException.class).hasMessageContaining("version");
    }
}
