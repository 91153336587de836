package org.borealis.transport;

/**
 * Limits of a transport, fixed when it is created.
 *
 * @param maxMessageSize      largest two-sided message; larger sends are refused and larger
 *                            incoming frames close the connection without allocating
 * @param maxOneSidedSize     largest single one-sided read or write
 * @param maxOutstanding      operations (sends, reads, writes) one endpoint may have in flight;
 *                            posting more returns {@code false} (back-pressure)
 * @param connectTimeoutMillis how long {@link Transport#connect} may take
 */
public record TransportLimits(int maxMessageSize, int maxOneSidedSize, int maxOutstanding,
                              int connectTimeoutMillis) {

    public static final TransportLimits DEFAULT = new TransportLimits(1 << 20, 1 << 20, 256, 5_000);

    public TransportLimits {
        if (maxMessageSize < 64) {
            throw new IllegalArgumentException("maxMessageSize must be at least 64, was " + maxMessageSize);
        }
        if (maxOneSidedSize < 1) {
            throw new IllegalArgumentException("maxOneSidedSize must be positive, was " + maxOneSidedSize);
        }
        if (maxOutstanding < 1 || maxOutstanding > 65_536) {
            throw new IllegalArgumentException("maxOutstanding must be in 1..65536, was " + maxOutstanding);
        }
        if (connectTimeoutMillis < 1) {
            throw new IllegalArgumentException("connectTimeoutMillis must be positive, was " + connectTimeoutMillis);
        }
    }
}
