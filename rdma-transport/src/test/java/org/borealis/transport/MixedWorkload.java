package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Many pipelined sends, one-sided reads and one-sided writes in a seeded random mix, with the
 * peer sending messages back at the same time; every byte is checked. Reads come from an area of
 * the peer's memory nobody writes (so each read has one right answer), writes go to another area
 * that is compared with a model at the end, and sends are compared message by message.
 */
final class MixedWorkload {

    private static final byte SEND = 0;
    private static final byte READ = 1;
    private static final byte WRITE = 2;
    private static final int WINDOW = 64;
    private static final int MAX_LENGTH = 8192;
    private static final int READ_AREA = 128 * 1024;
    private static final int WRITE_AREA = 128 * 1024;
    private static final int MAX_MESSAGE = 4096;

    private final ConnectedPair p;
    private final long seed;
    private final int ops;
    private final int serverMessages;
    private final byte[] kinds;
    private final int[] offsets;
    private final int[] lengths;
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();

    MixedWorkload(ConnectedPair pair, long seed, int ops, int serverMessages) {
        this.p = pair;
        this.seed = seed;
        this.ops = ops;
        this.serverMessages = serverMessages;
        this.kinds = new byte[ops];
        this.offsets = new int[ops];
        this.lengths = new int[ops];
    }

    void runAndVerify() throws Exception {
        Random rnd = new Random(seed);
        byte[] readArea = TestBytes.pattern(READ_AREA, seed);
        try (RegisteredBuffer remote = p.serverTransport.allocate(READ_AREA + WRITE_AREA);
             RegisteredBuffer local = p.clientTransport.allocate(WINDOW * MAX_LENGTH)) {
            TestBytes.put(remote, 0, readArea);
            ByteBuffer localView = local.buffer();
            byte[] model = new byte[WRITE_AREA];
            List<byte[]> sent = new ArrayList<>();
            Semaphore window = new Semaphore(WINDOW);
            Semaphore progress = new Semaphore(0);
            p.clientEvents.onWritableHook = progress::release;
            CountDownLatch done = new CountDownLatch(ops);
            CompletionHandler handler = new Checker(readArea, localView, window, progress, done);
            Thread serverSender = Thread.ofPlatform().name("server-sender").start(this::sendFromServer);

            for (int i = 0; i < ops; i++) {
                acquire(window);
                int dice = rnd.nextInt(10);
                kinds[i] = dice < 4 ? SEND : dice < 7 ? READ : WRITE;
                ByteBuffer message = null;
                if (kinds[i] == SEND) {
                    lengths[i] = rnd.nextInt(MAX_MESSAGE + 1);
                    byte[] m = TestBytes.pattern(lengths[i], seed + i);
                    sent.add(m);
                    message = ByteBuffer.wrap(m);
                } else {
                    lengths[i] = 1 + rnd.nextInt(MAX_LENGTH);
                    offsets[i] = rnd.nextInt((kinds[i] == READ ? READ_AREA : WRITE_AREA) - lengths[i] + 1);
                }
                if (kinds[i] == WRITE) {
                    byte[] data = new byte[lengths[i]];
                    rnd.nextBytes(data);
                    localView.put(slot(i), data);
                    System.arraycopy(data, 0, model, offsets[i], data.length);
                }
                while (!post(i, message, local, remote.region(), handler)) {
                    if (!progress.tryAcquire(TestSupport.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new AssertionError("op " + i + " could not be posted for " + TestSupport.TIMEOUT);
                    }
                }
            }
            TestSupport.await(done);
            serverSender.join(TestSupport.TIMEOUT.toMillis());

            assertThat(errors).as("errors seen in completions").isEmpty();
            for (int i = 0; i < sent.size(); i++) {
                TestBytes.assertSameBytes(p.serverEvents.nextMessage(), sent.get(i), "message " + i + " at the server");
            }
            assertThat(p.serverEvents.messages).as("extra messages at the server").isEmpty();
            for (int j = 0; j < serverMessages; j++) {
                TestBytes.assertSameBytes(p.clientEvents.nextMessage(), serverMessage(j), "message " + j + " at the client");
            }
            TestBytes.assertSameBytes(TestBytes.bytes(remote, READ_AREA, WRITE_AREA), model, "written area");
            TestBytes.assertSameBytes(TestBytes.bytes(remote, 0, READ_AREA), readArea, "read area");
            p.assertNoViolations();
        }
    }

    private boolean post(int i, ByteBuffer message, RegisteredBuffer local, RemoteRegion region,
                         CompletionHandler handler) {
        return switch (kinds[i]) {
            case SEND -> p.client.send(message, handler, i);
            case READ -> p.client.read(local, slot(i), region, offsets[i], lengths[i], handler, i);
            default -> p.client.write(local, slot(i), region, READ_AREA + offsets[i], lengths[i], handler, i);
        };
    }

    private static int slot(int op) {
        return (op % WINDOW) * MAX_LENGTH;
    }

    private byte[] serverMessage(int j) {
        byte[] m = TestBytes.pattern(8 + (j * 37) % 2000, ~seed + j);
        ByteBuffer.wrap(m).putInt(j);
        return m;
    }

    private void sendFromServer() {
        for (int j = 0; j < serverMessages; j++) {
            ByteBuffer m = ByteBuffer.wrap(serverMessage(j));
            while (!p.server.send(m, p.serverEvents, j)) {
                LockSupport.parkNanos(50_000);
            }
        }
    }

    private static void acquire(Semaphore s) throws InterruptedException {
        if (!s.tryAcquire(TestSupport.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no completion for " + TestSupport.TIMEOUT + " (hung?)");
        }
    }

    /** Checks each completion as it comes, on the I/O thread. */
    private final class Checker implements CompletionHandler {
        private final byte[] readArea;
        private final ByteBuffer localView;
        private final Semaphore window;
        private final Semaphore progress;
        private final CountDownLatch done;
        private final AtomicLong next = new AtomicLong();

        Checker(byte[] readArea, ByteBuffer localView, Semaphore window, Semaphore progress, CountDownLatch done) {
            this.readArea = readArea;
            this.localView = localView;
            this.window = window;
            this.progress = progress;
            this.done = done;
        }

        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
            int i = (int) opId;
            checkOrder(opId);
            if (bytes != lengths[i]) {
                errors.add("op " + i + " completed with " + bytes + " bytes, posted " + lengths[i]);
            }
            if (kinds[i] == READ) {
                byte[] got = new byte[lengths[i]];
                localView.get(slot(i), got);
                if (!Arrays.equals(got, 0, got.length, readArea, offsets[i], offsets[i] + got.length)) {
                    errors.add("read op " + i + " returned wrong bytes");
                }
            }
            finish();
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            checkOrder(opId);
            errors.add("op " + opId + " failed: " + cause);
            finish();
        }

        private void checkOrder(long opId) {
            long want = next.getAndIncrement();
            if (opId != want) {
                errors.add("op " + opId + " completed when op " + want + " was next");
            }
        }

        private void finish() {
            window.release();
            progress.release();
            done.countDown();
        }
    }
}
