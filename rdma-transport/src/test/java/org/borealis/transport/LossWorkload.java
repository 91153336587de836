package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Keeps {@code window} operations in flight on an endpoint (each completion posts the next:
 * mostly one-sided reads of a peer region with known contents, every fourth a send) until the
 * connection is lost; then checks that every operation ended exactly once, that successful reads
 * returned the right bytes, and that every failure is a {@link ConnectionClosedException} naming
 * the peer.
 */
public final class LossWorkload implements CompletionHandler {

    private static final int CHUNK = 1024;

    private final Endpoint endpoint;
    private final Recorder events;
    private final RemoteRegion remote;
    private final byte[] expected;
    private final RegisteredBuffer local;
    private final int window;
    private final List<TransportException> failures = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private long posted;
    private long completed;
    private long failed;

    /**
     * @param expected the peer region's contents
     * @param local    at least {@code window} KiB
     */
    public LossWorkload(Endpoint endpoint, Recorder events, RemoteRegion remote, byte[] expected,
                        RegisteredBuffer local, int window) {
        this.endpoint = endpoint;
        this.events = events;
        this.remote = remote;
        this.expected = expected;
        this.local = local;
        this.window = window;
    }

    public void start() {
        for (int i = 0; i < window; i++) {
            postNext(i);
        }
    }

    private void postNext(int slot) {
        synchronized (this) {
            posted++;
        }
        long offset = (long) slot * CHUNK % (remote.length() - CHUNK + 1);
        boolean accepted = slot % 4 == 3
                ? endpoint.send(ByteBuffer.allocate(100).putInt(0, slot), this, slot)
                : endpoint.read(local, slot * CHUNK, remote, offset, CHUNK, this, slot);
        if (!accepted) {
            synchronized (this) {
                posted--;
            }
            errors.add("a post was refused with only " + window + " outstanding");
        }
    }

    @Override
    public void onComplete(Endpoint ep, long opId, int bytes) {
        int slot = (int) opId;
        if (slot % 4 != 3) {
            int offset = (int) ((long) slot * CHUNK % (remote.length() - CHUNK + 1));
            byte[] got = new byte[CHUNK];
            local.buffer().get(slot * CHUNK, got);
            if (!Arrays.equals(got, 0, CHUNK, expected, offset, offset + CHUNK)) {
                errors.add("read in slot " + slot + " returned wrong bytes");
            }
        }
        synchronized (this) {
            completed++;
            notifyAll();
        }
        postNext(slot);
    }

    @Override
    public void onFailure(Endpoint ep, long opId, TransportException cause) {
        failures.add(cause);
        synchronized (this) {
            failed++;
            notifyAll();
        }
    }

    /** Waits until {@code n} operations have completed (or one failed). */
    public synchronized void awaitCompletions(long n) throws InterruptedException {
        long deadline = System.nanoTime() + TestSupport.TIMEOUT.toNanos();
        while (completed < n && failed == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + completed + " of " + n + " operations completed (hung?)");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until the endpoint has closed and every posted operation has ended. */
    public void awaitEnd() throws Exception {
        TestSupport.await(events.closed);
        synchronized (this) {
            long deadline = System.nanoTime() + TestSupport.TIMEOUT.toNanos();
            while (completed + failed < posted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError((posted - completed - failed) + " operations never ended (hung?)");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    /** Every operation ended once, some failed, each failure names the peer by {@code peerText}. */
    public void assertLossSeen(String peerText) {
        assertThat(errors).isEmpty();
        assertThat(failures).as("operations pending at the loss failed").isNotEmpty();
        for (TransportException f : failures) {
            assertThat(f).isInstanceOf(ConnectionClosedException.class);
            assertThat(f.getMessage()).as("names the peer").contains(peerText);
        }
        synchronized (this) {
            assertThat(completed + failed).isEqualTo(posted);
        }
    }

    public synchronized long failed() {
        return failed;
    }
}
