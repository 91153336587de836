package org.borealis.transport.rdma;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteAccessException;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What is particular to the rdma transport, beyond the shared contract: credits under a flood,
 * fragments, loopback mapped to the device, the endpoint's teardown after a refused key, and no
 * registration left behind. Runs where a verbs device is present (the lab guest); skipped with
 * the reason elsewhere.
 */
class RdmaTransportTest {

    static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 64, 30_000);

    @BeforeAll
    static void needsDevice() {
        RdmaTestSupport.requireRdma();
    }

    RdmaTransport server;
    RdmaTransport client;

    @BeforeEach
    void open() throws Exception {
        server = (RdmaTransport) new RdmaTransportProvider().create(config("server"));
        client = (RdmaTransport) new RdmaTransportProvider().create(config("client"));
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
        assertThat(client.registrations()).as("client registrations after close").isZero();
        assertThat(server.registrations()).as("server registrations after close").isZero();
    }

    static TransportConfig config(String node) {
        return new TransportConfig(TransportKind.RDMA, LIMITS, 1, node);
    }

    /** Records every event of one endpoint. */
    static final class Events implements EndpointHandler, CompletionHandler {
        final BlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
        final BlockingQueue<Object[]> completions = new LinkedBlockingQueue<>();
        final CompletableFuture<TransportException> closed = new CompletableFuture<>();

        @Override
        public void onMessage(Endpoint endpoint, ByteBuffer message) {
            byte[] b = new byte[message.remaining()];
            message.get(b);
            messages.add(b);
        }

        @Override
        public void onClosed(Endpoint endpoint, TransportException cause) {
            closed.complete(cause);
        }

        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
            completions.add(new Object[] {opId, bytes, null});
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            completions.add(new Object[] {opId, -1, cause});
        }

        byte[] message() throws InterruptedException {
            byte[] m = messages.poll(60, TimeUnit.SECONDS);
            assertThat(m).as("a message within 60 s").isNotNull();
            return m;
        }

        Object[] completion() throws InterruptedException {
            Object[] c = completions.poll(60, TimeUnit.SECONDS);
            assertThat(c).as("a completion within 60 s").isNotNull();
            return c;
        }
    }

    record Connected(Endpoint client, Events clientEvents, Endpoint server, Events serverEvents, Listener listener) {
    }

    Connected connect(InetSocketAddress listenOn) throws Exception {
        Events serverEvents = new Events();
        CompletableFuture<Endpoint> accepted = new CompletableFuture<>();
        Listener l = server.listen(listenOn, e -> {
            accepted.complete(e);
            return serverEvents;
        });
        Events clientEvents = new Events();
        Endpoint c = client.connect(l.localAddress(), clientEvents).get(60, TimeUnit.SECONDS);
        Endpoint s = accepted.get(60, TimeUnit.SECONDS);
        return new Connected(c, clientEvents, s, serverEvents, l);
    }

    @Test
    void loopbackListensOnTheDeviceAddressAndMessagesFlowBothWays() throws Exception {
        Connected c = connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        assertThat(c.listener().localAddress().getAddress().isLoopbackAddress()).isFalse();
        assertThat(c.listener().localAddress().getPort()).isPositive();
        for (int i = 0; i < 10; i++) {
            assertThat(c.client().send(ByteBuffer.wrap(new byte[] {(byte) i}), c.clientEvents(), i)).isTrue();
            assertThat(c.server().send(ByteBuffer.wrap(new byte[] {(byte) (100 + i)}), c.serverEvents(), i)).isTrue();
        }
        for (int i = 0; i < 10; i++) {
            assertThat(c.serverEvents().message()).containsExactly(i);
            assertThat(c.clientEvents().message()).containsExactly(100 + i);
            assertThat(c.clientEvents().completion()[0]).isEqualTo((long) i);
        }
    }

    /**
     * Idle pollers sleep (not wake every few milliseconds), and work handed to them from other
     * threads while they sleep is done at once: a message and its reply, a one-sided read, a close.
     * The lab runs this with {@code -Dborealis.rdma.idleMillis=-1} (sleep until woken), so a lost
     * wake-up hangs the step instead of passing a second later.
     */
    @Test
    void idlePollersSleepAndWorkFromOtherThreadsWakesThem() throws Exception {
        Connected c = connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        assertThat(c.client().send(ByteBuffer.wrap(new byte[] {1}), c.clientEvents(), 1)).isTrue();
        assertThat(c.serverEvents().message()).containsExactly(1);
        assertThat(c.clientEvents().completion()[0]).isEqualTo(1L);
        Thread.sleep(500); // the short sleeps that reap unsignalled completions are over
        long before = client.pollerSleeps() + server.pollerSleeps();
        Thread.sleep(2_000);
        long slept = client.pollerSleeps() + server.pollerSleeps() - before;
        assertThat(slept).as("times the two idle pollers went to sleep in 2 s").isLessThanOrEqualTo(8);

        assertThat(c.client().send(ByteBuffer.wrap(new byte[] {2}), c.clientEvents(), 2)).isTrue();
        assertThat(c.serverEvents().message()).containsExactly(2);
        assertThat(c.clientEvents().completion()[0]).isEqualTo(2L);
        Thread.sleep(300);
        assertThat(c.server().send(ByteBuffer.wrap(new byte[] {3}), c.serverEvents(), 3)).isTrue();
        assertThat(c.clientEvents().message()).containsExactly(3);
        assertThat(c.serverEvents().completion()[0]).isEqualTo(3L);
        Thread.sleep(300);
        RegisteredBuffer remote = server.allocate(4096);
        RegisteredBuffer local = client.allocate(4096);
        remote.buffer().put(0, (byte) 42);
        assertThat(c.client().read(local, 0, remote.region(), 0, 4096, c.clientEvents(), 4)).isTrue();
        Object[] read = c.clientEvents().completion();
        assertThat(read[2]).isNull();
        assertThat(local.buffer().get(0)).isEqualTo((byte) 42);
        Thread.sleep(300);
        c.client().close();
        c.serverEvents().closed.get(60, TimeUnit.SECONDS); // the peer sees the disconnect
        c.clientEvents().closed.get(60, TimeUnit.SECONDS);
        local.close();
        remote.close();
        c.listener().close();
    }

    @Test
    void aFloodOfMessagesToASlowReceiverNeedsNoRetriesAndArrivesInOrder() throws Exception {
        Connected c = connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int n = org.borealis.transport.TestSupport.scaled(2_000);
        long seed = Long.getLong("test.seed", System.nanoTime());
        Random random = new Random(seed);
        byte[][] sent = new byte[n][];
        for (int i = 0; i < n; i++) {
            sent[i] = new byte[random.nextInt(3) == 0 ? random.nextInt(LIMITS.maxMessageSize() + 1) : random.nextInt(200)];
            random.nextBytes(sent[i]);
            while (!c.client().send(ByteBuffer.wrap(sent[i]), c.clientEvents(), i)) {
                Thread.onSpinWait();
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(c.serverEvents().message()).as("message %d (seed %d)", i, seed).isEqualTo(sent[i]);
            Object[] done = c.clientEvents().completion();
            assertThat(done[2]).as("send %d (seed %d)", i, seed).isNull();
            assertThat(done[0]).isEqualTo((long) i);
        }
    }

    @Test
    void readsAndWritesMoveThePeersBytes() throws Exception {
        Connected c = connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        RegisteredBuffer remote = server.allocate(64 * 1024);
        RegisteredBuffer local = client.allocate(64 * 1024);
        byte[] data = new byte[64 * 1024];
        new Random(1).nextBytes(data);
        remote.buffer().put(data);
        assertThat(c.client().read(local, 0, remote.region(), 0, data.length, c.clientEvents(), 1)).isTrue();
        assertThat(c.clientEvents().completion()[1]).isEqualTo(data.length);
        byte[] got = new byte[data.length];
        local.buffer().get(got);
        assertThat(got).isEqualTo(data);
        local.buffer().put(0, new byte[] {9, 9, 9});
        assertThat(c.client().write(local, 0, remote.region(), 100, 3, c.clientEvents(), 2)).isTrue();
        assertThat(c.clientEvents().completion()[1]).isEqualTo(3);
        assertThat(remote.buffer().get(101)).isEqualTo((byte) 9);
        remote.close();
        local.close();
    }

    @Test
    void aRefusedKeyFailsThatOperationAndTearsTheEndpointDownWithoutLeaks() throws Exception {
        Connected c = connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        RegisteredBuffer remote = server.allocate(4096);
        RegisteredBuffer local = client.allocate(4096);
        RemoteRegion r = remote.region();
        RemoteRegion forged = new RemoteRegion(r.address(), r.key() ^ 0x5A5A5A5A, r.length());
        c.client().read(local, 0, forged, 0, 64, c.clientEvents(), 1);
        c.client().read(local, 0, r, 0, 64, c.clientEvents(), 2);
        Object[] bad = c.clientEvents().completion();
        assertThat(bad[0]).isEqualTo(1L);
        assertThat(bad[2]).isInstanceOf(RemoteAccessException.class);
        assertThat(((Exception) bad[2]).getMessage()).contains("rkey").contains(String.valueOf(c.listener().localAddress().getPort()));
        Object[] next = c.clientEvents().completion();
        assertThat(next[0]).isEqualTo(2L);
        assertThat(next[2]).isInstanceOf(ConnectionClosedException.class);
        assertThat(c.clientEvents().closed.get(60, TimeUnit.SECONDS)).isNotNull();
        assertThat(c.serverEvents().closed.get(60, TimeUnit.SECONDS)).isNotNull();
        awaitZero(() -> client.liveEndpoints());
        assertThat(client.registrations()).as("the endpoint's send, receive and control areas are released; "
                + "the caller's own buffer stays").isEqualTo(1);
        remote.close();
        local.close();
    }

    static void awaitZero(java.util.function.IntSupplier n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (n.getAsInt() != 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(n.getAsInt()).isZero();
    }
}
