package org.borealis.transport.tcp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.util.concurrent.ScheduledFuture;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.RemoteAccessException;
import org.borealis.transport.TransportException;
import org.borealis.transport.tcp.wire.AckFrame;
import org.borealis.transport.tcp.wire.ErrorFrame;
import org.borealis.transport.tcp.wire.FrameCrc;
import org.borealis.transport.tcp.wire.FrameException;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.FrameType;
import org.borealis.transport.tcp.wire.HelloFrame;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;
import org.borealis.transport.tcp.wire.SendFrame;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol state machine of one connection, after the {@link org.borealis.transport.tcp.wire.FrameDecoder}
 * in its pipeline. Owns everything that happens on the connection's I/O thread: the handshake,
 * delivering messages, serving the peer's one-sided requests (through {@link OneSidedResponder}),
 * completing this side's operations (through {@link Completions}), acknowledging, flushing, and
 * the end of the connection.
 *
 * <pre>
 *  this side                                   peer
 *     |---- HELLO (versions, limits, node id) ---->|   both sides send HELLO at once;
 *     |<--- HELLO ---------------------------------|   the endpoint is up when the peer's arrives
 *     |---- SEND #1, READ_REQUEST #2 ------------->|
 *     |<--- ACK 1, READ_RESPONSE 2 ----------------|   responses in request order
 *     |---- WRITE_REQUEST #3 --------------------->|
 *     |<--- ERROR 3 (UNKNOWN_KEY) -----------------|   #3 fails (RemoteAccessException),
 *     |                  (the peer closes)         |   then both sides close the connection
 *
 *     |<--- ERROR 0 (CLOSING: bad CRC ...) --------|   bad input: the peer says why and closes
 * </pre>
 *
 * <p>Every bad input closes only this connection, with a logged reason that every pending
 * operation's {@link ConnectionClosedException} repeats. A refused one-sided request closes the
 * connection too, on both sides, as a remote access error does to an RDMA queue pair: the
 * refusing side answers with the ERROR frame for that request and closes; the requesting side
 * fails that operation with a {@link RemoteAccessException}, then closes.
 */
