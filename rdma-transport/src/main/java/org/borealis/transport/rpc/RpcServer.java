package org.borealis.transport.rpc;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves RPC calls on a listening address. Requests are decoded on the I/O thread, copied, offered
 * to the {@link RpcHandler}'s fast path there ({@link RpcHandler#handleInline}) and otherwise handed
 * to the handler on the given executor; replies are sent from whichever thread answers. A connection that breaks the framing is closed with a logged reason; the others go on.
 *
 * <p>Per connection at most {@code maxInFlight} calls may wait for an answer; more are answered
 * {@link RpcStatus#OVERLOADED} at once.
 */
public final class RpcServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);

    private final String name;
    private final RpcHandler handler;
    private final Executor executor;
    private final int maxInFlight;
    private final int maxMessageSize;
    private final Listener listener;
    private final Set<Endpoint> endpoints = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param name        for log lines, e.g. {@code "storage-1"}
     * @param maxInFlight calls per connection that may wait for an answer
     */
    public RpcServer(String name, Transport transport, InetSocketAddress bind, RpcHandler handler,
                     Executor executor, int maxInFlight) throws TransportException {
        this.name = name;
        this.handler = handler;
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.maxMessageSize = transport.limits().maxMessageSize();
        this.listener = transport.listen(bind, ServerConnection::new);
    }

    public InetSocketAddress localAddress() {
        return listener.localAddress();
    }

    /** Open connections. */
    public int connections() {
        return endpoints.size();
    }

    /** Stops accepting and closes every connection; calls still running get no answer. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            listener.close();
            for (Endpoint e : endpoints) {
                e.close();
            }
        }
    }

    private final class ServerConnection implements EndpointHandler {

        private final ReplyQueue replies;
        private final AtomicInteger inFlight = new AtomicInteger();

        ServerConnection(Endpoint endpoint) {
            this.replies = new ReplyQueue(endpoint, Math.max(64, maxInFlight * 2));
            endpoints.add(endpoint);
            if (closed.get()) {
                endpoint.close();
            }
        }

        @Override
        public void onMessage(Endpoint endpoint, ByteBuffer message) {
            if (message.remaining() < RpcFrame.HEADER_SIZE || RpcFrame.kind(message) != RpcFrame.KIND_REQUEST) {
                LOG.warn("[{}] closing connection from {}: not an rpc request ({} bytes, kind {})", name,
                        endpoint.remoteAddress(), message.remaining(),
                        message.remaining() > 0 ? RpcFrame.kind(message) : -1);
                endpoint.close();
                return;
            }
            int method = RpcFrame.code(message);
            long callId = RpcFrame.callId(message);
            ByteBuffer payload = ByteBuffer.allocate(message.remaining() - RpcFrame.HEADER_SIZE);
            payload.put(message.duplicate().position(message.position() + RpcFrame.HEADER_SIZE)).flip();
            Call call = new Call(this, endpoint, method, callId, payload);
            if (inFlight.incrementAndGet() > maxInFlight) {
                call.fail(RpcStatus.OVERLOADED, true, "more than " + maxInFlight + " calls in flight on this connection");
                return;
            }
            if (call.runInline()) {
                return;
            }
            try {
                executor.execute(call::run);
            } catch (RejectedExecutionException e) {
                call.fail(closed.get() ? RpcStatus.SHUTTING_DOWN : RpcStatus.OVERLOADED, true,
                        "server " + name + " cannot take more work");
            }
        }

        @Override
        public void onWritable(Endpoint endpoint) {
            replies.drain();
        }

        @Override
        public void onClosed(Endpoint endpoint, TransportException cause) {
            endpoints.remove(endpoint);
        }
    }

    private final class Call implements RpcCall {

        private final ServerConnection connection;
        private final Endpoint endpoint;
        private final int method;
        private final long callId;
        private final ByteBuffer payload;
        private final AtomicBoolean answered = new AtomicBoolean();

        Call(ServerConnection connection, Endpoint endpoint, int method, long callId, ByteBuffer payload) {
            this.connection = connection;
            this.endpoint = endpoint;
            this.method = method;
            this.callId = callId;
            this.payload = payload;
        }

        /** Offers the call to the handler's fast path on this I/O thread; true when it was taken (or failed there). */
        boolean runInline() {
            try {
                if (handler.handleInline(this)) {
                    return true;
                }
                payload.position(0);
                return false;
            } catch (Throwable t) {
                answerFailure(t);
                return true;
            }
        }

        void run() {
            try {
                handler.handle(this);
            } catch (Throwable t) {
                answerFailure(t);
            }
        }

        private void answerFailure(Throwable t) {
            if (t instanceof RpcException e) {
                // a handler may answer by throwing: the status and retriable flag go to the caller
                if (e.status() == RpcStatus.OK) {
                    fail(RpcStatus.INTERNAL, false, "method " + method + " threw a status of OK: " + e.detail());
                } else {
                    fail(e.status(), e.retriable(), e.detail());
                }
            } else {
                LOG.error("[{}] rpc method {} from {} failed", name, method, endpoint.remoteAddress(), t);
                fail(RpcStatus.INTERNAL, false, "internal error in method " + method + ": " + t);
            }
        }

        @Override
        public int method() {
            return method;
        }

        @Override
        public ByteBuffer payload() {
            return payload;
        }

        @Override
        public Endpoint endpoint() {
            return endpoint;
        }

        @Override
        public void reply(ByteBuffer body) {
            int size = RpcFrame.HEADER_SIZE + body.remaining();
            if (size > maxMessageSize) {
                fail(RpcStatus.INTERNAL, false, "reply of " + size + " bytes exceeds the message limit " + maxMessageSize);
                return;
            }
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            ByteBuffer msg = Scratch.get(size);
            RpcFrame.writeHeader(msg, RpcFrame.KIND_RESPONSE, (byte) 0, RpcStatus.OK, callId);
            msg.put(body.duplicate()).flip();
            send(msg);
        }

        @Override
        public void fail(int status, boolean retriable, String message) {
            if (status == RpcStatus.OK) {
                throw new IllegalArgumentException("fail() needs a non-OK status");
            }
            if (!answered.compareAndSet(false, true)) {
                return;
            }
            byte[] text = message.getBytes(StandardCharsets.UTF_8);
            int textLength = Math.min(text.length, Math.max(0, maxMessageSize - RpcFrame.HEADER_SIZE));
            ByteBuffer msg = Scratch.get(RpcFrame.HEADER_SIZE + textLength);
            RpcFrame.writeHeader(msg, RpcFrame.KIND_RESPONSE, retriable ? RpcFrame.FLAG_RETRIABLE : 0, status, callId);
            msg.put(text, 0, textLength).flip();
            send(msg);
        }

        private void send(ByteBuffer msg) {
            connection.inFlight.decrementAndGet();
            if (!connection.replies.sendOrQueue(msg)) {
                LOG.warn("[{}] closed connection from {}: it stopped reading replies", name, endpoint.remoteAddress());
            }
        }
    }
}
