package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lines EXPLAIN prints under scans: {@code Index Cond} and {@code Filter} (the texts are
 * checked against PostgreSQL's in {@code sql/explain_index.sql}), and under ANALYZE
 * {@code Rows Removed by Filter} before {@code Heap Fetches}, with the counts the run gave.
 */
class ExplainConditionsTest extends OneSession {

    @BeforeAll
    static void start() throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ec (id int PRIMARY KEY, k int, note text)");
            s.execute("CREATE INDEX ec_k ON ec (k)");
            s.execute("INSERT INTO ec SELECT i, i % 10, 'n' || i FROM generate_series(1, 1000) i");
        }
    }

    @Test
    void analyzeCountsTheRowsTheFilterRemoved() throws Exception {
        String p = plan("ANALYZE SELECT id FROM ec WHERE id <= 100 AND id % 4 = 0");
        assertThat(p).containsSubsequence("Index Only Scan using ec_pkey on ec", "Index Cond: (id <= 100)",
                "Filter: ((id % 4) = 0)", "Rows Removed by Filter: 75", "Heap Fetches: 100");
        p = plan("ANALYZE SELECT * FROM ec WHERE note LIKE 'n9%'");
        assertThat(p).containsSubsequence("Seq Scan on ec", "Filter: (note ~~ 'n9%'::text)",
                "Rows Removed by Filter: 889");
        assertThat(plan("ANALYZE SELECT * FROM ec WHERE id = 7")).contains("Index Cond: (id = 7)")
                .doesNotContain("Filter").doesNotContain("Heap Fetches");
    }

    @Test
    void aScanWithoutConditionPrintsNone() throws Exception {
        assertThat(plan("SELECT * FROM ec")).isEqualTo("Seq Scan on ec\n");
        assertThat(plan("SELECT * FROM ec x")).isEqualTo("Seq Scan on ec x\n");
        assertThat(plan("SELECT id FROM ec ORDER BY id LIMIT 3"))
                .isEqualTo("Limit\n->  Index Only Scan using ec_pkey on ec\n");
    }

    @Test
    void parametersPrintAsDollarN() throws Exception {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN SELECT * FROM ec WHERE id = ? AND note <> ?")) {
            ps.setInt(1, 5);
            ps.setString(2, "x");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getString(1).trim());
                }
            }
        }
        // the driver sends the string as varchar: coerced to text, as PostgreSQL shows it
        assertThat(lines).containsExactly("Index Scan using ec_pkey on ec", "Index Cond: (id = $1)",
                "Filter: (note <> ($2)::text)");
    }
}