final class Connection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

    private final TcpEndpoint endpoint;
    private final Channel channel;
    private final String nodeId;
    private final OneSidedResponder responder;
    private final Completions completions;
    private final EndpointHandler.Factory factory;
    private final CompletableFuture<Endpoint> connected;
    private final FrameCrc crc = new FrameCrc();
    private final Runnable writableCheck = this::checkWritable;
    private ChannelHandlerContext ctx;
    private EndpointHandler handler;
    private ScheduledFuture<?> handshakeTimer;
    private boolean established;
    private boolean inReadBatch;
    private boolean dirty;
    private long lastPeerRequest;
    private long unacked;
    // guarded by endpoint.lock()
    private boolean terminated;
    private String closeReason;
    private Throwable closeCause;
    private boolean closeLogged;
    private ConnectionClosedException closedException;

    /**
     * @param handler   the handler of a connecting endpoint, else null
     * @param factory   the handler factory of an accepted endpoint, else null
     * @param connected completed with the endpoint once the handshake is done (connecting side), else null
     */
    Connection(TcpEndpoint endpoint, Channel channel, EndpointHandler handler, EndpointHandler.Factory factory,
               CompletableFuture<Endpoint> connected) {
        this.endpoint = endpoint;
        this.channel = channel;
        this.nodeId = endpoint.transport().nodeId();
        this.responder = new OneSidedResponder(endpoint.transport().registry(), nodeId);
        this.completions = new Completions(endpoint, nodeId);
        this.handler = handler;
        this.factory = factory;
        this.connected = connected;
        endpoint.attach(this);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext context) {
        this.ctx = context;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) {
        Hello hello = Session.hello(endpoint.transport().limits(), nodeId);
        context.writeAndFlush(HelloFrame.encode(context.alloc(), crc, hello), context.voidPromise());
        int timeout = endpoint.transport().limits().connectTimeoutMillis();
        handshakeTimer = context.executor().schedule(() -> {
            if (!established) {
                protocolError("no HELLO from the peer within " + timeout + " ms");
            }
        }, timeout, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        ByteBuf frame = (ByteBuf) msg;
        inReadBatch = true;
        try {
            if (endpoint.isOpen()) {
                dispatch(frame);
            }
        } catch (FrameException e) {
            protocolError(e.getMessage());
        } finally {
            frame.release();
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext context) {
        inReadBatch = false;
        flushAll();
        checkWritable();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        if (channel.isWritable()) {
            context.executor().execute(writableCheck); // not from inside a flush: a post here must flush again
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        if (cause instanceof FrameException) {
            protocolError(cause.getMessage());
        } else if (!endpoint.isOpen()) {
            LOG.debug("[{}] after close, on the connection to {}", nodeId, endpoint.peerName(), cause);
        } else if (cause instanceof IOException) {
            closeWith(describe(cause), cause);
        } else {
            LOG.warn("[{}] closing the connection to {}: unexpected error", nodeId, endpoint.peerName(), cause);
            closeWith("unexpected error: " + cause, cause, true);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) {
        terminate();
    }

    /** An I/O error for a message: without the native call's name Netty puts before the OS's words. */
    private static String describe(Throwable cause) {
        String m = cause.getMessage();
        if (m == null) {
            return cause.toString();
        }
        int cut = m.lastIndexOf("): ");
        return cut >= 0 && m.contains("failed with error") ? m.substring(cut + 3) : m;
    }

    /** The endpoint has frames in its outbox (called on the I/O thread). */
    void outboxReady() {
        if (!inReadBatch) {
            flushAll();
        }
    }

    /** Closes the connection at this side's request; pending operations fail. Any thread. */
    void closeLocally(String reason) {
        closeWith(reason, null, true);
    }

    boolean terminated() {
        return terminated;
    }

    ConnectionClosedException closedException() {
        return closedException;
    }

    private void dispatch(ByteBuf frame) {
        FrameType type = FrameHeader.type(frame);
        long id = FrameHeader.requestId(frame);
        if (!established) {
            if (type == FrameType.HELLO) {
                onHello(frame);
            } else if (type == FrameType.ERROR && id == 0) {
                peerClosing(frame);
            } else {
                throw new FrameException(type + " frame before the handshake");
            }
            return;
        }
        switch (type) {
            case SEND -> {
                nextPeerRequest(id);
                deliver(frame);
                unacked = id;
            }
            case READ_REQUEST -> {
                nextPeerRequest(id);
                writeAck();
                checkPeerIsReading();
                ByteBuf response = responder.read(ctx.alloc(), crc, frame, endpoint);
                if (FrameHeader.type(response) == FrameType.ERROR) {
                    refuseAndClose(response);
                } else {
                    write(response);
                }
            }
            case WRITE_REQUEST -> {
                nextPeerRequest(id);
                ByteBuf refusal = responder.write(ctx.alloc(), crc, frame, endpoint);
                if (refusal == null) {
                    unacked = id;
                } else {
                    writeAck();
                    refuseAndClose(refusal);
                }
            }
            case ACK -> completions.acked(id);
            case READ_RESPONSE -> completions.readReturned(id, frame);
            case ERROR -> {
                if (id == 0) {
                    peerClosing(frame);
                } else {
                    refusedByPeer(completions.refused(id, frame));
                }
            }
            case HELLO -> throw new FrameException("a second HELLO");
        }
    }

    private void onHello(ByteBuf frame) {
        Hello hello = HelloFrame.decode(frame);
        Session session = Session.agree(endpoint.transport().limits(), hello);
        if (session == null) {
            throw new FrameException("no wire version in common: the peer speaks " + hello.minVersion() + ".."
                    + hello.maxVersion() + ", this node " + Session.MIN_VERSION + ".." + Session.MAX_VERSION);
        }
        endpoint.start(session);
        established = true;
        handshakeTimer.cancel(false);
        if (factory != null) {
            try {
                handler = factory.create(endpoint);
            } catch (RuntimeException e) {
                LOG.error("[{}] the endpoint handler factory failed for {}", nodeId, endpoint.peerName(), e);
            }
            if (handler == null) {
                established = false;
                closeWith("this node could not make a handler for the connection", null, true);
                return;
            }
        }
        LOG.debug("[{}] connection to {} is up: {}", nodeId, endpoint.peerName(), session);
        if (connected != null && !connected.complete(endpoint)) {
            closeWith("nobody waits for the connection any more", null);
        }
    }

    private void deliver(ByteBuf frame) {
        int length = SendFrame.messageLength(frame);
        ByteBuffer message = length == 0 ? ByteBuffer.allocate(0)
                : frame.internalNioBuffer(SendFrame.messageIndex(frame), length);
        try {
            handler.onMessage(endpoint, message);
        } catch (RuntimeException e) {
            LOG.error("[{}] onMessage threw on the connection to {}", nodeId, endpoint.peerName(), e);
        }
    }

    private void nextPeerRequest(long id) {
        if (id != lastPeerRequest + 1) {
            throw new FrameException("request id " + id + " after " + lastPeerRequest);
        }
        lastPeerRequest = id;
    }

    private void checkPeerIsReading() {
        ChannelOutboundBuffer out = channel.unsafe().outboundBuffer();
        long queued = out == null ? 0 : out.totalPendingWriteBytes();
        if (queued > endpoint.session().maxQueuedOutput()) {
            throw new FrameException("the peer does not read its responses: " + queued + " bytes wait to be sent");
        }
    }

    private void peerClosing(ByteBuf frame) {
        String reason = "the peer closed the connection: " + ErrorFrame.reason(frame);
        LOG.info("[{}] {} closes the connection: {}", nodeId, endpoint.peerName(), ErrorFrame.reason(frame));
        closeWith(reason, null, true);
    }

    /**
     * This side refused one of the peer's one-sided requests (logged by the responder): the ERROR
     * frame for it goes out first, then the connection closes, like the responder's queue pair
     * entering the error state. I/O thread.
     */
    private void refuseAndClose(ByteBuf refusal) {
        String reason = "refused the peer's one-sided " + ErrorFrame.reason(refusal);
        ctx.writeAndFlush(refusal, ctx.voidPromise()); // with the ACK and replies written before it
        dirty = false;
        closeWith(reason, null, true);
    }

    /** The peer refused the oldest operation, which failed with {@code cause}: the connection closes. */
    private void refusedByPeer(RemoteAccessException cause) {
        LOG.warn("[{}] closing the connection to {}: {}", nodeId, endpoint.peerName(), cause.getMessage());
        closeWith("a one-sided operation was refused: " + cause.getMessage(), cause, true);
    }

    private void write(ByteBuf frame) {
        ctx.write(frame, ctx.voidPromise());
        dirty = true;
    }

    private void writeAck() {
        if (unacked != 0) {
            write(AckFrame.encode(ctx.alloc(), crc, unacked));
            unacked = 0;
        }
    }

    private void flushAll() {
        if (!established) {
            return;
        }
        writeAck();
        if (endpoint.writeOutbox(ctx)) {
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            ctx.flush();
        }
    }

    private void checkWritable() {
        if (established && endpoint.takeWritableNotice()) {
            try {
                handler.onWritable(endpoint);
            } catch (RuntimeException e) {
                LOG.error("[{}] onWritable threw on the connection to {}", nodeId, endpoint.peerName(), e);
            }
        }
    }

    /** The peer broke the protocol: log, tell the peer why (best effort), close. I/O thread. */
    private void protocolError(String reason) {
        if (!endpoint.isOpen()) {
            return;
        }
        LOG.warn("[{}] closing the connection to {}: {}", nodeId, endpoint.peerName(), reason);
        ctx.writeAndFlush(ErrorFrame.encode(ctx.alloc(), crc, 0, ErrorFrame.CLOSING, reason), ctx.voidPromise());
        closeWith(reason, new FrameException(reason), true);
    }

    private void closeWith(String reason, Throwable cause) {
        closeWith(reason, cause, false);
    }

    /**
     * Records why the connection ends (the first reason wins) and closes the channel. Any thread.
     *
     * @param logged whether the reason needs no log line at the end (logged already, or a local close)
     */
    private void closeWith(String reason, Throwable cause, boolean logged) {
        synchronized (endpoint.lock()) {
            if (closeReason == null) {
                closeReason = reason;
                closeCause = cause;
                closeLogged = logged;
            }
        }
        endpoint.markClosed();
        channel.close();
    }

    /** The channel is gone: fail what is pending, in order, then tell the handler once. I/O thread. */
    private void terminate() {
        ConnectionClosedException ex;
        boolean logged;
        synchronized (endpoint.lock()) {
            if (terminated) {
                return;
            }
            terminated = true;
            logged = closeLogged;
            String reason = closeReason != null ? closeReason : "the peer closed the connection";
            ex = new ConnectionClosedException("connection to " + endpoint.peerName() + " closed: " + reason, closeCause);
            closedException = ex;
        }
        endpoint.markClosed();
        endpoint.dropOutbox();
        if (handshakeTimer != null) {
            handshakeTimer.cancel(false);
        }
        if (logged) {
            LOG.debug("[{}] {}", nodeId, ex.getMessage());
        } else {
            LOG.info("[{}] {}", nodeId, ex.getMessage());
        }
        completions.failAll(ex);
        if (established) {
            try {
                handler.onClosed(endpoint, ex);
            } catch (RuntimeException e) {
                LOG.error("[{}] onClosed threw on the connection to {}", nodeId, endpoint.peerName(), e);
            }
        } else if (connected != null) {
            connected.completeExceptionally(new TransportException("cannot connect to " + endpoint.peerName() + ": "
                    + ex.getMessage(), ex));
        }
        endpoint.transport().forget(endpoint);
    }
}
