package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: exact cases (over-long length, unknown type, invalid UTF-8, truncated message) get
 * 08P01 and a closed connection; then random and mutated message streams from many connections at
 * once, while a healthy session keeps answering throughout. Seeded: a failure prints the seed,
 * {@code -Dtest.seed=N} replays it.
 */
class ProtocolFuzzTest {

    @TempDir
    static Path dir;
    static ComputeFixture fx;

    @BeforeAll
    static void start() throws Exception {
        fx = new ComputeFixture(dir, ComputeConfig.WireSection.defaults().withPort(0).withLimits(200, 1 << 20));
        try (Connection c = fx.connect("simple"); Statement s = c.createStatement()) {
            s.execute("create table f (a int primary key, b text)");
            s.execute("insert into f values (1, 'one')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        fx.close();
    }

    private static RawClient.Msg afterStartup(RawClient c, byte[] bad) throws Exception {
        c.send(RawClient.startup("postgres"));
        assertThat(c.readUntilReady()).isNull();
        c.send(bad);
        RawClient.Msg m;
        RawClient.Msg err = null;
        while ((m = c.read()) != null) {
            if (m.type() == 'E') {
                err = m;
            }
        }
        return err;
    }

    @Test
    void malformedInputIsAProtocolViolationThatClosesOnlyThatConnection() throws Exception {
        byte[][] cases = {
                ByteBuffer.allocate(5).put((byte) 'Q').putInt(Integer.MAX_VALUE).array(),
                ByteBuffer.allocate(5).put((byte) 'Q').putInt(2 << 20).array(),
                RawClient.message('?', new byte[0]),
                RawClient.message('Q', new byte[] {'s', 'e', 'l', (byte) 0xC3, (byte) 0x28, 0}),
                RawClient.message('Q', new byte[] {'s', 'e', 'l'}),
                RawClient.message('P', new byte[] {0, 's', 0, (byte) 0xFF, (byte) 0xFF}),
                RawClient.message('B', new byte[] {0, 0, 0, 1, 0, 0, 0, 1, (byte) 0x80, 0, 0, 0}),
                ByteBuffer.allocate(5).put((byte) 'S').putInt(2).array(),
        };
        for (byte[] bad : cases) {
            try (RawClient c = new RawClient(fx.compute.port())) {
                RawClient.Msg err = afterStartup(c, bad);
                assertThat(err).as("error for %s", java.util.Arrays.toString(bad)).isNotNull();
                assertThat(err.field('C')).isEqualTo("08P01");
                assertThat(err.field('S')).isEqualTo("FATAL");
            }
        }
        assertHealthy();
    }

    @Test
    void tooManyConnectionsIsRefusedWith53300() throws Exception {
        ComputeConfig.WireSection w = ComputeConfig.WireSection.defaults().withPort(0).withLimits(2, 1 << 20);
        try (ComputeFixture small = new ComputeFixture(dir.resolve("small"), w);
             Connection a = small.connect("simple"); Connection b = small.connect("simple");
             RawClient c = new RawClient(small.compute.port())) {
            c.send(RawClient.startup("postgres"));
            RawClient.Msg m = c.read();
            assertThat(m.type()).isEqualTo('E');
            assertThat(m.field('C')).isEqualTo("53300");
            assertThat(a.isValid(5)).isTrue();
        }
    }

    @Test
    void randomAndMutatedStreamsFromManyConnections() throws Exception {
        long seed = Long.getLong("test.seed", System.nanoTime());
        System.out.println("ProtocolFuzzTest seed " + seed + " (replay with -Dtest.seed=" + seed + ")");
        try {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int round = 0; round < 10; round++) {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 24; t++) {
                    long s = seed * 31 + round * 1000 + t;
                    fs.add(pool.submit(() -> {
                        fuzzOne(new Random(s));
                        return null;
                    }));
                }
                for (Future<?> f : fs) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertHealthy();
            }
            pool.shutdown();
        } catch (Throwable e) {
            throw new AssertionError("ProtocolFuzzTest failed with seed " + seed + " (replay with -Dtest.seed=" + seed + ")", e);
        }
    }

    private static void fuzzOne(Random r) throws Exception {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        boolean random = r.nextInt(4) == 0;
        if (random) {
            byte[] junk = new byte[r.nextInt(200)];
            r.nextBytes(junk);
            stream.writeBytes(junk);
        } else {
            stream.writeBytes(RawClient.startup("postgres"));
            String[] sqls = {"select 1", "select * from f where a = 1", "select 'x' || b from f",
                    "insert into f values (" + (100 + r.nextInt(1_000_000)) + ", 'z')", "begin", "commit", "select 1/0"};
            int n = 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                String sql = sqls[r.nextInt(sqls.length)];
                if (r.nextBoolean()) {
                    stream.writeBytes(RawClient.query(sql));
                } else {
                    stream.writeBytes(RawClient.message('P', ("\0" + sql + "\0\0\0").getBytes()));
                    stream.writeBytes(RawClient.message('B', new byte[] {0, 0, 0, 0, 0, 0, 0, 0}));
                    stream.writeBytes(RawClient.message('E', new byte[] {0, 0, 0, 0, 0}));
                    stream.writeBytes(RawClient.message('S', new byte[0]));
                }
            }
            if (r.nextBoolean()) {
                stream.writeBytes(RawClient.message('X', new byte[0]));
            }
        }
        byte[] b = stream.toByteArray();
        if (!random) {
            int mutations = r.nextInt(4);
            for (int i = 0; i < mutations && b.length > 0; i++) {
                int at = r.nextInt(b.length);
                switch (r.nextInt(3)) {
                    case 0 -> b[at] = (byte) r.nextInt(256);
                    case 1 -> b = java.util.Arrays.copyOf(b, at);
                    default -> b[at] ^= (byte) (1 << r.nextInt(8));
                }
            }
        }
        try (RawClient c = new RawClient(fx.compute.port())) {
            c.socket.setSoTimeout(2000);
            try {
                c.send(b);
                c.socket.shutdownOutput();
                while (c.read() != null) {
                    // drain until the server closes
                }
            } catch (java.io.IOException expected) {
                // the server may close first
            }
        }
    }

    private static void assertHealthy() throws Exception {
        try (Connection c = fx.connect("extended"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select b from f where a = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("one");
        }
    }
}
