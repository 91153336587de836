package org.borealis.transport.rdma;

import java.io.IOException;

import com.ibm.disni.verbs.IbvCompChannel;
import com.ibm.disni.verbs.RdmaEventChannel;
import com.ibm.disni.verbs.impl.NatIbvCompChannel;
import com.ibm.disni.verbs.impl.NatRdmaEventChannel;

/**
 * Wakes a thread that sleeps on a channel's file descriptor (the poller on its completion
 * channel, the rdma_cm thread on its event channel) when another thread hands it work, so the
 * sleeper can sleep until there is something to do instead of waking every few milliseconds to
 * look. An eventfd underneath (native/src/doorbell.c).
 *
 * <p>The owner sleeps in three steps: {@link #sleeping(boolean) sleeping(true)}, then a last
 * look at its queues (and back to work if anything is there), then {@link #await}. Another thread
 * first adds its work, then {@link #ring rings}. Both flag and queues are volatile or concurrent,
 * so either the owner's last look sees the work or the ringer sees the flag and rings: no work is
 * left waiting for a sleeper. A ring while the owner is awake costs nothing; one that lands as it
 * wakes makes its next sleep return at once.
 */
final class Doorbell implements AutoCloseable {

    static final int CHANNEL = 1;
    static final int RUNG = 2;

    private final int fd;
    private volatile boolean sleeping;
    private boolean closed; // under this

    Doorbell() throws IOException {
        fd = open0();
    }

    /** Wakes the owner if it sleeps (or is about to). Any thread. */
    void ring() {
        if (sleeping) {
            synchronized (this) { // not while close() runs: the descriptor's number may be reused
                if (closed) {
                    return;
                }
                try {
                    ring0(fd);
                } catch (IOException e) {
                    RdmaTransport.LOG.warn("ringing the doorbell: {}", e.getMessage());
                }
            }
        }
    }

    /** Owner: says it is about to sleep ({@code true}) or awake again. */
    void sleeping(boolean value) {
        sleeping = value;
    }

    /**
     * Owner: sleeps until {@code channelFd} is readable, the bell rings or {@code timeoutMillis}
     * pass (negative: no limit). Returns {@link #CHANNEL} and {@link #RUNG} bits; the channel's
     * event is left for the caller to take.
     */
    int await(int channelFd, int timeoutMillis) throws IOException {
        return await0(channelFd, fd, timeoutMillis);
    }

    /** The file descriptor of a completion channel ({@code getFd()} of DiSNi's object says 0). */
    static int descriptorOf(IbvCompChannel channel) throws IOException {
        return channelFd0(((NatIbvCompChannel) channel).getObjId(), 0);
    }

    /** The file descriptor of an rdma_cm event channel ({@code getFd()} of DiSNi's object says 0). */
    static int descriptorOf(RdmaEventChannel channel) throws IOException {
        return channelFd0(((NatRdmaEventChannel) channel).getObjId(), 1);
    }

    /** The eventfd's number (tests wait on one bell's descriptor as another's channel). */
    int fd() {
        return fd;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            close0(fd);
        } catch (IOException e) {
            RdmaTransport.LOG.warn("closing the doorbell: {}", e.getMessage());
        }
    }

    private static native int channelFd0(long handle, int kind) throws IOException;

    private static native int open0() throws IOException;

    private static native void ring0(int fd) throws IOException;

    private static native int await0(int channelFd, int bellFd, int timeoutMillis) throws IOException;

    private static native void close0(int fd) throws IOException;
}
