package org.borealis.sql.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.testing.NodeProcess;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A compute node outlives a restart of its storage node: the storage node (a child JVM) is killed
 * with SIGKILL and started again on the same data and port; the same compute node, never
 * restarted, then commits again, reads pages it had evicted from storage, and a commit made while
 * storage was down completes once it is back. Nothing acknowledged is lost.
 */
class StorageRestartIT {

    @TempDir
    Path dir;

    @Test
    void theComputeNodeReconnectsAndResendsAfterTheStorageNodeRestarts() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = dir.resolve("storage");
        NodeProcess storage = NodeProcess.start(data, LogMode.FSYNC, TransportKind.TCP, dir.resolve("storage-1.log"), port);
        try (Transport transport = Transports.create(NodeProcess.transportConfig(TransportKind.TCP, "compute-1"))) {
            // a buffer pool of 128 pages (1 MiB) for a table of several MiB: scans must read from storage
            ComputeConfig cc = ComputeConfig.defaults()
                    .withStorage(new ComputeConfig.StorageSection(storage.address(), 0, Duration.ofSeconds(60)))
                    .withEngine(new ComputeConfig.EngineSection(128, "postgres", "postgres", "", Duration.ZERO))
                    .withWire(ComputeConfig.WireSection.defaults().withPort(0));
            ComputeNode compute = ComputeNode.start(cc, transport);
            try (Connection c = connect(compute);
                 Statement st = c.createStatement()) {
                st.execute("CREATE TABLE big (id int PRIMARY KEY, pad text)");
                st.execute("CREATE TABLE small (id int PRIMARY KEY, note text)");
                st.execute("INSERT INTO big SELECT g, repeat('x', 500) || g FROM generate_series(1, 8000) g");
                st.execute("INSERT INTO small VALUES (1, 'before')");
                assertThat(count(st, "SELECT count(*) FROM big")).isEqualTo(8000);
                assertThat(count(st, "SELECT count(*) FROM small")).isEqualTo(1);

                storage.kill();
                storage.close();
                // a commit while storage is down waits for it (the log sink reconnects and resends)
                CompletableFuture<Integer> during = CompletableFuture.supplyAsync(() -> {
                    try (Connection d = connect(compute); Statement ds = d.createStatement()) {
                        return ds.executeUpdate("UPDATE small SET note = 'during' WHERE id = 1");
                    } catch (SQLException e) {
                        throw new RuntimeException(e);
                    }
                });
                Thread.sleep(500);
                storage = NodeProcess.start(data, LogMode.FSYNC, TransportKind.TCP, dir.resolve("storage-2.log"), port);
                assertThat(during.get(120, TimeUnit.SECONDS)).as("the commit made while storage was down").isEqualTo(1);

                st.execute("INSERT INTO small VALUES (2, 'after')");
                assertThat(count(st, "SELECT count(*) FROM big")).as("a scan through evicted pages").isEqualTo(8000);
                assertThat(count(st, "SELECT sum(length(pad)) FROM big")).isEqualTo(count(st,
                        "SELECT sum(500 + length(g::text)) FROM generate_series(1, 8000) g"));
                try (ResultSet rs = st.executeQuery("SELECT id, note FROM small ORDER BY id")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("during");
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(2)).isEqualTo("after");
                    assertThat(rs.next()).isFalse();
                }
            } finally {
                compute.close();
            }
            // a new compute node on the restarted storage finds every acknowledged change
            ComputeNode again = ComputeNode.start(cc, transport);
            try (Connection c = connect(again);
                 Statement st = c.createStatement()) {
                assertThat(count(st, "SELECT count(*) FROM big")).isEqualTo(8000);
                try (PreparedStatement ps = c.prepareStatement("SELECT note FROM small WHERE id = ?")) {
                    ps.setInt(1, 1);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getString(1)).isEqualTo("during");
                    }
                }
                assertThat(count(st, "SELECT count(*) FROM small")).isEqualTo(2);
            } finally {
                again.close();
            }
        } finally {
            storage.close();
        }
    }

    private static Connection connect(ComputeNode node) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + node.port() + "/postgres", "postgres", "");
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
