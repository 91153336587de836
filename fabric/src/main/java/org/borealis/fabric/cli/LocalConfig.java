package org.borealis.fabric.cli;

import java.nio.file.Path;

/**
 * What {@code borealis up} starts, from {@code conf/local.yaml}: one storage node and one compute
 * node on this machine, data (and logs, in {@code logs/}) under one folder.
 *
 * @param dataDir          the folder holding everything; relative to the working directory
 * @param host             address both nodes listen on
 * @param port             the PostgreSQL port
 * @param storagePort      the storage node's service port
 * @param adminPorts       serve admin HTTP ({@code /metrics}, {@code /health}): storage on storage-port + 1, compute on storage-port + 2
 * @param database         database created on first start
 * @param superuser        superuser role created on first start
 * @param bufferPoolPages  compute's buffer pool, 8 KiB pages
 * @param transport        tcp, rdma or auto
 * @param startTimeoutSeconds how long each node may take to start listening
 */
public record LocalConfig(Path dataDir, String host, int port, int storagePort, boolean adminPorts, String database,
                          String superuser, int bufferPoolPages, String transport, int startTimeoutSeconds) {

    public LocalConfig {
        if (dataDir == null) {
            throw new IllegalArgumentException("data-dir is required");
        }
        if (port < 1 || port > 65535 || storagePort < 1 || storagePort > 65535 || port == storagePort) {
            throw new IllegalArgumentException("port and storage-port must be distinct ports in 1..65535");
        }
        if (bufferPoolPages < 64) {
            throw new IllegalArgumentException("buffer-pool-pages must be at least 64");
        }
        if (startTimeoutSeconds < 1) {
            throw new IllegalArgumentException("start-timeout-seconds must be positive");
        }
    }

    public static LocalConfig defaults() {
        return new LocalConfig(Path.of("borealis-data"), "127.0.0.1", 5432, 7401, true, "postgres", "postgres", 16384,
                "tcp", 60);
    }
}
