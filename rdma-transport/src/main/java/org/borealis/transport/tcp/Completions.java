package org.borealis.transport.tcp;

import io.netty.buffer.ByteBuf;
import org.borealis.transport.RemoteAccessException;
import org.borealis.transport.TransportException;
import org.borealis.transport.tcp.wire.Bytes;
import org.borealis.transport.tcp.wire.ErrorFrame;
import org.borealis.transport.tcp.wire.FrameException;
import org.borealis.transport.tcp.wire.ReadResponseFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes this side's operations from the peer's responses, oldest first. The peer answers
 * requests in the order it received them, so every response must be for the oldest pending
 * operation (an ACK for a run of them); anything else is a protocol error that closes the
 * connection. I/O thread only.
 */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private final TcpEndpoint endpoint;
    private final OpRing ring;
    private final String nodeId;

    Completions(TcpEndpoint endpoint, String nodeId) {
        this.endpoint = endpoint;
        this.ring = endpoint.ring();
        this.nodeId = nodeId;
    }

    /** ACK: every SEND and WRITE up to {@code id} is done. */
    void acked(long id) {
        if (id < ring.head() || id >= ring.tail()) {
            throw new FrameException("ACK of request " + id + " while " + pendingRange() + " are pending");
        }
        while (ring.head() <= id) {
            byte kind = ring.headKind();
            if (kind == OpRing.READ) {
                throw new FrameException("ACK of request " + id + " covers READ request " + ring.head());
            }
            if (kind == OpRing.WRITE && !ring.headLocal().isOpen()) {
                report(ring.failHead(endpoint, localClosed("write")));
            } else {
                report(ring.completeHead(endpoint));
            }
        }
    }

    /** READ_RESPONSE: the bytes of the oldest pending operation, a READ. */
    void readReturned(long id, ByteBuf frame) {
        expectOldest(id, "READ_RESPONSE");
        if (ring.headKind() != OpRing.READ) {
            throw new FrameException("READ_RESPONSE for request " + id + ", which is not a READ");
        }
        int length = ReadResponseFrame.dataLength(frame);
        if (length != ring.headLength()) {
            throw new FrameException("READ_RESPONSE of " + length + " bytes for a READ of " + ring.headLength());
        }
        TcpRegisteredBuffer local = ring.headLocal();
        if (!local.isOpen()) {
            report(ring.failHead(endpoint, localClosed("read")));
            return;
        }
        Bytes.copy(frame, ReadResponseFrame.dataIndex(frame), local.memory(), ring.headLocalOffset(), length);
        report(ring.completeHead(endpoint));
    }

    /**
     * ERROR with a request id: the peer refused the oldest pending operation, a READ or WRITE.
     *
     * @return the exception the operation failed with (the connection closes next)
     */
    RemoteAccessException refused(long id, ByteBuf frame) {
        expectOldest(id, "ERROR");
        byte kind = ring.headKind();
        if (kind == OpRing.SEND) {
            throw new FrameException("ERROR for request " + id + ", a SEND");
        }
        int code = ErrorFrame.code(frame);
        RemoteAccessException cause = new RemoteAccessException(String.format(
                "%s refused the %s of %d bytes at 0x%x with key %08x: %s (%s)", endpoint.peerName(),
                kind == OpRing.READ ? "read" : "write", ring.headLength(), ring.headRemoteAddress(),
                ring.headRemoteKey(), ErrorFrame.reason(frame), ErrorFrame.codeName(code)));
        report(ring.failHead(endpoint, cause));
        return cause;
    }

    /** Fails every pending operation, oldest first. */
    void failAll(TransportException cause) {
        while (ring.size() > 0) {
            report(ring.failHead(endpoint, cause));
        }
    }

    private void expectOldest(long id, String what) {
        if (ring.size() == 0 || ring.head() != id) {
            throw new FrameException(what + " for request " + id + " while " + pendingRange() + " are pending");
        }
    }

    private String pendingRange() {
        long head = ring.head();
        long tail = ring.tail();
        return head == tail ? "no requests" : "requests " + head + ".." + (tail - 1);
    }

    private TransportException localClosed(String what) {
        return new TransportException("the local buffer of a " + what + " on the connection to "
                + endpoint.peerName() + " was closed while the " + what + " was in flight");
    }

    private void report(RuntimeException thrown) {
        if (thrown != null) {
            LOG.error("[{}] a completion handler threw on the connection to {}", nodeId, endpoint.peerName(), thrown);
        }
    }
}
