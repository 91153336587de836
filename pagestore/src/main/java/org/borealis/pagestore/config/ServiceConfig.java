package org.borealis.pagestore.config;

/**
 * The storage service on the transport ({@code service:} in {@code conf/storage.yaml}).
 *
 * @param host        address to bind; loopback unless the deployment says otherwise
 * @param port        RPC port; 0 picks a free one
 * @param adminPort   admin HTTP port (metrics, status); 0 picks a free one, -1 disables it
 * @param threads     threads serving calls (blocking work: fsync, RocksDB)
 * @param maxInFlight calls per connection that may wait for an answer
 * @param pageSlots   registered 8 KiB buffers the node sends pages from; GetPage calls beyond wait
 */
public record ServiceConfig(String host, int port, int adminPort, int threads, int maxInFlight, int pageSlots) {

    public ServiceConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("service.host is required (for example 127.0.0.1)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("service.port must be in 0..65535, was " + port);
        }
        if (adminPort < -1 || adminPort > 65_535) {
            throw new IllegalArgumentException("service.admin-port must be in 0..65535 or -1 (off), was " + adminPort);
        }
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("service.threads must be in 1..1024, was " + threads);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("service.max-in-flight must be positive, was " + maxInFlight);
        }
        if (pageSlots < 1 || pageSlots > 65_536) {
            throw new IllegalArgumentException("service.page-slots must be in 1..65536, was " + pageSlots);
        }
    }

    public static ServiceConfig defaults() {
        return new ServiceConfig("127.0.0.1", 0, -1, 4, 1024, 64);
    }
}
