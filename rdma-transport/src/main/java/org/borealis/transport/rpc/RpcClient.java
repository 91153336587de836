package org.borealis.transport.rpc;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportException;

/**
 * Calls methods of an {@link RpcServer} over one endpoint. Thread-safe; many calls may be in
 * flight. Each call has a deadline; when it passes, the call fails with a retriable
 * {@link RpcStatus#TIMEOUT}. When the connection is lost every pending call fails with a retriable
 * {@link RpcStatus#CONNECTION_LOST} naming the peer; the client does not reconnect by itself —
 * make a new one with {@link #connect}.
 *
 * <p>The returned futures complete on the transport's I/O thread (answers, lost connections) or on
 * the shared {@code rpc-deadlines} thread (deadlines): use the {@code *Async} stages or
 * {@code join()} from your own thread for anything that blocks.
 */
public final class RpcClient implements AutoCloseable {

    /** Sweeps deadlines of every client; one daemon thread for the whole process. */
    private static final ScheduledExecutorService SWEEPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rpc-deadlines");
        t.setDaemon(true);
        return t;
    });
    private static final long SWEEP_MILLIS = 10;

    private final InetSocketAddress peer;
    private final long defaultTimeoutMillis;
    private final int maxQueued;
    private final int maxMessageSize;
    private final AtomicLong nextCallId = new AtomicLong(1);
    private final Map<Long, Pending<?>> pending = new ConcurrentHashMap<>();
    private final ArrayDeque<ByteBuffer> waiting = new ArrayDeque<>();
    private final Connection connection = new Connection();
    private final ScheduledFuture<?> sweep;
    private volatile Endpoint endpoint;
    private volatile String closedReason;

    private RpcClient(InetSocketAddress peer, int maxMessageSize, long defaultTimeoutMillis, int maxQueued) {
        this.peer = peer;
        this.maxMessageSize = maxMessageSize;
        this.defaultTimeoutMillis = defaultTimeoutMillis;
        this.maxQueued = maxQueued;
        this.sweep = SWEEPER.scheduleWithFixedDelay(this::expire, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Connects to an {@link RpcServer}.
     *
     * @param defaultTimeoutMillis deadline of calls that do not name one
     * @param maxQueued            calls that may wait for room on the endpoint before new ones fail
     *                             with {@link RpcStatus#OVERLOADED}
     */
    public static CompletableFuture<RpcClient> connect(Transport transport, InetSocketAddress address,
                                                       long defaultTimeoutMillis, int maxQueued) {
        RpcClient client = new RpcClient(address, transport.limits().maxMessageSize(), defaultTimeoutMillis, maxQueued);
        return transport.connect(address, client.connection).handle((ep, err) -> {
            if (err != null) {
                client.sweep.cancel(false);
                throw new RpcException(RpcStatus.CONNECTION_LOST, true, "cannot connect to " + address + ": "
                        + (err.getCause() != null ? err.getCause().getMessage() : err.getMessage()), err);
            }
            client.endpoint = ep;
            return client;
        });
    }

    public InetSocketAddress remoteAddress() {
        return peer;
    }

    /** The endpoint under this client, for one-sided operations alongside calls. */
    public Endpoint endpoint() {
        return endpoint;
    }

    public boolean isOpen() {
        Endpoint e = endpoint;
        return closedReason == null && e != null && e.isOpen();
    }

    /** Calls {@code method} with the request's remaining bytes; the default deadline applies. */
    public <T> CompletableFuture<T> call(int method, ByteBuffer request, ResponseDecoder<T> decoder) {
        return call(method, request, decoder, defaultTimeoutMillis);
    }

    /**
     * Calls {@code method} with the request's remaining bytes (copied before this returns).
     *
     * @param timeoutMillis deadline for the answer
     */
    public <T> CompletableFuture<T> call(int method, ByteBuffer request, ResponseDecoder<T> decoder, long timeoutMillis) {
        Pending<T> p = new Pending<>(decoder, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        int size = RpcFrame.HEADER_SIZE + request.remaining();
        if (size > maxMessageSize) {
            p.future.completeExceptionally(new RpcException(RpcStatus.BAD_REQUEST, false,
                    "request of " + size + " bytes exceeds the message limit " + maxMessageSize));
            return p.future;
        }
        String reason = closedReason;
        Endpoint ep = endpoint;
        if (reason != null || ep == null || !ep.isOpen()) {
            p.future.completeExceptionally(lost(reason != null ? reason : "connection is closed"));
            return p.future;
        }
        long callId = nextCallId.getAndIncrement();
        pending.put(callId, p);
        if (closedReason != null) {
            // shutdown() ran between the check above and the put, and may have missed this call
            if (pending.remove(callId, p)) {
                p.future.completeExceptionally(lost(closedReason));
            }
            return p.future;
        }
        ByteBuffer msg = Scratch.get(size);
        RpcFrame.writeHeader(msg, RpcFrame.KIND_REQUEST, (byte) 0, method, callId);
        msg.put(request.duplicate()).flip();
        synchronized (waiting) {
            if (waiting.isEmpty() && ep.send(msg, connection, callId)) {
                return p.future;
            }
            if (waiting.size() >= maxQueued) {
                pending.remove(callId);
                p.future.completeExceptionally(new RpcException(RpcStatus.OVERLOADED, true,
                        maxQueued + " calls already wait for room on the connection to " + peer));
                return p.future;
            }
            ByteBuffer copy = ByteBuffer.allocate(msg.remaining());
            copy.put(msg).flip();
            waiting.add(copy);
        }
        return p.future;
    }

    /** Calls still waiting for an answer. */
    public int pendingCalls() {
        return pending.size();
    }

    @Override
    public void close() {
        Endpoint ep = endpoint;
        if (ep != null) {
            ep.close();
        }
        shutdown("client closed");
    }

    private void drain() {
        Endpoint ep = endpoint;
        synchronized (waiting) {
            while (!waiting.isEmpty()) {
                ByteBuffer next = waiting.peek();
                if (!ep.send(next, connection, RpcFrame.callId(next))) {
                    return;
                }
                waiting.poll();
            }
        }
    }

    private void shutdown(String reason) {
        if (closedReason == null) {
            closedReason = reason;
        }
        sweep.cancel(false);
        synchronized (waiting) {
            waiting.clear();
        }
        for (Iterator<Map.Entry<Long, Pending<?>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Pending<?> p = it.next().getValue();
            it.remove();
            p.future.completeExceptionally(lost(closedReason));
        }
    }

    private RpcException lost(String reason) {
        return new RpcException(RpcStatus.CONNECTION_LOST, true, "connection to " + peer + " lost: " + reason);
    }

    private void expire() {
        long now = System.nanoTime();
        for (Iterator<Map.Entry<Long, Pending<?>>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, Pending<?>> e = it.next();
            if (now - e.getValue().deadlineNanos > 0 && pending.remove(e.getKey(), e.getValue())) {
                e.getValue().future.completeExceptionally(new RpcException(RpcStatus.TIMEOUT, true,
                        "no answer from " + peer + " to call " + e.getKey() + " before its deadline"));
            }
        }
    }

    private static final class Pending<T> {
        final ResponseDecoder<T> decoder;
        final long deadlineNanos;
        final CompletableFuture<T> future = new CompletableFuture<>();

        Pending(ResponseDecoder<T> decoder, long deadlineNanos) {
            this.decoder = decoder;
            this.deadlineNanos = deadlineNanos;
        }

        void complete(ByteBuffer response) {
            int status = RpcFrame.code(response);
            boolean retriable = (RpcFrame.flags(response) & RpcFrame.FLAG_RETRIABLE) != 0;
            ByteBuffer body = response.duplicate().position(response.position() + RpcFrame.HEADER_SIZE);
            if (status != RpcStatus.OK) {
                String text = StandardCharsets.UTF_8.decode(body).toString();
                future.completeExceptionally(new RpcException(status, retriable, text));
                return;
            }
            T value;
            try {
                value = decoder.decode(body.slice());
            } catch (RuntimeException e) {
                future.completeExceptionally(new RpcException(RpcStatus.BAD_RESPONSE, false,
                        "cannot decode the response: " + e.getMessage(), e));
                return;
            }
            future.complete(value);
        }
    }

    /** Endpoint events and send completions of this client. */
    private final class Connection implements EndpointHandler, CompletionHandler {

        @Override
        public void onMessage(Endpoint ep, ByteBuffer message) {
            if (message.remaining() < RpcFrame.HEADER_SIZE || RpcFrame.kind(message) != RpcFrame.KIND_RESPONSE) {
                shutdown("peer sent something that is not an rpc response (" + message.remaining() + " bytes)");
                ep.close();
                return;
            }
            Pending<?> p = pending.remove(RpcFrame.callId(message));
            if (p != null) {
                p.complete(message);
            }
            // an answer after its deadline has nobody waiting; dropped
        }

        @Override
        public void onWritable(Endpoint ep) {
            drain();
        }

        @Override
        public void onClosed(Endpoint ep, TransportException cause) {
            shutdown(cause != null ? cause.getMessage() : "closed");
        }

        @Override
        public void onComplete(Endpoint ep, long opId, int bytes) {
        }

        @Override
        public void onFailure(Endpoint ep, long opId, TransportException cause) {
            Pending<?> p = pending.remove(opId);
            if (p != null) {
                p.future.completeExceptionally(lost(cause.getMessage()));
            }
        }
    }
}
