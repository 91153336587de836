package org.borealis.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.transport.TestSupport.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.netty.channel.epoll.Epoll;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.Listener;
import org.borealis.transport.Recorder;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.TestSupport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the tcp transport promises beyond the shared contract, where tcp makes it deterministic:
 * operations posted from a callback cannot complete before the callback returns, so a close or a
 * loss right after them must fail every one.
 */
@ExtendWith(NettyLeakCheck.class)
class TcpEndpointTest {

    private static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 64, 5_000);
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private TcpTransport transport(String node, TransportLimits limits) {
        TcpTransport t = new TcpTransport(new TransportConfig(TransportKind.TCP, limits, 1, node));
        open.add(t);
        return t;
    }

    private record Pair(TcpTransport serverTransport, TcpTransport clientTransport, Listener listener,
                        Endpoint client, Endpoint server, Recorder clientEvents, Recorder serverEvents) {
    }

    private Pair pair(TransportLimits serverLimits, TransportLimits clientLimits) throws Exception {
        TcpTransport s = transport("server", serverLimits);
        TcpTransport c = transport("client", clientLimits);
        Recorder serverEvents = new Recorder();
        Recorder clientEvents = new Recorder();
        CompletableFuture<Endpoint> accepted = new CompletableFuture<>();
        Listener l = s.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ep -> {
            accepted.complete(ep);
            return serverEvents;
        });
        Endpoint client = await(c.connect(l.localAddress(), clientEvents));
        return new Pair(s, c, l, client, await(accepted), clientEvents, serverEvents);
    }

    @Test
    void usesNativeEpollWhereItIsAvailable() {
        assertThat(transport("n", LIMITS).usesEpoll()).isEqualTo(Epoll.isAvailable());
    }

    @Test
    void closeRightAfterPostingFailsEveryOperationInOrder() throws Exception {
        Pair p = pair(LIMITS, LIMITS);
        RegisteredBuffer remote = p.serverTransport.allocate(4096);
        RegisteredBuffer local = p.clientTransport.allocate(4096);
        p.clientEvents.onMessageHook = m -> {
            for (int i = 0; i < 20; i++) {
                p.client.read(local, 0, remote.region(), 0, 64, p.clientEvents, i);
            }
            p.client.close();
        };
        p.server.send(ByteBuffer.wrap(new byte[1]), p.serverEvents, 0);
        for (int i = 0; i < 20; i++) {
            var c = p.clientEvents.next();
            assertThat(c.opId()).isEqualTo(i);
            assertThat(c.failure()).isInstanceOf(ConnectionClosedException.class)
                    .hasMessageContaining("server (127.0.0.1:" + p.listener.localAddress().getPort() + ")")
                    .hasMessageContaining("closed by client");
        }
        assertThat(await(p.clientEvents.closed)).hasMessageContaining("closed by client");
    }

    @Test
    void lossRightAfterPostingFailsEveryOperationNamingThePeer() throws Exception {
        Pair p = pair(LIMITS, LIMITS);
        RegisteredBuffer remote = p.serverTransport.allocate(4096);
        RegisteredBuffer local = p.clientTransport.allocate(4096);
        p.clientEvents.onMessageHook = m -> {
            for (int i = 0; i < 20; i++) {
                p.client.read(local, 0, remote.region(), 0, 64, p.clientEvents, i);
            }
            p.serverTransport.close(); // the peer goes away before the reads leave this side
        };
        p.server.send(ByteBuffer.wrap(new byte[1]), p.serverEvents, 0);
        for (int i = 0; i < 20; i++) {
            var c = p.clientEvents.next();
            assertThat(c.opId()).isEqualTo(i);
            assertThat(c.failure()).isInstanceOf(ConnectionClosedException.class)
                    .hasMessageContaining("server (127.0.0.1:" + p.listener.localAddress().getPort() + ")");
        }
        assertThat(await(p.clientEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        assertThat(p.clientEvents.violations).isEmpty();
    }

    @Test
    void callbacksRunOnTheEndpointsIoThread() throws Exception {
        Pair p = pair(LIMITS, LIMITS);
        CompletableFuture<String> thread = new CompletableFuture<>();
        p.client.send(ByteBuffer.wrap(new byte[1]), new CompletionHandler() {
            @Override
            public void onComplete(Endpoint endpoint, long opId, int bytes) {
                thread.complete(Thread.currentThread().getName());
            }

            @Override
            public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
                thread.completeExceptionally(cause);
            }
        }, 1);
        assertThat(await(thread)).startsWith("tcp-client-");
    }

    @Test
    void handlersThatThrowDoNotBreakTheConnection() throws Exception {
        Pair p = pair(LIMITS, LIMITS);
        p.serverEvents.onMessageHook = m -> {
            throw new IllegalStateException("application bug in onMessage");
        };
        CountDownLatch completions = new CountDownLatch(3);
        CompletionHandler throwing = new CompletionHandler() {
            @Override
            public void onComplete(Endpoint endpoint, long opId, int bytes) {
                completions.countDown();
                throw new IllegalStateException("application bug in onComplete");
            }

            @Override
            public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            }
        };
        for (int i = 0; i < 3; i++) {
            p.client.send(ByteBuffer.wrap(new byte[] {(byte) i}), throwing, i);
        }
        TestSupport.await(completions);
        assertThat(p.serverEvents.nextMessage()).containsExactly(0);
        assertThat(p.serverEvents.nextMessage()).containsExactly(1);
        assertThat(p.serverEvents.nextMessage()).containsExactly(2);
        assertThat(p.client.isOpen()).isTrue();
        assertThat(p.server.isOpen()).isTrue();
    }

    @Test
    void theSmallerOfBothSidesLimitsApplies() throws Exception {
        TransportLimits small = new TransportLimits(16 * 1024, 8 * 1024, 4, 5_000);
        Pair p = pair(small, LIMITS);
        RegisteredBuffer local = p.clientTransport.allocate(64 * 1024);
        RegisteredBuffer remote = p.serverTransport.allocate(64 * 1024);
        assertThatThrownBy(() -> p.client.send(ByteBuffer.allocate(16 * 1024 + 1), p.clientEvents, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16384");
        assertThatThrownBy(() -> p.client.read(local, 0, remote.region(), 0, 8 * 1024 + 1, p.clientEvents, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(p.client.send(ByteBuffer.allocate(16 * 1024), p.clientEvents, 2)).isTrue();
        assertThat(p.clientEvents.next().ok()).isTrue();
    }

    @Test
    void localBufferClosedWhileAReadIsInFlightFailsTheRead() throws Exception {
        Pair p = pair(LIMITS, LIMITS);
        RegisteredBuffer remote = p.serverTransport.allocate(4096);
        RegisteredBuffer local = p.clientTransport.allocate(4096);
        p.clientEvents.onMessageHook = m -> {
            p.client.read(local, 0, remote.region(), 0, 64, p.clientEvents, 1);
            local.close();
        };
        p.server.send(ByteBuffer.wrap(new byte[1]), p.serverEvents, 0);
        var c = p.clientEvents.next();
        assertThat(c.failure()).isNotInstanceOf(ConnectionClosedException.class)
                .hasMessageContaining("closed while the read was in flight");
        assertThat(p.client.isOpen()).isTrue();
    }
}
