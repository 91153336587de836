package org.borealis.fabric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.fabric.config.ConfigBinder;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.pagestore.testing.RecordStream;
import org.borealis.pagestore.testing.TestNodes;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code borealis storage} configuration and {@code borealis page get} against a real node. */
class StorageCommandsTest {

    @TempDir
    Path dir;

    @Test
    void theShippedStorageConfigBinds() throws Exception {
        StorageConfig c = ConfigBinder.load(Path.of("..", "conf", "storage.yaml"), StorageConfig.class);
        assertThat(c.nodeId()).isEqualTo("storage-1");
        assertThat(c.log().mode()).isEqualTo(LogMode.AUTO);
        assertThat(c.log().segmentSize()).isEqualTo(64L << 20);
        assertThat(c.store().applyWait()).hasSeconds(2);
        assertThat(c.service().port()).isEqualTo(7401);
        assertThat(c.service().adminPort()).isEqualTo(7402);
    }

    @Test
    void pageGetPrintsTheHeaderAndAHexDump() throws Exception {
        try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "cli-test"));
             StorageNode node = StorageNode.start(TestNodes.config(dir, "cli-node"), t, new SimpleMeterRegistry());
             StorageClient c = StorageClient.connect(t, node.address(), 30_000).get(30, TimeUnit.SECONDS)) {
            PageId p = new PageId(4000, 0, 3);
            RecordStream s = new RecordStream(0, 1);
            c.append(1, 1, RecordStream.batch(s.init(10, p, 8), s.write(12, p, 100, "borealis".getBytes())))
                    .get(30, TimeUnit.SECONDS);
            String where = "127.0.0.1:" + node.address().getPort();

            CliRun r = CliRun.of("page", "get", "--node", where, "--page", "4000/main/3", "--lsn", "12", "--group", "1", "--hex");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("page        4000/0/3 (group 1) at LSN 12")
                    .contains("version     LSN 12").contains("type        raw (1)").contains("special     8184")
                    .contains("(valid)").contains("62 6f 72 65  61 6c 69 73").contains("borealis....|").contains("*");

            CliRun before = CliRun.of("page", "get", "--node", where, "--page", "4000/0/3", "--lsn", "11", "--group", "1");
            assertThat(before.out()).contains("version     LSN 10").doesNotContain("|");

            CliRun ahead = CliRun.of("page", "get", "--node", where, "--page", "4000/0/3", "--lsn", "99", "--group", "1");
            assertThat(ahead.code()).isEqualTo(2);
            assertThat(ahead.err()).contains("NOT_DURABLE");

            CliRun badPage = CliRun.of("page", "get", "--node", where, "--page", "4000/3", "--lsn", "1");
            assertThat(badPage.code()).isEqualTo(2);
            assertThat(badPage.err()).contains("REL/FORK/BLOCK");
        }
    }

    @Test
    void storageRefusesABadConfigByKey() throws Exception {
        Path cfg = dir.resolve("bad.yaml");
        java.nio.file.Files.writeString(cfg, "node-id: s\ndata-dir: " + dir + "\nlog:\n  segment-size: 1000\n");
        CliRun r = CliRun.of("storage", "--config", cfg.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("segment-size");
    }
}
