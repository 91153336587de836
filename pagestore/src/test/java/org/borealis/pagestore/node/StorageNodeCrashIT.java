package org.borealis.pagestore.node;

import java.nio.file.Path;

import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.testing.CrashRounds;
import org.borealis.transport.TransportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash test: a storage node in a child JVM receives a stream of batches (several in flight) and
 * is killed with SIGKILL at a random moment, again and again. After each restart every record it
 * acknowledged is there (its SCL is at least the highest acknowledged SCL), GetPage answers equal
 * the model, and it takes the stream again from its SCL (records it already had above the SCL are
 * acknowledged as retries). The rounds are {@link CrashRounds}; here with the fsync log over tcp
 * (the soft-RoCE lab runs them with the pmem log on its DAX filesystem: {@code PmemLogLabTest}).
 */
class StorageNodeCrashIT {

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedRecordSurvivesSigkill() throws Exception {
        new CrashRounds(dir, dir.resolve("node"), LogMode.FSYNC, LogMode.FSYNC, TransportKind.TCP, 5, 40_000)
                .run("StorageNodeCrashIT");
    }
}
