package org.borealis.pagestore.config;

/**
 * Everything a storage node is started with, one record per section of
 * {@code conf/storage.yaml}. Every record has {@code defaults()} and checks itself when built,
 * with a message naming the key; {@code fabric} binds the YAML file to these records (kebab-case
 * keys, sizes like {@code 64MiB}, durations like {@code 5s}).
 *
 * @param nodeId  the node's id, in log lines and metrics
 * @param dataDir the folder holding the log segments ({@code log/}) and RocksDB ({@code versions/})
 * @param log     the durable log
 * @param store   replay and the versioned page store
 * @param service the RPC service
 */
public record StorageConfig(String nodeId, String dataDir, LogConfig log, StoreConfig store, ServiceConfig service) {

    public StorageConfig {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("node-id is required");
        }
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("data-dir is required");
        }
        if (log == null || store == null || service == null) {
            throw new IllegalArgumentException("the log, store and service sections are required");
        }
    }

    public static StorageConfig defaults() {
        return new StorageConfig("storage-1", "data/storage-1", LogConfig.defaults(), StoreConfig.defaults(),
                ServiceConfig.defaults());
    }

    public StorageConfig withDataDir(String dir) {
        return new StorageConfig(nodeId, dir, log, store, service);
    }

    public StorageConfig withLog(LogConfig l) {
        return new StorageConfig(nodeId, dataDir, l, store, service);
    }

    public StorageConfig withStore(StoreConfig s) {
        return new StorageConfig(nodeId, dataDir, log, s, service);
    }

    public StorageConfig withService(ServiceConfig s) {
        return new StorageConfig(nodeId, dataDir, log, store, s);
    }
}
