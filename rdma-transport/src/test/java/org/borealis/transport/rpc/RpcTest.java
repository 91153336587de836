package org.borealis.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.transport.TestSupport.await;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.borealis.transport.Endpoint;
import org.borealis.transport.Recorder;
import org.borealis.transport.TestSeed;
import org.borealis.transport.TestSupport;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.tcp.RawPeer;
import org.borealis.transport.tcp.wire.SendFrame;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/** RpcClient and RpcServer over a real tcp transport: answers, errors, deadlines, loss, overload. */
@ExtendWith(NettyLeakCheck.class)
class RpcTest {

    private static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 64, 5_000);

    /** The RpcException a future failed with. */
    static RpcException failure(CompletableFuture<?> f) throws InterruptedException {
        try {
            Object value = await(f);
            throw new AssertionError("expected a failure, got " + value);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(RpcException.class);
            return (RpcException) e.getCause();
        }
    }

    static long sum(ByteBuffer b) {
        return b.getLong(0);
    }

    @Test
    void manyCallsFromManyThreadsGetTheirOwnAnswers() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 1000); RpcClient client = f.client(30_000, 10_000)) {
            TestSeed.run(seed -> {
                int threads = 4;
                int each = TestSupport.scaled(500);
                List<Thread> callers = new ArrayList<>();
                List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
                for (int t = 0; t < threads; t++) {
                    Random rnd = new Random(seed + t);
                    callers.add(Thread.ofPlatform().start(() -> {
                        List<CompletableFuture<Long>> futures = new ArrayList<>();
                        List<Long> expected = new ArrayList<>();
                        for (int i = 0; i < each; i++) {
                            int a = rnd.nextInt();
                            int b = rnd.nextInt();
                            expected.add((long) a + b);
                            futures.add(client.call(RpcFixture.ADD, RpcFixture.ints(a, b), RpcTest::sum));
                        }
                        for (int i = 0; i < each; i++) {
                            try {
                                long got = futures.get(i).join();
                                if (got != expected.get(i)) {
                                    wrong.add("call " + i + ": " + got + " instead of " + expected.get(i));
                                }
                            } catch (RuntimeException e) { // a timeout or a lost connection: say so
                                wrong.add("call " + i + ": " + e);
                            }
                        }
                    }));
                }
                for (Thread t : callers) {
                    t.join();
                }
                assertThat(wrong).isEmpty();
                assertThat(client.pendingCalls()).isZero();
            });
        }
    }

    @Test
    void failuresCarryTheirStatusAndWhetherToRetry() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient client = f.client(30_000, 100)) {
            RpcException notYet = failure(client.call(RpcFixture.FAIL_RETRIABLE,
                    ByteBuffer.allocate(8).putLong(0, 42), ResponseDecoder.COPY));
            assertThat(notYet.status()).isEqualTo(150);
            assertThat(notYet.retriable()).isTrue();
            assertThat(notYet).hasMessageContaining("not yet applied up to LSN 42");

            RpcException stale = failure(client.call(RpcFixture.FAIL_FATAL, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(stale.status()).isEqualTo(151);
            assertThat(stale.retriable()).isFalse();

            RpcException bug = failure(client.call(RpcFixture.THROW, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(bug.status()).isEqualTo(RpcStatus.INTERNAL);
            assertThat(bug.retriable()).isFalse();
            assertThat(bug).hasMessageContaining("a bug in the handler");

            RpcException typed = failure(client.call(RpcFixture.THROW_RPC, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(typed.status()).as("a thrown RpcException keeps its status").isEqualTo(152);
            assertThat(typed.retriable()).isTrue();
            assertThat(typed).hasMessageContaining("thrown with a status");

            RpcException unknown = failure(client.call(99, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(unknown.status()).isEqualTo(RpcStatus.UNKNOWN_METHOD);

            assertThat(sum(await(client.call(RpcFixture.ADD, RpcFixture.ints(2, 3), ResponseDecoder.COPY)))).isEqualTo(5);
        }
    }

    @Test
    void aPassedDeadlineFailsRetriablyAndTheLateAnswerIsDropped() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient client = f.client(30_000, 100)) {
            RpcException timeout = failure(client.call(RpcFixture.HOLD, ByteBuffer.allocate(0), ResponseDecoder.COPY, 100));
            assertThat(timeout.status()).isEqualTo(RpcStatus.TIMEOUT);
            assertThat(timeout.retriable()).isTrue();
            assertThat(client.pendingCalls()).isZero();
            TestSupport.take(f.held, "held call").reply(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            ByteBuffer echo = await(client.call(RpcFixture.ECHO, ByteBuffer.wrap(new byte[] {7}), ResponseDecoder.COPY));
            assertThat(echo.get(0)).isEqualTo((byte) 7);
        }
    }

    @Test
    void losingTheConnectionFailsPendingCallsRetriablyNamingThePeer() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient client = f.client(30_000, 100)) {
            List<CompletableFuture<ByteBuffer>> calls = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                calls.add(client.call(RpcFixture.HOLD, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            }
            for (int i = 0; i < 3; i++) {
                TestSupport.take(f.held, "held call");
            }
            f.serverTransport.close();
            for (CompletableFuture<ByteBuffer> c : calls) {
                RpcException lost = failure(c);
                assertThat(lost.status()).isEqualTo(RpcStatus.CONNECTION_LOST);
                assertThat(lost.retriable()).isTrue();
                assertThat(lost).hasMessageContaining(String.valueOf(f.server.localAddress().getPort()));
            }
            assertThat(client.isOpen()).isFalse();
            RpcException after = failure(client.call(RpcFixture.ECHO, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(after.status()).isEqualTo(RpcStatus.CONNECTION_LOST);
            assertThat(client.pendingCalls()).isZero();
        }
    }

    @Test
    void callsRacingAConnectionLossAllEnd() throws Exception {
        for (int round = 0; round < 5; round++) {
            try (RpcFixture f = new RpcFixture(LIMITS, 1000); RpcClient client = f.client(600_000, 10_000)) {
                AtomicBoolean stop = new AtomicBoolean();
                List<CompletableFuture<ByteBuffer>> calls = java.util.Collections.synchronizedList(new ArrayList<>());
                List<Thread> callers = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    callers.add(Thread.ofPlatform().start(() -> {
                        while (!stop.get()) {
                            calls.add(client.call(RpcFixture.ECHO, ByteBuffer.allocate(16), ResponseDecoder.COPY));
                        }
                    }));
                }
                while (calls.size() < 2000) {
                    Thread.onSpinWait();
                }
                f.serverTransport.close();
                stop.set(true);
                for (Thread t : callers) {
                    t.join();
                }
                for (CompletableFuture<ByteBuffer> c : calls) {
                    try {
                        await(c); // a deadline of ten minutes: only an answer or the loss can end it
                    } catch (ExecutionException e) {
                        // lost with the connection, or refused before it because the callers
                        // outran the connection and filled the client's queue
                        assertThat(((RpcException) e.getCause()).status())
                                .isIn(RpcStatus.CONNECTION_LOST, RpcStatus.OVERLOADED);
                    }
                }
                assertThat(client.pendingCalls()).isZero();
            }
        }
    }

    @Test
    void tooManyCallsInFlightOnAConnectionAreAnsweredOverloaded() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 2); RpcClient client = f.client(30_000, 100)) {
            CompletableFuture<ByteBuffer> a = client.call(RpcFixture.HOLD, ByteBuffer.wrap(new byte[] {1}),
                    ResponseDecoder.COPY);
            CompletableFuture<ByteBuffer> b = client.call(RpcFixture.HOLD, ByteBuffer.wrap(new byte[] {2}),
                    ResponseDecoder.COPY);
            RpcCall first = TestSupport.take(f.held, "held call"); // in either order: the executor has 4 threads
            RpcCall second = TestSupport.take(f.held, "held call");
            RpcException overloaded = failure(client.call(RpcFixture.ECHO, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(overloaded.status()).isEqualTo(RpcStatus.OVERLOADED);
            assertThat(overloaded.retriable()).isTrue();
            first.reply(first.payload());
            second.reply(second.payload());
            assertThat(await(a).get(0)).isEqualTo((byte) 1);
            assertThat(await(b).get(0)).isEqualTo((byte) 2);
            assertThat(await(client.call(RpcFixture.ECHO, ByteBuffer.wrap(new byte[] {3}), ResponseDecoder.COPY)).get(0))
                    .isEqualTo((byte) 3);
        }
    }

    @Test
    void callsBeyondTheClientsQueueFailOverloaded() throws Exception {
        TransportLimits oneAtATime = new TransportLimits(64 * 1024, 64 * 1024, 1, 5_000);
        try (RpcFixture f = new RpcFixture(oneAtATime, 100); RpcClient client = f.client(30_000, 3)) {
            CompletableFuture<ByteBuffer> first = client.call(RpcFixture.HOLD, ByteBuffer.allocate(0), ResponseDecoder.COPY);
            RpcCall held = TestSupport.take(f.held, "held call");
            // from the client's I/O thread, where no send can complete in between: one call takes
            // the endpoint's only slot, three wait in the client's queue, the rest are refused
            CompletableFuture<List<CompletableFuture<ByteBuffer>>> burst = first.thenApply(answer -> {
                List<CompletableFuture<ByteBuffer>> calls = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    calls.add(client.call(RpcFixture.ECHO, ByteBuffer.wrap(new byte[] {(byte) i}), ResponseDecoder.COPY));
                }
                return calls;
            });
            held.reply(ByteBuffer.allocate(0));
            List<CompletableFuture<ByteBuffer>> calls = await(burst);
            for (int i = 0; i < 4; i++) {
                assertThat(await(calls.get(i)).get(0)).isEqualTo((byte) i);
            }
            for (int i = 4; i < 6; i++) {
                RpcException e = failure(calls.get(i));
                assertThat(e.status()).isEqualTo(RpcStatus.OVERLOADED);
                assertThat(e.retriable()).isTrue();
            }
        }
    }

    @Test
    void requestsAndRepliesAboveTheMessageLimitFailCleanly() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient client = f.client(30_000, 100)) {
            RpcException request = failure(client.call(RpcFixture.ECHO, ByteBuffer.allocate(64 * 1024),
                    ResponseDecoder.COPY));
            assertThat(request.status()).isEqualTo(RpcStatus.BAD_REQUEST);
            assertThat(request.retriable()).isFalse();
            RpcException reply = failure(client.call(RpcFixture.BIG_REPLY, ByteBuffer.allocate(4).putInt(0, 70_000),
                    ResponseDecoder.COPY));
            assertThat(reply.status()).isEqualTo(RpcStatus.INTERNAL);
            assertThat(reply).hasMessageContaining("exceeds the message limit");
            assertThat(await(client.call(RpcFixture.BIG_REPLY, ByteBuffer.allocate(4).putInt(0, 60_000),
                    ResponseDecoder.COPY)).remaining()).isEqualTo(60_000);
        }
    }

    @Test
    void aResponseThatCannotBeDecodedFailsTheCall() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient client = f.client(30_000, 100)) {
            RpcException e = failure(client.call(RpcFixture.ECHO, ByteBuffer.allocate(2), b -> b.getLong()));
            assertThat(e.status()).isEqualTo(RpcStatus.BAD_RESPONSE);
            assertThat(e.retriable()).isFalse();
        }
    }

    @Test
    void aClientThatStopsReadingRepliesIsDisconnectedAndOthersGoOn() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 16); RpcClient good = f.client(30_000, 100);
             RawPeer stalled = new RawPeer(f.server.localAddress())) {
            stalled.handshake();
            for (int i = 1; i <= 1000; i++) { // requests for 60 KB replies it never reads
                ByteBuffer request = ByteBuffer.allocate(RpcFrame.HEADER_SIZE + 4);
                RpcFrame.writeHeader(request, RpcFrame.KIND_REQUEST, (byte) 0, RpcFixture.BIG_REPLY, i);
                request.putInt(60_000);
                try {
                    stalled.send(SendFrame.encode(RawPeer.ALLOC, stalled.crc, i, request.clear()));
                } catch (java.io.IOException closed) {
                    break;
                }
            }
            long deadline = System.nanoTime() + TestSupport.TIMEOUT.toNanos();
            while (f.server.connections() > 1) {
                assertThat(System.nanoTime()).as("the stalled connection is still open").isLessThan(deadline);
                Thread.sleep(10);
            }
            assertThat(await(good.call(RpcFixture.ADD, RpcFixture.ints(20, 22), RpcTest::sum))).isEqualTo(42);
        }
    }

    @Test
    void somethingThatIsNotAnRpcRequestClosesOnlyThatConnection() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100); RpcClient good = f.client(30_000, 100)) {
            Recorder events = new Recorder();
            Endpoint raw = await(f.clientTransport.connect(f.server.localAddress(), events));
            raw.send(ByteBuffer.wrap(new byte[] {9, 9, 9}), events, 1);
            await(events.closed);
            assertThat(await(good.call(RpcFixture.ADD, RpcFixture.ints(1, 1), RpcTest::sum))).isEqualTo(2);
        }
    }

    @Test
    void callsAfterCloseAndConnectsToNowhereFailAsLostConnections() throws Exception {
        try (RpcFixture f = new RpcFixture(LIMITS, 100)) {
            RpcClient client = f.client(30_000, 100);
            client.close();
            assertThat(failure(client.call(RpcFixture.ECHO, ByteBuffer.allocate(0), ResponseDecoder.COPY)).status())
                    .isEqualTo(RpcStatus.CONNECTION_LOST);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            CompletableFuture<RpcClient> nowhere = RpcClient.connect(f.clientTransport,
                    new InetSocketAddress("127.0.0.1", port), 1000, 10);
            RpcException e = failure(nowhere);
            assertThat(e.status()).isEqualTo(RpcStatus.CONNECTION_LOST);
            assertThat(e.retriable()).isTrue();
            assertThat(e).hasMessageContaining(String.valueOf(port));
        }
    }
}
