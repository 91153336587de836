package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.borealis.sql.testutil.JdbcRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * numeric NaN and the infinities over the wire: pgjdbc in text and binary result format, binary
 * parameters with PostgreSQL's sign words sent by a bare protocol client, and an indexed column
 * holding them read back in index order after the compute node restarts.
 */
class NumericSpecialJdbcTest {

    @TempDir
    Path dir;

    private static final String[] ORDERED = {"-Infinity", "-12.5", "0", "3.25", "Infinity", "NaN"};

    private static Connection binary(ComputeFixture f) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        p.setProperty("binaryTransferEnable", "1700");
        return DriverManager.getConnection(f.url(), p);
    }

    private static List<String> ordered(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM ns WHERE v >= ?::numeric ORDER BY v")) {
            for (int rep = 0; rep < 2; rep++) { // the second run uses the named statement: binary results
                out.clear();
                ps.setString(1, "-Infinity");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void specialsTravelInTextAndBinaryAndSurviveARestartInAnIndex() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node"))) {
            try (Connection c = f.connect("simple"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE ns (id int PRIMARY KEY, v numeric NOT NULL)");
                s.execute("CREATE INDEX ns_v ON ns (v)");
                s.execute("INSERT INTO ns VALUES (1, 'inf'), (2, 'NaN'), (3, 0), (4, '-Infinity'), (5, -12.5)");
                assertThat(JdbcRows.explain(c, "SELECT v FROM ns WHERE v >= '-Infinity' ORDER BY v")).contains("ns_v");
            }
            try (Connection c = binary(f)) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ns VALUES (?, ?::numeric)")) {
                    ps.setInt(1, 6);
                    ps.setBigDecimal(2, new java.math.BigDecimal("3.25"));
                    ps.executeUpdate();
                }
                assertThat(ordered(c)).containsExactly(ORDERED);
                try (PreparedStatement ps = c.prepareStatement("SELECT v FROM ns WHERE id = ?")) {
                    String[][] want = {{"1", "00000000d0000000"}, {"2", "00000000c0000000"}, {"4", "00000000f0000000"}};
                    for (String[] w : want) {
                        byte[] last = null;
                        for (int rep = 0; rep < 3; rep++) { // once described, pgjdbc asks for binary results
                            ps.setInt(1, Integer.parseInt(w[0]));
                            try (ResultSet rs = ps.executeQuery()) {
                                assertThat(rs.next()).isTrue();
                                last = rs.getBytes(1);
                            }
                        }
                        assertThat(HexFormat.of().formatHex(last)).isEqualTo(w[1]);
                    }
                    ps.setInt(1, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getDouble(1)).isEqualTo(Double.POSITIVE_INFINITY);
                    }
                }
            }
            try (Connection c = f.connect("simple")) {
                assertThat(JdbcRows.rows(c, "SELECT v FROM ns ORDER BY v")).containsExactly(ORDERED);
            }
            f.restartCompute();
            try (Connection c = binary(f)) {
                assertThat(ordered(c)).containsExactly(ORDERED);
                assertThat(JdbcRows.rows(c, "SELECT id FROM ns WHERE v = 'nan'")).containsExactly("2");
            }
        }
    }

    private static byte[] cstr(String s) {
        return (s + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** Parse + Bind with one binary numeric parameter + Execute + Sync; the text of the one column returned. */
    private static String bindBinary(RawClient c, String hex) throws Exception {
        ByteArrayOutputStream parse = new ByteArrayOutputStream();
        parse.writeBytes(cstr(""));
        parse.writeBytes(cstr("SELECT $1::text, $1 = 'NaN'::numeric"));
        parse.writeBytes(ByteBuffer.allocate(6).putShort((short) 1).putInt(1700).array());
        byte[] value = HexFormat.of().parseHex(hex);
        ByteArrayOutputStream bind = new ByteArrayOutputStream();
        bind.writeBytes(cstr(""));
        bind.writeBytes(cstr(""));
        bind.writeBytes(ByteBuffer.allocate(4).putShort((short) 1).putShort((short) 1).array());
        bind.writeBytes(ByteBuffer.allocate(6).putShort((short) 1).putInt(value.length).array());
        bind.writeBytes(value);
        bind.writeBytes(ByteBuffer.allocate(2).putShort((short) 0).array());
        ByteArrayOutputStream execute = new ByteArrayOutputStream();
        execute.writeBytes(cstr(""));
        execute.writeBytes(ByteBuffer.allocate(4).putInt(0).array());
        c.send(RawClient.message('P', parse.toByteArray()));
        c.send(RawClient.message('B', bind.toByteArray()));
        c.send(RawClient.message('E', execute.toByteArray()));
        c.send(RawClient.message('S', new byte[0]));
        String got = null;
        RawClient.Msg m;
        while ((m = c.read()) != null && m.type() != 'Z') {
            if (m.type() == 'E') {
                got = "ERROR " + m.field('C');
            } else if (m.type() == 'D') {
                ByteBuffer b = ByteBuffer.wrap(m.body());
                int n = b.getShort();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    byte[] col = new byte[b.getInt()];
                    b.get(col);
                    sb.append(i > 0 ? "|" : "").append(new String(col, StandardCharsets.UTF_8));
                }
                got = sb.toString();
            }
        }
        return got;
    }

    @Test
    void binaryParametersUsePostgresSignWords() throws Exception {
        try (ComputeFixture f = new ComputeFixture(dir.resolve("node")); RawClient c = new RawClient(f.compute.port())) {
            c.send(RawClient.startup("postgres"));
            assertThat(c.readUntilReady()).isNull();
            assertThat(bindBinary(c, "00000000c0000000")).isEqualTo("NaN|t");
            assertThat(bindBinary(c, "00000000d0000000")).isEqualTo("Infinity|f");
            assertThat(bindBinary(c, "00000000f0000000")).isEqualTo("-Infinity|f");
            assertThat(bindBinary(c, "0001000000000000000c")).isEqualTo("12|f");
            assertThat(bindBinary(c, "0000000050000000")).isEqualTo("ERROR 22P03");
        }
    }
}
