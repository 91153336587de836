package org.borealis.transport.rpc;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.TransportException;

/**
 * Messages waiting for room on one endpoint, in order. Sends at once when nothing waits and the
 * endpoint has room; otherwise keeps a copy until {@link #drain()} (called from the endpoint's
 * {@code onWritable}). More than {@code limit} waiting messages means the peer is not reading:
 * the endpoint is closed rather than buffering without bound.
 */
final class ReplyQueue {

    private static final CompletionHandler IGNORE = new CompletionHandler() {
        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            // the connection's end is reported through onClosed
        }
    };

    private final Endpoint endpoint;
    private final int limit;
    private final ArrayDeque<ByteBuffer> waiting = new ArrayDeque<>();

    ReplyQueue(Endpoint endpoint, int limit) {
        this.endpoint = endpoint;
        this.limit = limit;
    }

    /**
     * Sends {@code message} (position to limit) or queues a copy of it.
     *
     * @return false when the queue was full and the endpoint has been closed
     */
    synchronized boolean sendOrQueue(ByteBuffer message) {
        if (!endpoint.isOpen()) {
            return true;
        }
        if (waiting.isEmpty() && endpoint.send(message, IGNORE, 0)) {
            return true;
        }
        if (waiting.size() >= limit) {
            waiting.clear();
            endpoint.close();
            return false;
        }
        ByteBuffer copy = ByteBuffer.allocate(message.remaining());
        copy.put(message.duplicate()).flip();
        waiting.add(copy);
        return true;
    }

    synchronized void drain() {
        while (!waiting.isEmpty() && endpoint.isOpen()) {
            if (!endpoint.send(waiting.peek(), IGNORE, 0)) {
                return;
            }
            waiting.poll();
        }
    }

    synchronized int size() {
        return waiting.size();
    }
}
