package org.borealis.transport.tcp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.socket.DuplexChannel;
import io.netty.util.concurrent.ScheduledFuture;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
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
 *     |---- SEND #1, READ_REQUEST #2 ------------->|   #1 completes once written
 *     |<--- READ_RESPONSE 2 -----------------------|   responses in request order
 *     |---- WRITE_REQUEST #3, WRITE_REQUEST #4 --->|
 *     |<--- ACK 4 ---------------------------------|   one ACK for both writes (see below)
 *     |---- WRITE_REQUEST #5, SEND #6 ------------>|
 *     |<--- ERROR 5 (UNKNOWN_KEY), end of stream --|   #5 fails with RemoteAccessException, then
 *     |                                            |   both sides close; #6 fails (connection closed)
 *
 *  bad input from the peer:
 *     |<--- ERROR 0 (CLOSING: bad CRC ...), end ---|   the reason, then the peer closes
 * </pre>
 *
 * <p>The ACK of the peer's writes is cumulative and rides along with whatever this side writes
 * next (a reply, a request), as TCP's delayed ACK does: a request/response exchange whose
 * response is a one-sided write plus a message (GetPage) then costs no separate ACK write on this
 * side and no wake-up for it on the peer's. It leaves on its own once {@value #MAX_ACK_EVERY}
 * writes (at most half the agreed window) wait for it, or when nothing else left within the ACK
 * delay ({@value #ACK_DELAY_PROPERTY}, default {@value #DEFAULT_ACK_DELAY_MICROS} µs; 0 acknowledges
 * at the end of every read batch). A READ_REQUEST is answered behind a pending ACK at once.
 *
 * <p>Every bad input closes only this connection, with a logged reason that every pending
 * operation's {@link ConnectionClosedException} repeats. So does a refused one-sided access, on
 * both sides (see {@code docs/design/remote-access-faults.md}): the operation fails with a
 * {@link org.borealis.transport.RemoteAccessException}, the rest of what was pending with
 * {@link ConnectionClosedException}.
 */
final class Connection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    /** Flush-and-complete rounds one call may run before yielding to other work. */
    private static final int MAX_FLUSH_ROUNDS = 16;
    /**
     * The system property with how long, in microseconds, the ACK of the peer's one-sided writes
     * may wait for other frames to ride along with (default {@value #DEFAULT_ACK_DELAY_MICROS}).
     */
    static final String ACK_DELAY_PROPERTY = "borealis.tcp.ackDelayMicros";
    static final long DEFAULT_ACK_DELAY_MICROS = 100;
    /** Unacknowledged writes after which their ACK leaves at once (at most half the peer's window). */
    static final int MAX_ACK_EVERY = 16;

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
    private boolean deferFlush; // callbacks that may post are running: flush once after them
    private boolean dirty;
    private boolean flushing;
    private boolean flushAgain;
    private long lastPeerRequest;
    private long unacked;
    private int unackedWrites;
    private int ackEvery = 1;
    private final long ackDelayMicros = Long.getLong(ACK_DELAY_PROPERTY, DEFAULT_ACK_DELAY_MICROS);
    private boolean ackTimerArmed;
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
        this.responder = new OneSidedResponder(endpoint.transport().registry());
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
        deferFlush = true;
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
        deferFlush = false;
        flushAll();
        checkWritable();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext context) {
        if (channel.isWritable()) {
            runLater(writableCheck); // not from inside a flush: a post here must flush again
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

    /**
     * The endpoint has frames in its outbox (called on the I/O thread). Inside a callback of this
     * connection the flush waits for the callback to return, so everything it posts leaves in one
     * write.
     */
    void outboxReady() {
        if (!deferFlush) {
            flushAll();
            if (!flushing) {
                checkWritable();
            }
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
            }
            case READ_REQUEST -> {
                nextPeerRequest(id);
                writeAck();
                checkPeerIsReading();
                ByteBuf answer = responder.read(ctx.alloc(), crc, frame, endpoint);
                if (FrameHeader.type(answer) == FrameType.ERROR) {
                    refuse(answer);
                } else {
                    write(answer);
                }
            }
            case WRITE_REQUEST -> {
                nextPeerRequest(id);
                ByteBuf refusal = responder.write(ctx.alloc(), crc, frame, endpoint);
                if (refusal == null) {
                    unacked = id;
                    unackedWrites++;
                } else {
                    writeAck();
                    refuse(refusal);
                }
            }
            case ACK -> completions.acked(id);
            case READ_RESPONSE -> completions.readReturned(id, frame);
            case ERROR -> {
                if (id == 0) {
                    peerClosing(frame);
                } else { // the peer refused a one-sided access of ours: that operation fails, then the endpoint
                    String reason = completions.refused(id, frame);
                    LOG.warn("[{}] closing the connection to {}: {}", nodeId, endpoint.peerName(), reason);
                    closeWith(reason, null, true);
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
        ackEvery = Math.max(1, Math.min(MAX_ACK_EVERY, session.maxOutstanding() / 2));
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
        // a slice of the decoder's one contiguous cumulation buffer: one NIO view, no copy
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

    private void write(ByteBuf frame) {
        ctx.write(frame, ctx.voidPromise());
        dirty = true;
    }

    private void writeAck() {
        if (unacked != 0) {
            write(AckFrame.encode(ctx.alloc(), crc, unacked));
            unacked = 0;
            unackedWrites = 0;
        }
    }

    /** Sends a pending ACK that nothing else carried within the ACK delay. */
    private void armAckTimer() {
        if (ackTimerArmed) {
            return;
        }
        ackTimerArmed = true;
        try {
            ctx.executor().schedule(() -> {
                ackTimerArmed = false;
                if (unacked != 0 && endpoint.isOpen()) {
                    writeAck();
                    flushAll();
                }
            }, ackDelayMicros, TimeUnit.MICROSECONDS);
        } catch (RejectedExecutionException stopping) {
            ackTimerArmed = false;
        }
    }

    /**
     * Writes the pending ACK and the outbox, flushes, and completes the sends that went out. The
     * handlers of those sends may post again: that is written by the same call, up to a bound,
     * after which the rest waits for a task so reads are not starved.
     */
    private void flushAll() {
        if (!established) {
            return;
        }
        if (flushing) {
            flushAgain = true;
            return;
        }
        flushing = true;
        try {
            int rounds = 0;
            do {
                flushAgain = false;
                long written = endpoint.writeOutbox(ctx);
                if (written != 0 || dirty || unackedWrites >= ackEvery || ackDelayMicros <= 0) {
                    writeAck(); // rides along with what leaves anyway
                } else if (unacked != 0) {
                    armAckTimer();
                }
                if (written != 0 || dirty) {
                    dirty = false;
                    ctx.flush();
                }
                if (written != 0) {
                    completions.written(written);
                }
            } while (flushAgain && ++rounds < MAX_FLUSH_ROUNDS);
        } finally {
            flushing = false;
        }
        if (flushAgain) {
            flushAgain = false;
            runLater(this::outboxReady);
        }
    }

    /**
     * Tells the handler the endpoint has room again if a post was refused since the last notice.
     * The outermost call flushes what the handler posted and then looks again: flushing completes
     * sends that went out, which frees room, and a handler that filled the window and was refused
     * in the same callback hears of it only here (nothing else may arrive to look again: the peer
     * may be waiting for exactly what is still queued on this side).
     */
    private void checkWritable() {
        int rounds = 0;
        while (established && endpoint.takeWritableNotice()) {
            boolean outer = !deferFlush;
            deferFlush = true;
            try {
                handler.onWritable(endpoint);
            } catch (RuntimeException e) {
                LOG.error("[{}] onWritable threw on the connection to {}", nodeId, endpoint.peerName(), e);
            } finally {
                if (outer) {
                    deferFlush = false;
                }
            }
            if (!outer) {
                return; // the outer call flushes and looks again
            }
            flushAll();
            if (++rounds == MAX_FLUSH_ROUNDS) {
                runLater(writableCheck); // let reads in between; then look again
                return;
            }
        }
    }

    /**
     * This side refused a one-sided access of the peer's: answer with the ERROR frame, then close
     * the connection, as an RDMA queue pair does after a remote access error. I/O thread.
     */
    private void refuse(ByteBuf errorFrame) {
        String reason = "refused a one-sided " + ErrorFrame.reason(errorFrame) + " (" +
                ErrorFrame.codeName(ErrorFrame.code(errorFrame)) + ")";
        write(errorFrame);
        LOG.warn("[{}] closing the connection to {}: {}", nodeId, endpoint.peerName(), reason);
        closeAfterFlush(reason, null);
    }

    /** The peer broke the protocol: log, tell the peer why, close. I/O thread. */
    private void protocolError(String reason) {
        if (!endpoint.isOpen()) {
            return;
        }
        LOG.warn("[{}] closing the connection to {}: {}", nodeId, endpoint.peerName(), reason);
        write(ErrorFrame.encode(ctx.alloc(), crc, 0, ErrorFrame.CLOSING, reason));
        closeAfterFlush(reason, new FrameException(reason));
    }

    /**
     * Ends the connection so that the frames already written reach the peer: flushes, shuts this
     * side's output down (the peer reads them, then end of stream, not a reset), ignores whatever
     * still comes in, and closes once the peer has closed too, or after the connect timeout.
     * I/O thread.
     */
    private void closeAfterFlush(String reason, Throwable cause) {
        synchronized (endpoint.lock()) {
            if (closeReason == null) {
                closeReason = reason;
                closeCause = cause;
                closeLogged = true;
            }
        }
        endpoint.markClosed();
        dirty = false;
        ctx.flush();
        if (channel instanceof DuplexChannel duplex && channel.isActive()) {
            duplex.shutdownOutput();
            try {
                ctx.executor().schedule(() -> {
                    channel.close();
                }, endpoint.transport().limits().connectTimeoutMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                channel.close(); // the transport is closing: no time to wait for the peer
            }
        } else {
            channel.close();
        }
    }

    /** Runs {@code task} on this connection's I/O thread later; dropped when the transport is stopping. */
    private void runLater(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException stopping) {
            LOG.debug("[{}] the I/O thread is stopping; dropped a task of the connection to {}", nodeId,
                    endpoint.peerName());
        }
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
