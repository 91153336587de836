package org.borealis.bench.transport;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.HdrHistogram.Histogram;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;

/**
 * The transport under test: a server transport and a client transport in this JVM, connected
 * over {@code bind}. The server's application echoes messages (when asked); one-sided reads are
 * served by the server's transport. Each case drives itself from the client's completion and
 * message callbacks, so the next operation is posted on the I/O thread the moment the last one
 * ends, as an asynchronous caller would.
 */
final class TransportSide implements AutoCloseable {

    static final TransportLimits LIMITS = new TransportLimits(1 << 20, 1 << 20, 256, 10_000);
    private static final int REGION = 16 << 20;
    private static final CompletionHandler IGNORE = new CompletionHandler() {
        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            System.err.println("bench: operation failed: " + cause);
        }
    };

    private final Transport server;
    private final Transport client;
    private final Listener listener;
    private final Endpoint endpoint;
    private final RegisteredBuffer remote;
    private final RegisteredBuffer local;
    private volatile boolean echo = true;
    private volatile Consumer<ByteBuffer> onMessage = m -> {
    };
    private volatile Runnable onWritable = () -> {
    };

    TransportSide(TransportKind kind, InetAddress bind, int ioThreads) throws Exception {
        server = Transports.create(new TransportConfig(kind, LIMITS, ioThreads, "bench-server"));
        client = Transports.create(new TransportConfig(kind, LIMITS, ioThreads, "bench-client"));
        remote = server.allocate(REGION);
        ByteBuffer r = remote.buffer();
        for (int i = 0; i < REGION; i++) {
            r.put(i, (byte) i);
        }
        local = client.allocate(REGION);
        listener = server.listen(new InetSocketAddress(bind, 0), ep -> new EndpointHandler() {
            @Override
            public void onMessage(Endpoint e, ByteBuffer message) {
                if (echo && !e.send(message, IGNORE, 0)) {
                    System.err.println("bench: echo refused (back-pressure)");
                }
            }
        });
        endpoint = client.connect(listener.localAddress(), new EndpointHandler() {
            @Override
            public void onMessage(Endpoint e, ByteBuffer message) {
                onMessage.accept(message);
            }

            @Override
            public void onWritable(Endpoint e) {
                onWritable.run();
            }
        }).get(30, TimeUnit.SECONDS);
    }

    String name() {
        return client.name();
    }

    /** Round trips of {@code size}-byte messages, one at a time: send, the peer echoes, receive. */
    Measurement roundTrip(int size, int warmup, int n) throws Exception {
        echo = true;
        PingPong p = new PingPong(size, warmup, n);
        onMessage = p;
        p.send();
        return p.result.get(10, TimeUnit.MINUTES);
    }

    /** One-sided reads of {@code size} bytes, {@code outstanding} in flight, from all over the peer's region. */
    Measurement reads(int size, int outstanding, int warmup, int n) throws Exception {
        Pipeline p = new Pipeline(size, outstanding, warmup, n, true);
        onWritable = p::resume;
        p.start();
        return p.result.get(10, TimeUnit.MINUTES);
    }

    /** Sends of {@code size} bytes, {@code window} in flight, the peer's application taking them. */
    Measurement stream(int size, int window, int warmup, int n) throws Exception {
        echo = false;
        Pipeline p = new Pipeline(size, window, warmup, n, false);
        onWritable = p::resume;
        p.start();
        return p.result.get(10, TimeUnit.MINUTES);
    }

    @Override
    public void close() {
        endpoint.close();
        listener.close();
        local.close();
        remote.close();
        client.close();
        server.close();
    }

    private final class PingPong implements Consumer<ByteBuffer> {
        final CompletableFuture<Measurement> result = new CompletableFuture<>();
        final ByteBuffer message;
        final Histogram histogram = Measurement.histogram();
        final int warmup;
        final int n;
        long sentAt;
        long measuredFrom;
        long cpuFrom;
        int received;

        PingPong(int size, int warmup, int n) {
            this.message = ByteBuffer.allocateDirect(size);
            this.warmup = warmup;
            this.n = n;
        }

        void send() {
            sentAt = System.nanoTime();
            if (!endpoint.send(message, IGNORE, 0)) {
                result.completeExceptionally(new IllegalStateException("send refused with nothing in flight"));
            }
        }

        @Override
        public void accept(ByteBuffer echoed) {
            long now = System.nanoTime();
            if (received == warmup) {
                measuredFrom = sentAt;
                cpuFrom = Measurement.cpuNow();
            }
            if (received >= warmup) {
                histogram.recordValue(now - sentAt);
            }
            if (++received == warmup + n) {
                result.complete(new Measurement(histogram, (long) n * message.capacity(), now - measuredFrom, n,
                        Measurement.cpuNow() - cpuFrom));
            } else {
                send();
            }
        }
    }

    private final class Pipeline implements CompletionHandler {
        final CompletableFuture<Measurement> result = new CompletableFuture<>();
        final Histogram histogram = Measurement.histogram();
        final ByteBuffer message;
        final int size;
        final int window;
        final int warmup;
        final int n;
        final boolean read;
        final long[] postedAt;
        final java.util.ArrayDeque<Integer> parked = new java.util.ArrayDeque<>();
        long posted;
        long completed;
        long measuredFrom;
        long cpuFrom;

        Pipeline(int size, int window, int warmup, int n, boolean read) {
            this.size = size;
            this.window = window;
            this.warmup = warmup;
            this.n = n;
            this.read = read;
            this.postedAt = new long[window];
            this.message = ByteBuffer.allocateDirect(size);
        }

        synchronized void start() {
            for (int slot = 0; slot < window; slot++) {
                post(slot);
            }
        }

        /** Posts into {@code slot}; a refused post (back-pressure) waits for {@link #resume}. */
        private boolean post(int slot) {
            long offset = posted * size % (REGION - size);
            postedAt[slot] = System.nanoTime();
            boolean ok = read ? endpoint.read(local, slot * size, remote.region(), offset, size, this, slot)
                    : endpoint.send(message, this, slot);
            if (ok) {
                posted++;
            } else {
                parked.add(slot);
            }
            return ok;
        }

        /** The endpoint has room again: post what was refused. */
        synchronized void resume() {
            while (!parked.isEmpty() && posted < warmup + n && post(parked.poll())) {
                // posted
            }
        }

        @Override
        public synchronized void onComplete(Endpoint ep, long opId, int bytes) {
            long now = System.nanoTime();
            int slot = (int) opId;
            if (completed == warmup) {
                measuredFrom = now;
                cpuFrom = Measurement.cpuNow();
            }
            if (completed >= warmup) {
                histogram.recordValue(now - postedAt[slot]);
            }
            completed++;
            if (completed == warmup + n) {
                result.complete(new Measurement(histogram, (long) n * size, now - measuredFrom, n,
                        Measurement.cpuNow() - cpuFrom));
            } else if (posted < warmup + n) {
                if (parked.isEmpty()) {
                    post(slot);
                } else {
                    parked.add(slot); // keep order behind the slots already waiting for room
                }
            }
        }

        @Override
        public void onFailure(Endpoint ep, long opId, TransportException cause) {
            result.completeExceptionally(cause);
        }
    }
}
