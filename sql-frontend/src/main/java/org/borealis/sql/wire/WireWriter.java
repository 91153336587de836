package org.borealis.sql.wire;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;

/**
 * Buffers backend messages written by a session thread and hands them to the channel in batches
 * (one cross-thread hand-off per flush, not per message). When the channel is not writable (the
 * client reads slowly), {@link #flush} waits on the session thread — never on the event loop —
 * until Netty reports it writable again. Owned by the session thread.
 */
final class WireWriter {

    private static final int FLUSH_AT = 64 * 1024;

    private final Channel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();
    private ByteBuf buf;

    WireWriter(Channel channel) {
        this.channel = channel;
        this.buf = channel.alloc().buffer(8192);
    }

    /**
     * Encodes {@code m} into the pending buffer. A message whose encoding throws (a value its type
     * cannot format) leaves nothing behind, so the ErrorResponse that follows starts on a message
     * boundary.
     */
    void send(BackendMessage m) {
        int mark = buf.writerIndex();
        try {
            m.encode(buf);
        } catch (RuntimeException e) {
            buf.writerIndex(mark);
            throw e;
        }
        if (buf.readableBytes() >= FLUSH_AT) {
            flush();
        }
    }

    void flush() {
        if (!buf.isReadable()) {
            return;
        }
        ByteBuf out = buf;
        buf = channel.alloc().buffer(8192);
        channel.writeAndFlush(out);
        awaitWritable();
    }

    private void awaitWritable() {
        if (channel.isWritable() || !channel.isActive()) {
            return;
        }
        lock.lock();
        try {
            while (!channel.isWritable() && channel.isActive()) {
                writable.await(200, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Called from the event loop when writability changes. */
    void writabilityChanged() {
        lock.lock();
        try {
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void release() {
        if (buf != null) {
            buf.release();
            buf = null;
        }
    }
}
