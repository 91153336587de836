package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.borealis.sql.testutil.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IN lists, {@code = ANY (array)} and LIKE prefixes as index conditions: pgjdbc array parameters
 * (the batch-load pattern {@code WHERE id = ANY (?)}) and a seeded comparison of the rows an
 * index scan gives with those of the same data in a table without indexes, for random lists
 * (duplicates, NULLs, values absent) and random LIKE patterns over an alphabet of wildcards,
 * backslashes, non-ASCII letters and DEL. {@code -Dtest.seed=N} replays.
 */
class IndexListLikeTest extends OneSession {

    private static final String[] ALPHABET = {"a", "b", "z", "%", "_", "\\", "é", "\u007f", "~", "'"};

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            for (String t : new String[] {"li", "li_plain"}) {
                s.execute("CREATE TABLE " + t + " (id int PRIMARY KEY, k int, s text, v varchar(10))");
            }
            s.execute("CREATE INDEX li_k ON li (k)");
            s.execute("CREATE INDEX li_k_s ON li (k, s)");
            s.execute("CREATE INDEX li_s ON li (s)");
            s.execute("CREATE INDEX li_v ON li (v)");
        }
        Random rnd = new Random(42);
        for (String t : new String[] {"li", "li_plain"}) {
            rnd.setSeed(42);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + " VALUES (?, ?, ?, ?)")) {
                for (int i = 1; i <= 600; i++) {
                    ps.setInt(1, i);
                    if (rnd.nextInt(20) == 0) {
                        ps.setNull(2, Types.INTEGER);
                    } else {
                        ps.setInt(2, rnd.nextInt(60));
                    }
                    String str = rnd.nextInt(20) == 0 ? null : word(rnd, 5);
                    ps.setString(3, str);
                    ps.setString(4, str);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private static String word(Random rnd, int max) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            b.append(ALPHABET[rnd.nextInt(ALPHABET.length)]);
        }
        return b.toString();
    }

    @Test
    void arrayParameterIsAnIndexCondition() throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM li WHERE id = ANY (?) ORDER BY id")) {
            ps.setArray(1, c.createArrayOf("int4", new Object[] {9, 3, 9, null, 1000, 3}));
            assertThat(ids(ps)).containsExactly(3, 9);
            ps.setArray(1, c.createArrayOf("int4", new Object[0]));
            assertThat(ids(ps)).isEmpty();
            ps.setNull(1, Types.ARRAY);
            assertThat(ids(ps)).isEmpty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM li WHERE k = ANY (?) AND s = ANY (?) ORDER BY id")) {
            List<String> expected = rows("SELECT id FROM li_plain WHERE k IN (1, 2, 3) AND s IN ('a', 'b', 'ab')"
                    + " ORDER BY id");
            ps.setArray(1, c.createArrayOf("int4", new Object[] {3, 2, 1}));
            ps.setArray(2, c.createArrayOf("text", new Object[] {"ab", "a", "b", "a"}));
            assertThat(ids(ps).stream().map(String::valueOf).toList()).isEqualTo(expected);
        }
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT * FROM li WHERE id = ANY (?)")) {
            Array a = c.createArrayOf("int4", new Object[] {1, 2});
            ps.setArray(1, a);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1).trim());
                }
            }
        }
        assertThat(lines).containsExactly("Index Scan using li_pkey on li", "Index Cond: (id = ANY ($1))");
    }

    @Test
    void indexScansGiveTheRowsOfATableWithoutIndexes() throws Exception {
        long seed = Seeds.seed("IndexListLikeTest");
        Random rnd = new Random(seed);
        for (int i = 0; i < 120; i++) {
            String cond;
            boolean indexed;
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    cond = "k IN (" + intList(rnd) + ")";
                    indexed = true;
                }
                case 1 -> {
                    cond = "k = ANY ('{" + intList(rnd) + "}')";
                    indexed = true;
                }
                case 2 -> {
                    cond = "k IN (" + intList(rnd) + ") AND s " + (rnd.nextBoolean() ? ">" : "<") + " " + quote(word(rnd, 2));
                    indexed = true;
                }
                case 3 -> {
                    String p = pattern(rnd);
                    cond = (rnd.nextBoolean() ? "s" : "v") + " LIKE " + quote(p);
                    indexed = !p.isEmpty() && p.charAt(0) != '%' && p.charAt(0) != '_';
                }
                default -> {
                    String p = pattern(rnd);
                    cond = "k = " + rnd.nextInt(60) + " AND s LIKE " + quote(p);
                    indexed = true;
                }
            }
            String order = rnd.nextBoolean() ? " ORDER BY id" : " ORDER BY k DESC, id";
            List<String> want = rows("SELECT id, k, s FROM li_plain WHERE " + cond + order);
            List<String> got = rows("SELECT id, k, s FROM li WHERE " + cond + order);
            assertThat(got).as("seed %d: %s", seed, cond).isEqualTo(want);
            if (indexed) {
                assertThat(plan("SELECT id, k, s FROM li WHERE " + cond + order)).as("seed %d: %s", seed, cond)
                        .contains("Index Cond");
            }
        }
    }

    /** A LIKE pattern: a prefix of the alphabet (a backslash escaping what follows), then maybe a wildcard and more. */
    private static String pattern(Random rnd) {
        String p = word(rnd, 3);
        if (rnd.nextInt(4) > 0) {
            p += rnd.nextBoolean() ? "%" : "_";
            p += word(rnd, 1);
        }
        int trailing = 0;
        for (int i = p.length() - 1; i >= 0 && p.charAt(i) == '\\'; i--) {
            trailing++;
        }
        return trailing % 2 == 1 ? p + "a" : p; // a pattern may not end with its escape character
    }

    private static String intList(Random rnd) {
        List<String> out = new ArrayList<>();
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            out.add(rnd.nextInt(12) == 0 ? "NULL" : String.valueOf(rnd.nextInt(70) - 5));
        }
        if (rnd.nextBoolean()) {
            out.add(out.get(0)); // a duplicate
        }
        return String.join(", ", out);
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static List<Integer> ids(PreparedStatement ps) throws Exception {
        List<Integer> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }
}
