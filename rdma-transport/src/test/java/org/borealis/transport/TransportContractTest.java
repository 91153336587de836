package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.borealis.transport.TestSupport.await;
import static org.borealis.transport.TestSupport.scaled;
import static org.borealis.transport.TestBytes.assertSameBytes;
import static org.borealis.transport.TestBytes.bytes;
import static org.borealis.transport.TestBytes.pattern;
import static org.borealis.transport.TestBytes.put;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract every transport implementation keeps, written once and run against each (subclass
 * it and implement {@link #newTransport}). It speaks only the SPI, so what passes here is what
 * callers may rely on whichever transport they get.
 *
 * <p>Sizes and counts scale with {@code -Dborealis.test.scale}; waits are guards against hangs
 * ({@code -Dborealis.test.timeoutSeconds}), never timing assertions.
 */
@ExtendWith(NettyLeakCheck.class)
public abstract class TransportContractTest {

    /**
     * Limits of most tests: small enough to run fast, large enough to matter. The connect timeout
     * is a guard against hangs, generous for software-emulated RDMA in a cold JVM.
     */
    protected static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 128, 30_000);

    private final List<AutoCloseable> resources = new ArrayList<>();

    /** A new transport of the implementation under test; the suite closes it. */
    protected abstract Transport newTransport(String nodeId, TransportLimits limits) throws Exception;

    /** Where servers listen; port 0. Implementations bound to a device (rdma) override it. */
    protected InetSocketAddress listenAddress() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void closeResources() {
        Collections.reverse(resources);
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                throw new AssertionError("closing " + r + " failed", e);
            }
        }
        resources.clear();
    }

    /** Closes {@code resource} after the test, before the resources opened earlier. */
    protected <T extends AutoCloseable> T closeLater(T resource) {
        resources.add(resource);
        return resource;
    }

    /** A server and a client transport of the implementation under test, connected; closed after the test. */
    protected ConnectedPair connect(TransportLimits limits) throws Exception {
        Transport server = closeLater(newTransport("server", limits));
        Transport client = closeLater(newTransport("client", limits));
        ConnectedPair pair = new ConnectedPair(server, client, listenAddress());
        closeLater(pair.listener);
        return pair;
    }

    // ---- two-sided ------------------------------------------------------------------------

    @Test
    void sendDeliversEachMessageOnceInOrderAndCompletesInOrder() throws Exception {
        ConnectedPair p = connect(LIMITS);
        int[] sizes = {0, 1, 7, 64, 1000, 8192, LIMITS.maxMessageSize()};
        for (int i = 0; i < sizes.length; i++) {
            ByteBuffer message = ByteBuffer.wrap(pattern(sizes[i], i));
            assertThat(p.client.send(message, p.clientEvents, 100 + i)).isTrue();
            assertThat(message.position()).as("send leaves the caller's position alone").isZero();
        }
        for (int i = 0; i < sizes.length; i++) {
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.ok()).as("send %d: %s", i, c.failure()).isTrue();
            assertThat(c.opId()).isEqualTo(100 + i);
            assertThat(c.bytes()).isEqualTo(sizes[i]);
            assertSameBytes(p.serverEvents.nextMessage(), pattern(sizes[i], i), "message " + i);
        }
        assertThat(p.serverEvents.messages).isEmpty();
        p.assertNoViolations();
    }

    @Test
    void bothSidesSendAtOnce() throws Exception {
        ConnectedPair p = connect(LIMITS);
        // more messages than rdma's send window (its receive depth): a refused post is retried,
        // as the contract allows back-pressure on any post
        for (int i = 0; i < 50; i++) {
            ByteBuffer c = ByteBuffer.wrap(("c" + i).getBytes(StandardCharsets.UTF_8));
            ByteBuffer s = ByteBuffer.wrap(("s" + i).getBytes(StandardCharsets.UTF_8));
            while (!p.client.send(c, p.clientEvents, i)) {
                Thread.onSpinWait();
            }
            while (!p.server.send(s, p.serverEvents, i)) {
                Thread.onSpinWait();
            }
        }
        for (int i = 0; i < 50; i++) {
            assertThat(new String(p.serverEvents.nextMessage(), StandardCharsets.UTF_8)).isEqualTo("c" + i);
            assertThat(new String(p.clientEvents.nextMessage(), StandardCharsets.UTF_8)).isEqualTo("s" + i);
            assertThat(p.clientEvents.next().opId()).isEqualTo(i);
            assertThat(p.serverEvents.next().opId()).isEqualTo(i);
        }
        p.assertNoViolations();
    }

    @Test
    void postsFromManyThreadsKeepEachThreadsOrder() throws Exception {
        ConnectedPair p = connect(LIMITS);
        int threads = 4;
        int each = scaled(500);
        List<Thread> posters = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            posters.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < each; i++) {
                    ByteBuffer m = ByteBuffer.allocate(8).putInt(thread).putInt(i).flip();
                    while (!p.client.send(m, p.clientEvents, (long) thread << 32 | i)) {
                        Thread.onSpinWait(); // back-pressure: try again
                    }
                }
            }));
        }
        for (Thread t : posters) {
            t.join();
        }
        int[] next = new int[threads];
        for (int n = 0; n < threads * each; n++) {
            ByteBuffer m = ByteBuffer.wrap(p.serverEvents.nextMessage());
            int thread = m.getInt();
            assertThat(m.getInt()).as("message order of thread %d", thread).isEqualTo(next[thread]++);
            assertThat(p.clientEvents.next().ok()).isTrue();
        }
        p.assertNoViolations();
    }

    @Test
    void messageAboveTheLimitIsRefusedAtOnce() throws Exception {
        ConnectedPair p = connect(LIMITS);
        ByteBuffer big = ByteBuffer.allocate(LIMITS.maxMessageSize() + 1);
        assertThatThrownBy(() -> p.client.send(big, p.clientEvents, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(p.client.outstanding()).isZero();
        assertThat(p.client.send(ByteBuffer.wrap(new byte[] {42}), p.clientEvents, 2)).isTrue();
        assertThat(p.serverEvents.nextMessage()).containsExactly(42);
        assertThat(p.clientEvents.next().opId()).isEqualTo(2);
    }

    // ---- one-sided ------------------------------------------------------------------------

    @Test
    void registeredBuffersHaveDistinctKeysAndAddressRanges() throws Exception {
        Transport t = closeLater(newTransport("node", LIMITS));
        RegisteredBuffer a = t.allocate(10_000);
        RegisteredBuffer b = t.allocate(4096);
        assertThat(a.capacity()).isEqualTo(10_000);
        assertThat(a.region().length()).isEqualTo(10_000);
        assertThat(a.region().key()).isNotEqualTo(b.region().key());
        boolean disjoint = a.region().address() + a.capacity() <= b.region().address()
                || b.region().address() + b.capacity() <= a.region().address();
        assertThat(disjoint).as("address ranges of %s and %s", a.region(), b.region()).isTrue();
        ByteBuffer view = a.buffer();
        assertThat(view.isDirect()).isTrue();
        assertThat(view.position()).isZero();
        assertThat(view.limit()).isEqualTo(10_000);
        view.position(10);
        assertThat(a.buffer().position()).as("each view is new").isZero();
        a.close();
        a.close();
        assertThat(a.isOpen()).isFalse();
        assertThat(b.isOpen()).isTrue();
        b.close();
    }

    @Test
    void readReturnsThePeersBytesWithoutThePeersApplication() throws Exception {
        ConnectedPair p = connect(LIMITS);
        int size = 64 * 1024;
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(size));
        put(remote, 0, pattern(size, 7));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(size));
        // the region travels to the client in a message, as applications hand it out
        ByteBuffer regionMessage = ByteBuffer.allocate(RemoteRegion.SIZE);
        remote.region().writeTo(regionMessage);
        p.server.send(regionMessage.flip(), p.serverEvents, 0);
        RemoteRegion region = RemoteRegion.readFrom(ByteBuffer.wrap(p.clientEvents.nextMessage()));
        assertThat(region).isEqualTo(remote.region());

        int[][] reads = {{0, 0, 1}, {100, 5, 4096}, {size - 8, 9000, 8}, {0, 0, size}, {12_345, 40_000, 20_000}};
        for (int i = 0; i < reads.length; i++) {
            int remoteOffset = reads[i][0];
            int localOffset = reads[i][1];
            int length = reads[i][2];
            assertThat(p.client.read(local, localOffset, region, remoteOffset, length, p.clientEvents, i)).isTrue();
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.ok()).as("read %d: %s", i, c.failure()).isTrue();
            assertThat(c.opId()).isEqualTo(i);
            assertThat(c.bytes()).isEqualTo(length);
            byte[] expected = new byte[length];
            System.arraycopy(pattern(size, 7), remoteOffset, expected, 0, length);
            assertSameBytes(bytes(local, localOffset, length), expected, "read " + i);
        }
        assertThat(p.serverEvents.messages).as("the server's application saw nothing").isEmpty();
        p.assertNoViolations();
    }

    @Test
    void writeStoresIntoThePeersMemoryBeforeCompleting() throws Exception {
        ConnectedPair p = connect(LIMITS);
        int size = 64 * 1024;
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(size));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(size));
        byte[] data = pattern(size, 11);
        put(local, 0, data);
        byte[] model = new byte[size];
        int[][] writes = {{0, 0, 1}, {1000, 3, 4096}, {size - 16, 500, 16}, {20_000, 20_000, 30_000}};
        for (int i = 0; i < writes.length; i++) {
            int remoteOffset = writes[i][0];
            int localOffset = writes[i][1];
            int length = writes[i][2];
            assertThat(p.client.write(local, localOffset, remote.region(), remoteOffset, length, p.clientEvents, i)).isTrue();
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.ok()).as("write %d: %s", i, c.failure()).isTrue();
            assertThat(c.bytes()).isEqualTo(length);
            System.arraycopy(data, localOffset, model, remoteOffset, length);
            assertSameBytes(bytes(remote, 0, size), model, "peer memory after write " + i);
        }
        assertThat(p.serverEvents.messages).isEmpty();
        p.assertNoViolations();
    }

    /**
     * A message posted after a write is delivered only once the write's bytes are in the peer's
     * memory, without waiting for the write to complete (docs/design/write-then-send.md). Each
     * round writes into its own range so a later write cannot mask an early message.
     */
    @Test
    void aMessageSentAfterAWriteArrivesAfterTheWritesData() throws Exception {
        ConnectedPair p = connect(LIMITS);
        int size = 4096;
        int rounds = 48;
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(size * rounds));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(size * rounds));
        for (int i = 0; i < rounds; i++) {
            put(local, i * size, pattern(size, 1000 + i));
        }
        BlockingQueue<String> verdicts = new LinkedBlockingQueue<>();
        p.serverEvents.onMessageHook = m -> {
            int i = m.getInt(m.position());
            verdicts.add(Arrays.equals(bytes(remote, i * size, size), pattern(size, 1000 + i)) ? "message " + i
                    : "message " + i + " arrived before the bytes of the write posted ahead of it");
        };
        for (int i = 0; i < rounds; i++) {
            while (!p.client.write(local, i * size, remote.region(), i * size, size, p.clientEvents, 2L * i)) {
                Thread.onSpinWait();
            }
            ByteBuffer message = ByteBuffer.allocate(4).putInt(0, i);
            while (!p.client.send(message, p.clientEvents, 2L * i + 1)) {
                Thread.onSpinWait();
            }
        }
        for (int i = 0; i < 2 * rounds; i++) {
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.ok()).as("operation %d: %s", i, c.failure()).isTrue();
            assertThat(c.opId()).isEqualTo(i);
        }
        for (int i = 0; i < rounds; i++) {
            assertThat(TestSupport.take(verdicts, "message " + i)).isEqualTo("message " + i);
        }
        p.assertNoViolations();
    }

    /**
     * A refused one-sided access (docs/design/remote-access-faults.md): what was posted before it
     * completes, it fails with {@link RemoteAccessException}, the endpoint then closes on both
     * sides, what was posted after it fails with {@link ConnectionClosedException}, and a new
     * endpoint to the same peer works.
     */
    private void assertRefusedThenClosed(ConnectedPair p, RegisteredBuffer local, RemoteRegion good) throws Exception {
        Recorder.Completion before = p.clientEvents.next();
        assertThat(before.opId()).isEqualTo(1);
        assertThat(before.ok()).as("the operation before the refused one: %s", before.failure()).isTrue();
        Recorder.Completion refused = p.clientEvents.next();
        assertThat(refused.opId()).isEqualTo(2);
        assertThat(refused.failure()).isInstanceOf(RemoteAccessException.class);
        Recorder.Completion after = p.clientEvents.next();
        assertThat(after.opId()).isEqualTo(3);
        assertThat(after.failure()).isInstanceOf(ConnectionClosedException.class);
        assertThat(await(p.clientEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        assertThat(await(p.serverEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        assertThat(p.client.isOpen()).isFalse();
        p.assertNoViolations();

        ConnectedPair again = p.reconnect();
        assertThat(again.client.read(local, 0, good, 0, 64, again.clientEvents, 4)).isTrue();
        Recorder.Completion c = again.clientEvents.next();
        assertThat(c.ok()).as("a read on a new endpoint to the same peer: %s", c.failure()).isTrue();
        assertSameBytes(bytes(local, 0, 64), TestBytes.pattern(64, 0), "the read on the new endpoint");
        again.client.close();
    }

    private RegisteredBuffer patterned(Transport t, int size, long seed) throws Exception {
        RegisteredBuffer b = closeLater(t.allocate(size));
        put(b, 0, pattern(size, seed));
        return b;
    }

    @Test
    void aReadWithAWrongKeyFailsAndClosesTheEndpoint() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = patterned(p.serverTransport, 4096, 0);
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(4096));
        RemoteRegion r = remote.region();
        RemoteRegion forged = new RemoteRegion(r.address(), r.key() ^ 0x5A5A5A5A, r.length());
        p.client.read(local, 0, r, 0, 64, p.clientEvents, 1);
        p.client.read(local, 0, forged, 0, 64, p.clientEvents, 2);
        p.client.read(local, 64, r, 64, 64, p.clientEvents, 3);
        assertRefusedThenClosed(p, local, r);
    }

    @Test
    void aWriteWithAWrongKeyStoresNothingAndClosesTheEndpoint() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = patterned(p.serverTransport, 4096, 0);
        RegisteredBuffer local = patterned(p.clientTransport, 4096, 1);
        RemoteRegion r = remote.region();
        RemoteRegion forged = new RemoteRegion(r.address(), r.key() + 1, r.length());
        p.client.read(local, 0, r, 0, 64, p.clientEvents, 1);
        p.client.write(local, 0, forged, 0, 4096, p.clientEvents, 2);
        p.client.write(local, 0, r, 0, 64, p.clientEvents, 3);
        assertRefusedThenClosed(p, local, r);
        assertSameBytes(bytes(remote, 0, 4096), pattern(4096, 0), "the peer's memory after the refused writes");
    }

    @Test
    void accessesOutsideTheRegistrationFailAndCloseTheEndpoint() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = patterned(p.serverTransport, 4096, 0);
        RegisteredBuffer neighbour = patterned(p.serverTransport, 4096, 6);
        RegisteredBuffer local = patterned(p.clientTransport, 4096, 1);
        RemoteRegion r = remote.region();
        RemoteRegion pastTheEnd = new RemoteRegion(r.address(), r.key(), r.length() + 8192);
        RemoteRegion beforeTheStart = new RemoteRegion(r.address() - 64, r.key(), 128);

        p.client.read(local, 0, r, 0, 64, p.clientEvents, 1);
        p.client.read(local, 0, pastTheEnd, r.length() - 8, 16, p.clientEvents, 2);
        p.client.read(local, 0, r, 0, 64, p.clientEvents, 3);
        assertRefusedThenClosed(p, local, r);

        ConnectedPair q = p.reconnect();
        q.client.read(local, 0, r, 0, 64, q.clientEvents, 1);
        q.client.read(local, 0, beforeTheStart, 0, 16, q.clientEvents, 2);
        q.client.read(local, 0, r, 0, 64, q.clientEvents, 3);
        assertRefusedThenClosed(q, local, r);

        ConnectedPair w = p.reconnect();
        w.client.read(local, 0, r, 0, 64, w.clientEvents, 1);
        w.client.write(local, 0, pastTheEnd, r.length() - 32, 64, w.clientEvents, 2);
        w.client.write(local, 0, r, 0, 64, w.clientEvents, 3);
        assertRefusedThenClosed(w, local, r);
        assertSameBytes(bytes(remote, 0, 4096), pattern(4096, 0), "memory after the refused write");
        assertSameBytes(bytes(neighbour, 0, 4096), pattern(4096, 6), "the neighbouring registration");
    }

    @Test
    void deregisteredMemoryIsRefused() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer good = patterned(p.serverTransport, 4096, 0);
        RegisteredBuffer gone = p.serverTransport.allocate(4096);
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(4096));
        RemoteRegion stale = gone.region();
        p.client.read(local, 0, stale, 0, 16, p.clientEvents, 0);
        assertThat(p.clientEvents.next().ok()).isTrue();
        gone.close();
        p.client.read(local, 0, good.region(), 0, 64, p.clientEvents, 1);
        p.client.read(local, 0, stale, 0, 16, p.clientEvents, 2);
        p.client.read(local, 0, good.region(), 0, 64, p.clientEvents, 3);
        assertRefusedThenClosed(p, local, good.region());
    }

    @Test
    void argumentsWrongOnThisSideThrowAtOnce() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(4096));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(4096));
        RegisteredBuffer foreign = closeLater(p.serverTransport.allocate(4096));
        RegisteredBuffer big = closeLater(p.clientTransport.allocate(LIMITS.maxOneSidedSize() * 2));
        RemoteRegion bigRegion = new RemoteRegion(remote.region().address(), remote.region().key(), Integer.MAX_VALUE);
        RemoteRegion r = remote.region();
        assertThatThrownBy(() -> p.client.read(local, 4000, r, 0, 100, p.clientEvents, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.client.write(local, -1, r, 0, 10, p.clientEvents, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.client.read(local, 0, r, 4090, 10, p.clientEvents, 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> p.client.read(big, 0, bigRegion, 0, LIMITS.maxOneSidedSize() + 1, p.clientEvents, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.client.read(foreign, 0, r, 0, 10, p.clientEvents, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(p.client.outstanding()).isZero();
        assertThat(p.clientEvents.completions).isEmpty();
        assertThat(p.client.read(local, 0, r, 0, 10, p.clientEvents, 2)).isTrue();
        assertThat(p.clientEvents.next().opId()).isEqualTo(2);
    }

    // ---- many operations ------------------------------------------------------------------

    @Test
    void tenThousandPipelinedMixedOperationsCompleteInOrderWithVerifiedContents() throws Exception {
        TestSeed.run(seed -> new MixedWorkload(connect(LIMITS), seed, scaled(10_000), scaled(1_000)).runAndVerify());
    }

    // ---- back-pressure ----------------------------------------------------------------------

    @Test
    void postReturnsFalseAtMaxOutstandingAndOnWritableFollows() throws Exception {
        TransportLimits limits = new TransportLimits(64 * 1024, 64 * 1024, 8, LIMITS.connectTimeoutMillis());
        ConnectedPair p = connect(limits);
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(4096));
        put(remote, 0, pattern(4096, 9));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(4096));
        CompletableFuture<int[]> atRefusal = new CompletableFuture<>();
        CompletableFuture<Boolean> afterWritable = new CompletableFuture<>();
        // post from inside a callback, so no completion can slip in between the posts
        p.clientEvents.onMessageHook = m -> {
            int posted = 0;
            while (posted < 1000 && p.client.read(local, posted * 256, remote.region(), posted * 256, 256,
                    p.clientEvents, posted)) {
                posted++;
            }
            atRefusal.complete(new int[] {posted, p.client.outstanding()});
        };
        p.clientEvents.onWritableHook = () -> {
            if (!afterWritable.isDone()) {
                afterWritable.complete(p.client.read(local, 0, remote.region(), 0, 256, p.clientEvents, 100));
            }
        };
        p.server.send(ByteBuffer.wrap(new byte[] {1}), p.serverEvents, 0);
        int[] refusal = await(atRefusal);
        assertThat(refusal[0]).as("posts accepted before the first refusal").isEqualTo(8);
        assertThat(refusal[1]).as("outstanding at the refusal").isEqualTo(8);
        for (int i = 0; i < 8; i++) {
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.opId()).isEqualTo(i);
            assertThat(c.ok()).isTrue();
        }
        assertThat(await(afterWritable)).as("a post after onWritable").isTrue();
        Recorder.Completion last = p.clientEvents.next();
        assertThat(last.opId()).as("the refused post never completes").isEqualTo(100);
        assertSameBytes(bytes(local, 0, 8 * 256), bytes(remote, 0, 8 * 256), "the 8 reads");
        assertThat(p.clientEvents.writableCalls.get()).isPositive();
        p.assertNoViolations();
    }

    /**
     * A sender that only ever posts from {@code onWritable}, until refused, to a peer that never
     * answers: every refusal must be followed by another {@code onWritable} once room frees, with
     * nothing arriving from the peer to prompt it (a queue of replies drained this way stalled
     * while its caller waited for exactly those replies).
     */
    @Test
    void aSenderThatRefillsTheWindowFromOnWritableReachesTheEnd() throws Exception {
        TransportLimits limits = new TransportLimits(64 * 1024, 64 * 1024, 8, LIMITS.connectTimeoutMillis());
        ConnectedPair p = connect(limits);
        int total = 40 * limits.maxOutstanding();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        Runnable refill = () -> {
            synchronized (next) {
                while (next.get() < total
                        && p.client.send(ByteBuffer.allocate(4).putInt(0, next.get()), p.clientEvents, next.get())) {
                    next.incrementAndGet();
                }
            }
        };
        p.clientEvents.onWritableHook = refill;
        refill.run();
        for (int i = 0; i < total; i++) {
            byte[] m = p.serverEvents.nextMessage();
            assertThat(ByteBuffer.wrap(m).getInt()).as("message %d of %d (posted so far: %d)", i, total, next.get())
                    .isEqualTo(i);
        }
        for (int i = 0; i < total; i++) {
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.ok()).as("send %d: %s", i, c.failure()).isTrue();
            assertThat(c.opId()).isEqualTo(i);
        }
        p.assertNoViolations();
    }

    // ---- close and loss ---------------------------------------------------------------------

    @Test
    void closeFailsPendingOperationsAndBothSidesHearItOnce() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(4096));
        RegisteredBuffer local = closeLater(p.clientTransport.allocate(4096));
        int k = 16;
        CountDownLatch posted = new CountDownLatch(1);
        p.clientEvents.onMessageHook = m -> {
            for (int i = 0; i < k; i++) {
                p.client.read(local, i * 64, remote.region(), i * 64, 64, p.clientEvents, i);
            }
            p.client.close();
            posted.countDown();
        };
        p.server.send(ByteBuffer.wrap(new byte[] {1}), p.serverEvents, 0);
        await(posted);
        assertThat(p.client.isOpen()).isFalse();
        for (int i = 0; i < k; i++) {
            Recorder.Completion c = p.clientEvents.next();
            assertThat(c.opId()).isEqualTo(i);
            if (!c.ok()) {
                assertThat(c.failure()).isInstanceOf(ConnectionClosedException.class);
            }
        }
        TransportException cause = await(p.clientEvents.closed);
        assertThat(cause).isInstanceOf(ConnectionClosedException.class);
        assertThat(await(p.serverEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        p.client.close();
        // a post after close fails through the handler, not by throwing
        assertThat(p.client.send(ByteBuffer.wrap(new byte[] {2}), p.clientEvents, 99)).isTrue();
        Recorder.Completion after = p.clientEvents.next();
        assertThat(after.opId()).isEqualTo(99);
        assertThat(after.failure()).isInstanceOf(ConnectionClosedException.class);
        assertThat(p.clientEvents.closedCalls.get()).isEqualTo(1);
        assertThat(p.serverEvents.closedCalls.get()).isEqualTo(1);
        assertThat(p.server.isOpen()).isFalse();
        p.assertNoViolations();
    }

    @Test
    void losingThePeerMidStreamFailsPendingOperationsNamingThePeer() throws Exception {
        ConnectedPair p = connect(LIMITS);
        RegisteredBuffer remote = closeLater(p.serverTransport.allocate(64 * 1024));
        byte[] contents = pattern(64 * 1024, 99);
        put(remote, 0, contents);
        LossWorkload w = new LossWorkload(p.client, p.clientEvents, remote.region(), contents,
                closeLater(p.clientTransport.allocate(64 * 1024)), 32);
        w.start();
        w.awaitCompletions(scaled(200));
        p.serverTransport.close();
        w.awaitEnd();
        w.assertLossSeen(String.valueOf(p.listener.localAddress().getPort()));
        TransportException cause = await(p.clientEvents.closed);
        assertThat(cause).isInstanceOf(ConnectionClosedException.class);
        assertThat(cause.getMessage()).contains(String.valueOf(p.listener.localAddress().getPort()));
        p.assertNoViolations();
    }

    @Test
    void closingTheTransportClosesItsEndpointsAndThePeerHearsIt() throws Exception {
        ConnectedPair p = connect(LIMITS);
        p.clientTransport.close();
        assertThat(await(p.clientEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        assertThat(p.client.isOpen()).isFalse();
        assertThat(await(p.serverEvents.closed)).isInstanceOf(ConnectionClosedException.class);
        assertThatThrownBy(() -> p.clientTransport.allocate(16)).isInstanceOf(TransportException.class);
        p.assertNoViolations();
    }

    @Test
    void closingTheListenerKeepsAcceptedEndpointsOpen() throws Exception {
        ConnectedPair p = connect(LIMITS);
        p.listener.close();
        assertThat(p.client.send(ByteBuffer.wrap(new byte[] {7}), p.clientEvents, 1)).isTrue();
        assertThat(p.serverEvents.nextMessage()).containsExactly(7);
        assertThat(p.clientEvents.next().ok()).isTrue();
        assertThat(p.server.isOpen()).isTrue();
        CompletableFuture<Endpoint> again = p.clientTransport.connect(p.listener.localAddress(), new Recorder());
        assertThatThrownBy(() -> await(again)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TransportException.class);
    }

    @Test
    void connectingToNoListenerFailsNamingTheAddress() throws Exception {
        Transport t = closeLater(newTransport("client", LIMITS));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, listenAddress().getAddress())) {
            port = s.getLocalPort();
        }
        InetSocketAddress nowhere = new InetSocketAddress(listenAddress().getAddress(), port);
        CompletableFuture<Endpoint> f = t.connect(nowhere, new Recorder());
        assertThatThrownBy(() -> await(f)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(TransportException.class).hasMessageContaining(String.valueOf(port));
    }
}
