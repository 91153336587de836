package org.borealis.pagestore.config;

import java.time.Duration;

/**
 * Replay and the versioned page store ({@code store:} in {@code conf/storage.yaml}).
 *
 * @param imageEvery  a full page image every this many versions of a page, deltas between (1 = images only)
 * @param cachePages  pages held in the in-memory cache of hot images
 * @param applyWait   how long GetPage waits for replay to reach a durable LSN before a retriable error
 * @param replayBatch records applied per RocksDB write batch at most
 * @param gcInterval  how often the version GC runs when the horizon has moved
 */
public record StoreConfig(int imageEvery, int cachePages, Duration applyWait, int replayBatch, Duration gcInterval) {

    public StoreConfig {
        if (imageEvery < 1 || imageEvery > 1024) {
            throw new IllegalArgumentException("store.image-every must be in 1..1024, was " + imageEvery);
        }
        if (cachePages < 0) {
            throw new IllegalArgumentException("store.cache-pages must not be negative, was " + cachePages);
        }
        if (applyWait == null || applyWait.isNegative()) {
            throw new IllegalArgumentException("store.apply-wait must be a non-negative duration, was " + applyWait);
        }
        if (replayBatch < 1 || replayBatch > 1_000_000) {
            throw new IllegalArgumentException("store.replay-batch must be in 1..1000000, was " + replayBatch);
        }
        if (gcInterval == null || gcInterval.isNegative() || gcInterval.isZero()) {
            throw new IllegalArgumentException("store.gc-interval must be a positive duration, was " + gcInterval);
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig(16, 16_384, Duration.ofSeconds(2), 4096, Duration.ofSeconds(10));
    }
}
