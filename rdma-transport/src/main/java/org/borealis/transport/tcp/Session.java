package org.borealis.transport.tcp;

import org.borealis.transport.TransportLimits;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;

/**
 * What two sides agreed in their HELLO exchange: the wire version (the highest both speak) and,
 * for each limit, the smaller of the two sides' values.
 */
record Session(String peerNodeId, int version, int maxMessageSize, int maxOneSidedSize, int maxOutstanding) {

    /** The lowest and highest wire versions this implementation speaks. */
    static final int MIN_VERSION = FrameHeader.VERSION;
    static final int MAX_VERSION = FrameHeader.VERSION;

    static Hello hello(TransportLimits limits, String nodeId) {
        return new Hello(MIN_VERSION, MAX_VERSION, limits.maxMessageSize(), limits.maxOneSidedSize(),
                limits.maxOutstanding(), nodeId);
    }

    /**
     * Agrees with the peer's HELLO.
     *
     * @return null when the two sides have no version in common
     */
    static Session agree(TransportLimits own, Hello peer) {
        int version = Math.min(MAX_VERSION, peer.maxVersion());
        if (version < Math.max(MIN_VERSION, peer.minVersion())) {
            return null;
        }
        return new Session(peer.nodeId(), version,
                Math.min(own.maxMessageSize(), peer.maxMessageSize()),
                Math.min(own.maxOneSidedSize(), peer.maxOneSidedSize()),
                Math.min(own.maxOutstanding(), peer.maxOutstanding()));
    }

    /**
     * Bytes of frames that may legitimately wait in one connection's output: a full window of
     * the largest requests and of the largest responses, with room to spare. A peer that lets more
     * pile up is not reading, and its connection is closed rather than let memory grow.
     */
    long maxQueuedOutput() {
        long frame = FrameHeader.SIZE + 16L;
        return (long) maxOutstanding * (2 * frame + maxMessageSize + maxOneSidedSize) + (1 << 20);
    }
}
