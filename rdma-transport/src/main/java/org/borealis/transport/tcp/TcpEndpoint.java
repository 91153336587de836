package org.borealis.transport.tcp;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.EventLoop;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.tcp.wire.FrameCrc;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.ReadRequestFrame;
import org.borealis.transport.tcp.wire.SendFrame;
import org.borealis.transport.tcp.wire.WriteRequestFrame;

/**
 * One tcp connection as an {@link Endpoint}: the posting side. Posts reserve a slot in the
 * {@link OpRing}, encode their frame and queue it in the outbox under one lock, so frames leave in
 * sequence order whichever threads post; the I/O thread writes the outbox out (at the end of the
 * current read batch when the post came from a callback, so a reply shares the syscall of
 * whatever else that batch produced). A send completes once its frame has been written and
 * flushed; reads and writes complete on the peer's response. Completions come back through
 * {@link Connection}, which owns everything on the I/O thread.
 *
 * <p>A post on an endpoint that is closed, or closing, returns {@code true} and its operation
 * fails with a {@link ConnectionClosedException} on the I/O thread, in posting order after every
 * earlier operation: like a work request flushed from an RDMA queue pair in error.
 */
final class TcpEndpoint implements Endpoint {

    private final TcpTransport transport;
    private final Channel channel;
    private final InetSocketAddress remote;
    private final OpRing ring;
    private final Object lock = new Object();
    private final ArrayDeque<ByteBuf> outbox = new ArrayDeque<>(); // guarded by lock
    private final FrameCrc postCrc = new FrameCrc(); // guarded by lock
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drainTask = this::drainFromTask;
    private volatile Connection connection;
    private volatile Session session;
    private volatile boolean open = true;
    private volatile boolean refused;

    TcpEndpoint(TcpTransport transport, Channel channel, InetSocketAddress remote) {
        this.transport = transport;
        this.channel = channel;
        this.remote = remote;
        this.ring = new OpRing(transport.limits().maxOutstanding());
    }

    void attach(Connection c) {
        this.connection = c;
    }

    Connection connection() {
        return connection;
    }

    void start(Session s) {
        this.session = s;
    }

    Session session() {
        return session;
    }

    OpRing ring() {
        return ring;
    }

    Object lock() {
        return lock;
    }

    TcpTransport transport() {
        return transport;
    }

