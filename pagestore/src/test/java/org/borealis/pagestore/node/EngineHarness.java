package org.borealis.pagestore.node;

import java.nio.file.Path;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.ServiceConfig;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.config.StoreConfig;
import org.borealis.pagestore.log.LogMode;

/** Opens engines on a test folder with small segments and a chosen image interval. */
final class EngineHarness {

    private EngineHarness() {
    }

    static StorageConfig config(Path dir, LogMode mode, int imageEvery, int cachePages, int replayBatch) {
        return new StorageConfig("s1", dir.toString(), new LogConfig(mode, 1 << 20),
                new StoreConfig(imageEvery, cachePages, Duration.ofSeconds(30), replayBatch, Duration.ofHours(1)),
                ServiceConfig.defaults());
    }

    static StorageEngine open(StorageConfig c) throws Exception {
        return StorageEngine.open(c, new SimpleMeterRegistry());
    }

    /** Waits until replay of {@code group} reached {@code lsn} (bounded by the apply wait, not a timed assertion). */
    static void awaitApplied(StorageEngine e, int group, long lsn) {
        e.getPage(group, new org.borealis.pagestore.page.PageId(1, 0, 0), lsn).join();
    }
}
