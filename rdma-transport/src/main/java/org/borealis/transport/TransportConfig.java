package org.borealis.transport;

/**
 * Typed configuration of the transport of one node, with defaults.
 *
 * @param kind       {@code auto}, {@code tcp} or {@code rdma}
 * @param limits     message and outstanding-operation limits
 * @param ioThreads  I/O threads (tcp event loops, rdma completion pollers); 0 = implementation default
 * @param nodeId     the node's id, used in thread names and log lines
 */
public record TransportConfig(TransportKind kind, TransportLimits limits, int ioThreads, String nodeId) {

    public TransportConfig {
        if (kind == null) {
            throw new IllegalArgumentException("transport kind is required");
        }
        if (limits == null) {
            throw new IllegalArgumentException("transport limits are required");
        }
        if (ioThreads < 0) {
            throw new IllegalArgumentException("ioThreads must not be negative, was " + ioThreads);
        }
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("nodeId is required");
        }
    }

    public static TransportConfig defaults(TransportKind kind, String nodeId) {
        return new TransportConfig(kind, TransportLimits.DEFAULT, 0, nodeId);
    }
}
