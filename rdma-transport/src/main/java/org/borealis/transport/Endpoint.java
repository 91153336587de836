package org.borealis.transport;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * One reliable connection to a peer, like an RDMA reliable-connected queue pair.
 *
 * <p>Operations are <em>posted</em>: the call returns at once and the outcome arrives later
 * through the given {@link CompletionHandler} with the caller's {@code opId}. A post returns
 * {@code false} without side effects when {@link TransportLimits#maxOutstanding()} operations are
 * already in flight (or, on rdma, the peer has no receive credit); the endpoint's
 * {@link EndpointHandler#onWritable} is called once room is available again.
 *
 * <p>Operations on one endpoint complete in the order they were posted, and the peer sees them in
 * that order: a message sent after a one-sided write is delivered only after the write's bytes are
 * in the peer's memory, even when the write has not completed on this side yet (post the write,
 * then the message that says it is there; {@code docs/design/write-then-send.md}). When the connection is
 * lost, every pending operation fails with a {@link ConnectionClosedException} naming the peer
 * and the cause, and {@link EndpointHandler#onClosed} is called once. An endpoint never
 * reconnects by itself: call {@link Transport#connect} again.
 *
 * <p>Arguments that are wrong on this side throw at once and post nothing: a range outside the local
 * buffer, or outside the remote region as the caller holds it, throws {@link IndexOutOfBoundsException};
 * a message or one-sided length over the limits, or a local buffer not registered with this
 * transport or already closed, throws {@link IllegalArgumentException}. Faults found by the peer (an
 * unknown or revoked remote key, a range outside the remote registration) complete the operation
 * with a {@link RemoteAccessException}; the endpoint is then closed on both sides, as an RDMA queue
 * pair is after a remote access error: operations still pending fail with a
 * {@link ConnectionClosedException} and {@link EndpointHandler#onClosed} is called once, naming
 * the fault ({@code docs/design/remote-access-faults.md}).
 *
 * <p>A post on an endpoint that is closed (or closing) does not throw, since the connection may be
 * lost at any moment between a check and a post: it returns {@code true} and the operation fails
 * through its handler with a {@link ConnectionClosedException}, after every operation posted
 * before it, like a work request flushed from an RDMA queue pair in the error state.
 *
 * <p>The limits in force on an endpoint are its transport's {@link TransportLimits}, or the peer's
 * where those are smaller (the tcp transport exchanges them when connecting).
 *
 * <p>Thread-safe: any thread may post.
 */
public interface Endpoint extends AutoCloseable {

    /** The peer's address. */
    InetSocketAddress remoteAddress();

    /** Operations posted and not yet completed. */
    int outstanding();

    boolean isOpen();

    /**
     * Two-sided send of {@code message}'s remaining bytes (position to limit). The bytes are copied
     * before this returns; the caller keeps ownership of {@code message} and its position is not
     * changed. Completes when the message has been handed to the network; that does not say the peer
     * has it (a reply does).
     *
     * @return {@code false} when the endpoint has no room (back-pressure); nothing was sent
     * @throws IllegalArgumentException when the message is larger than {@link TransportLimits#maxMessageSize()}
     */
    boolean send(ByteBuffer message, CompletionHandler handler, long opId);

    /**
     * One-sided read: copies {@code length} bytes at {@code remoteOffset} of the peer's registered
     * region into {@code local} at {@code localOffset}. The peer's application is not involved.
     * Completes when the bytes are in {@code local}.
     */
    boolean read(RegisteredBuffer local, int localOffset, RemoteRegion remote, long remoteOffset, int length,
                 CompletionHandler handler, long opId);

    /**
     * One-sided write: copies {@code length} bytes of {@code local} at {@code localOffset} into the
     * peer's registered region at {@code remoteOffset}. The peer's application is not involved.
     * Completes when the bytes are in the peer's memory.
     */
    boolean write(RegisteredBuffer local, int localOffset, RemoteRegion remote, long remoteOffset, int length,
                  CompletionHandler handler, long opId);

    /** Closes the connection; pending operations fail with {@link ConnectionClosedException}. Idempotent. */
    @Override
    void close();
}
