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
 * Completes this side's operations, oldest first: sends once their frame has been written, reads
 * and writes from the peer's responses. The peer answers requests in the order it received them,
 * so every READ_RESPONSE or ERROR must be for the oldest pending operation, and an ACK covers a
 * run of writes (and the sends among them); anything else is a protocol error that closes the
 * connection. I/O thread only.
 */
final class Completions {

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);

    private final TcpEndpoint endpoint;
    private final OpRing ring;
    private final String nodeId;
    private long written;

    Completions(TcpEndpoint endpoint, String nodeId) {
        this.endpoint = endpoint;
        this.ring = endpoint.ring();
        this.nodeId = nodeId;
    }

    /**
     * Frames up to request {@code id} have been written and flushed: sends among them are done
     * (once every operation posted before them is).
     */
    void written(long id) {
        if (id > written) {
            written = id;
        }
        completeWrittenSends();
    }

    /** ACK: every WRITE up to {@code id} is stored (and every SEND before it was written). */
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
        completeWrittenSends();
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
            completeWrittenSends();
            return;
        }
        Bytes.copy(frame, ReadResponseFrame.dataIndex(frame), local.memory(), ring.headLocalOffset(), length);
        report(ring.completeHead(endpoint));
        completeWrittenSends();
    }

    /**
     * ERROR with a request id: the peer refused the oldest pending operation, a READ or WRITE, which
     * fails with a {@link RemoteAccessException}.
     *
     * @return what was refused and why, for the log and for closing the connection
     */
    String refused(long id, ByteBuf frame) {
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
        completeWrittenSends();
        return cause.getMessage();
    }

    /** Fails every pending operation, oldest first. */
    void failAll(TransportException cause) {
        while (ring.size() > 0) {
            report(ring.failHead(endpoint, cause));
        }
    }

    private void completeWrittenSends() {
        while (ring.size() > 0 && ring.headKind() == OpRing.SEND && ring.head() <= written) {
            report(ring.completeHead(endpoint));
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
