package org.borealis.pagestore.testing;

import java.nio.file.Path;
import java.time.Duration;

import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.ServiceConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.config.StoreConfig;
import org.borealis.pagestore.log.LogMode;

/**
 * Storage node configurations for tests (in the pagestore test-jar, for other modules' tests too):
 * a folder of their own, loopback and port 0, small segments, fsync mode.
 */
public final class TestNodes {

    private TestNodes() {
    }

    public static StorageConfig config(Path dir, String nodeId) {
        return new StorageConfig(nodeId, dir.toString(), new LogConfig(LogMode.FSYNC, 1 << 20),
                new StoreConfig(4, 1024, Duration.ofSeconds(20), 256, Duration.ofHours(1)),
                new ServiceConfig("127.0.0.1", 0, -1, 4, 1024, 16));
    }
}
