package org.borealis.pagestore.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.testing.CrashRounds;
import org.borealis.pagestore.testing.LabSupport;
import org.borealis.pagestore.testing.TestNodes;
import org.borealis.transport.TransportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage node's {@code pmem} log on a real DAX filesystem (the lab guest's emulated NVDIMM,
 * {@code -Dborealis.test.daxDir}): {@code auto} picks pmem there because a {@code MAP_SYNC} mapping
 * works, and fsync on an ordinary folder; and a node with {@code log.mode: pmem}, killed with
 * SIGKILL again and again, keeps every record it acknowledged ({@link CrashRounds}). Skipped where
 * no DAX filesystem is given. Scale the stream with {@code -Dborealis.test.scale}.
 */
class PmemLogLabTest {

    @TempDir
    Path tmp;

    Path dax;

    @BeforeEach
    void needsDax() throws Exception {
        dax = Files.createTempDirectory(LabSupport.daxDir(), "pmem-test-");
    }

    @Test
    void autoTakesPmemOnDaxAndFsyncOnAnOrdinaryFolder() throws Exception {
        assertThat(modeOfANodeIn(dax.resolve("auto"))).as("log.mode auto on DAX").isEqualTo(LogMode.PMEM);
        assertThat(modeOfANodeIn(tmp.resolve("auto"))).as("log.mode auto on " + tmp).isEqualTo(LogMode.FSYNC);
    }

    @Test
    void everyAcknowledgedRecordSurvivesSigkillWithThePmemLog() throws Exception {
        double scale = Double.parseDouble(System.getProperty("borealis.test.scale", "1"));
        int records = Math.max(2_000, (int) (40_000 * scale));
        // the lab's CI run kills once (-Dborealis.test.crashRounds=1): each restart of a JVM costs
        // minutes under emulation
        int rounds = Integer.getInteger("borealis.test.crashRounds", 2);
        new CrashRounds(tmp, dax.resolve("node"), LogMode.PMEM, LogMode.PMEM, TransportKind.TCP, rounds, records)
                .run("PmemLogLabTest");
    }

    private static LogMode modeOfANodeIn(Path data) throws Exception {
        StorageConfig c = TestNodes.config(data, "pmem-probe");
        c = c.withLog(new LogConfig(LogMode.AUTO, c.log().segmentSize()));
        try (StorageEngine e = StorageEngine.open(c, new SimpleMeterRegistry())) {
            return e.logMode();
        }
    }
}