    /** The peer, for messages: its node id (once known) and address. */
    String peerName() {
        Session s = session;
        String host = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        String address = host + ":" + remote.getPort();
        return s == null ? address : s.peerNodeId() + " (" + address + ")";
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public int outstanding() {
        return ring.size();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean send(ByteBuffer message, CompletionHandler handler, long opId) {
        Objects.requireNonNull(handler, "handler");
        int length = message.remaining();
        if (length > session.maxMessageSize()) {
            throw new IllegalArgumentException("message of " + length + " bytes exceeds the limit of "
                    + session.maxMessageSize() + " bytes on the connection to " + peerName());
        }
        synchronized (lock) {
            if (!open) {
                return postWhileClosed(OpRing.SEND, handler, opId, null, 0, length, 0, 0);
            }
            if (!hasRoom()) {
                return false;
            }
            ByteBuf frame = SendFrame.encode(alloc(), postCrc, ring.tail(), message);
            ring.push(OpRing.SEND, handler, opId, null, 0, length, 0, 0);
            outbox.add(frame);
        }
        kick();
        return true;
    }

    @Override
    public boolean read(RegisteredBuffer local, int localOffset, RemoteRegion remoteRegion, long remoteOffset,
                        int length, CompletionHandler handler, long opId) {
        TcpRegisteredBuffer buffer = checkOneSided("read", local, localOffset, remoteRegion, remoteOffset, length,
                handler);
        long address = remoteRegion.address() + remoteOffset;
        synchronized (lock) {
            if (!open) {
                return postWhileClosed(OpRing.READ, handler, opId, buffer, localOffset, length, address,
                        remoteRegion.key());
            }
            if (!hasRoom()) {
                return false;
            }
            ByteBuf frame = ReadRequestFrame.encode(alloc(), postCrc, ring.tail(), address, remoteRegion.key(),
                    length);
            ring.push(OpRing.READ, handler, opId, buffer, localOffset, length, address, remoteRegion.key());
            outbox.add(frame);
        }
        kick();
        return true;
    }

    @Override
    public boolean write(RegisteredBuffer local, int localOffset, RemoteRegion remoteRegion, long remoteOffset,
                         int length, CompletionHandler handler, long opId) {
        TcpRegisteredBuffer buffer = checkOneSided("write", local, localOffset, remoteRegion, remoteOffset, length,
                handler);
        long address = remoteRegion.address() + remoteOffset;
        synchronized (lock) {
            if (!open) {
                return postWhileClosed(OpRing.WRITE, handler, opId, buffer, localOffset, length, address,
                        remoteRegion.key());
            }
            if (!hasRoom()) {
                return false;
            }
            ByteBuf frame = WriteRequestFrame.encode(alloc(), postCrc, ring.tail(), address, remoteRegion.key(),
                    buffer.memory(), localOffset, length);
            ring.push(OpRing.WRITE, handler, opId, buffer, localOffset, length, address, remoteRegion.key());
            outbox.add(frame);
        }
        kick();
        return true;
    }

    @Override
    public void close() {
        Connection c = connection;
        if (c != null) {
            c.closeLocally("closed by " + transport.nodeId());
        } else {
            open = false;
            channel.close();
        }
    }

    /** Marks the endpoint closed; later posts fail. Returns false when it already was. */
    boolean markClosed() {
        synchronized (lock) {
            boolean was = open;
            open = false;
            return was;
        }
    }

    /** Drops the frames not yet written (the connection is gone). Under the caller's view of the lock. */
    void dropOutbox() {
        synchronized (lock) {
            for (ByteBuf f; (f = outbox.poll()) != null; ) {
                f.release();
            }
        }
    }

    /**
     * Writes the outbox to the channel, without flushing. Frames leave in sequence order, so the
     * request id of the last one says which operations have been handed to the network. I/O
     * thread only.
     *
     * @return the request id of the last frame written, or 0 when nothing was
     */
    long writeOutbox(ChannelHandlerContext ctx) {
        long last = 0;
        for (;;) {
            ByteBuf f;
            synchronized (lock) {
                f = outbox.poll();
            }
            if (f == null) {
                return last;
            }
            last = FrameHeader.requestId(f);
            ctx.write(f, ctx.voidPromise());
        }
    }

    /**
     * Whether a post refused since the last notice could now succeed; clears the flag when so.
     * I/O thread only.
     */
    boolean takeWritableNotice() {
        if (refused && open && ring.size() < session.maxOutstanding() && channel.isWritable()) {
            refused = false;
            return true;
        }
        return false;
    }

    private boolean hasRoom() {
        int window = session.maxOutstanding();
        if (ring.size() < window && channel.isWritable()) {
            return true;
        }
        refused = true; // then look again: the I/O thread reads the flag after freeing room
        return ring.size() < window && channel.isWritable();
    }

    private boolean postWhileClosed(byte kind, CompletionHandler handler, long opId, TcpRegisteredBuffer local,
                                    int localOffset, int length, long address, int key) {
        Connection c = connection;
        if (c != null && !c.terminated() && ring.size() < ring.capacity()) {
            ring.push(kind, handler, opId, local, localOffset, length, address, key); // failed in order when the channel ends
        } else {
            ConnectionClosedException cause = c != null ? c.closedException()
                    : new ConnectionClosedException("endpoint to " + peerName() + " is closed");
            failLater(handler, opId, cause);
        }
        return true;
    }

    private void failLater(CompletionHandler handler, long opId, ConnectionClosedException cause) {
        ConnectionClosedException ex = cause != null ? cause
                : new ConnectionClosedException("endpoint to " + peerName() + " is closed");
        try {
            channel.eventLoop().execute(() -> handler.onFailure(this, opId, ex));
        } catch (RejectedExecutionException stopped) {
            handler.onFailure(this, opId, ex);
        }
    }

    private TcpRegisteredBuffer checkOneSided(String what, RegisteredBuffer local, int localOffset,
                                              RemoteRegion remoteRegion, long remoteOffset, int length,
                                              CompletionHandler handler) {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(remoteRegion, "remote region");
        if (!(local instanceof TcpRegisteredBuffer buffer) || !buffer.belongsTo(transport.registry())) {
            throw new IllegalArgumentException("the local buffer of a " + what + " must be registered with this transport");
        }
        if (!buffer.isOpen()) {
            throw new IllegalArgumentException("the local buffer of a " + what + " is closed");
        }
        if (length < 0 || length > session.maxOneSidedSize()) {
            throw new IllegalArgumentException(what + " of " + length + " bytes is outside 0.."
                    + session.maxOneSidedSize() + " on the connection to " + peerName());
        }
        if (localOffset < 0 || localOffset > buffer.capacity() - length) {
            throw new IndexOutOfBoundsException(what + " of " + length + " bytes at local offset " + localOffset
                    + " is outside the local buffer of " + buffer.capacity() + " bytes");
        }
        if (remoteOffset < 0 || remoteOffset > remoteRegion.length() - (long) length) {
            throw new IndexOutOfBoundsException(what + " of " + length + " bytes at remote offset " + remoteOffset
                    + " is outside the remote region of " + remoteRegion.length() + " bytes");
        }
        return buffer;
    }

    private ByteBufAllocator alloc() {
        return channel.alloc();
    }

    private void kick() {
        EventLoop loop = channel.eventLoop();
        if (loop.inEventLoop()) {
            Connection c = connection;
            if (c != null) {
                c.outboxReady();
            }
        } else if (drainScheduled.compareAndSet(false, true)) {
            try {
                loop.execute(drainTask);
            } catch (RejectedExecutionException stopped) {
                drainScheduled.set(false); // the loop is gone, and so is the channel: nothing to write
            }
        }
    }

    private void drainFromTask() {
        drainScheduled.set(false);
        Connection c = connection;
        if (c != null) {
            c.outboxReady();
        }
    }

    @Override
    public String toString() {
        return "tcp endpoint to " + peerName();
    }
}
