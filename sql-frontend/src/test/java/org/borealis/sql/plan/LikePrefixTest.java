package org.borealis.sql.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fixed prefix of LIKE patterns and the upper bound of their index range, as PostgreSQL derives them under the C collation. */
class LikePrefixTest {

    @Test
    void prefixStopsAtTheFirstUnescapedWildcard() {
        assertThat(LikePrefix.of("ab%", '\\')).isEqualTo(new LikePrefix("ab", false));
        assertThat(LikePrefix.of("a_c", '\\')).isEqualTo(new LikePrefix("a", false));
        assertThat(LikePrefix.of("abc", '\\')).isEqualTo(new LikePrefix("abc", true));
        assertThat(LikePrefix.of("n\\_1%", '\\')).isEqualTo(new LikePrefix("n_1", false));
        assertThat(LikePrefix.of("a!%b", '!')).isEqualTo(new LikePrefix("a%b", true));
        assertThat(LikePrefix.of("a\\b%", null)).isEqualTo(new LikePrefix("a\\b", false));
        assertThat(LikePrefix.of("%x", '\\')).isEqualTo(new LikePrefix("", false));
        assertThat(LikePrefix.of("ab\\", '\\')).isNull();
    }

    @Test
    void greaterIncrementsTheLastCharacterOrDropsIt() {
        assertThat(LikePrefix.greater("ab")).isEqualTo("ac");
        assertThat(LikePrefix.greater("n99")).isEqualTo("n9:");
        assertThat(LikePrefix.greater("n12%")).isEqualTo("n12&");
        assertThat(LikePrefix.greater("a\u007f")).isEqualTo("b");
        assertThat(LikePrefix.greater("\u007f")).isNull();
        assertThat(LikePrefix.greater("é")).isEqualTo("ê");
        assertThat(LikePrefix.greater("a\u07ff")).isEqualTo("b");
        assertThat(LikePrefix.greater("a\ud7ff")).isEqualTo("a\ue000");
        assertThat(LikePrefix.greater("a" + new String(Character.toChars(0x10FFFF)))).isEqualTo("b");
    }

    @Test
    void everyStringWithThePrefixSortsBelowTheBound() {
        String[] prefixes = {"ab", "a\u007f", "é", "a\u07ff", "x\uffff"};
        String[] tails = {"", "\u007f", "\uffff", new String(Character.toChars(0x10FFFF)), "zzz"};
        for (String p : prefixes) {
            String g = LikePrefix.greater(p);
            for (String t : tails) {
                assertThat(org.borealis.sql.types.StringType.compareCodePoints(p + t, g)).as(p + t).isNegative();
            }
        }
    }
}
