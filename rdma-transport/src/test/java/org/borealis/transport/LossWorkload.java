package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stream of one-sided reads kept {@code window} deep (each completion posts the next) until the
 * connection is lost; then checks that every operation ended exactly once, that the successful
 * reads returned the right bytes, and that every failure is a {@link ConnectionClosedException}
 * naming the peer.
 */
final class LossWorkload implements CompletionHandler {

    private final TransportContractTest.Pair p;
    private final RegisteredBuffer remote;
    private final RegisteredBuffer local;
    private final int window;
    private final byte[] expected;
    private final List<TransportException> failures = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private long posted;
    private long completed;
    private long failed;

    LossWorkload(TransportContractTest.Pair pair, RegisteredBuffer remote, RegisteredBuffer local, int window) {
        this.p = pair;
        this.remote = remote;
        this.local = local;
        this.window = window;
        this.expected = TransportContractTest.pattern(remote.capacity(), 99);
        TransportContractTest.put(remote, 0, expected);
    }

    void start() {
        for (int i = 0; i < window; i++) {
            postNext(i);
        }
    }

    private void postNext(int slot) {
        synchronized (this) {
            posted++;
        }
        if (!p.client.read(local, slot * 1024, remote.region(), slot * 1024L, 1024, this, slot)) {
            synchronized (this) {
                posted--;
                errors.add("a post was refused with only " + window + " outstanding");
            }
        }
    }

    @Override
    public void onComplete(Endpoint endpoint, long opId, int bytes) {
        int slot = (int) opId;
        byte[] got = TransportContractTest.bytes(local, slot * 1024, 1024);
        if (!Arrays.equals(got, 0, 1024, expected, slot * 1024, slot * 1024 + 1024)) {
            errors.add("read in slot " + slot + " returned wrong bytes");
        }
        synchronized (this) {
            completed++;
            notifyAll();
        }
        postNext(slot);
    }

    @Override
    public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
        failures.add(cause);
        synchronized (this) {
            failed++;
            notifyAll();
        }
    }

    synchronized void awaitCompletions(long n) throws InterruptedException {
        long deadline = System.nanoTime() + TestSupport.TIMEOUT.toNanos();
        while (completed < n && failed == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + completed + " of " + n + " reads completed (hung?)");
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    /** Waits until the endpoint has closed and every posted read has ended. */
    void awaitEnd() throws Exception {
        TestSupport.await(p.clientEvents.closed);
        synchronized (this) {
            long deadline = System.nanoTime() + TestSupport.TIMEOUT.toNanos();
            while (completed + failed < posted) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError((posted - completed - failed) + " reads never ended (hung?)");
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }

    void assertLossSeen(InetSocketAddress peer) {
        assertThat(errors).isEmpty();
        assertThat(failures).as("reads pending at the loss failed").isNotEmpty();
        for (TransportException f : failures) {
            assertThat(f).isInstanceOf(ConnectionClosedException.class);
            assertThat(f.getMessage()).as("names the peer").contains(String.valueOf(peer.getPort()));
        }
        synchronized (this) {
            assertThat(completed + failed).isEqualTo(posted);
        }
    }
}
