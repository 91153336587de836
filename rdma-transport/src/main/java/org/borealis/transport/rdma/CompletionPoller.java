package org.borealis.transport.rdma;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.ibm.disni.verbs.IbvCompChannel;
import com.ibm.disni.verbs.RdmaVerbs;

/**
 * The I/O thread of a set of endpoints: polls their completion queues and runs their callbacks.
 *
 * <p>Back-off: while completions come, it polls without pause; after {@code spinNanos} without
 * any it arms every completion queue for an event, polls once more (to close the race with a
 * completion that arrived just before arming) and sleeps on its completion channel. A completion
 * wakes it through the channel, work from other threads (tasks, a new endpoint, a close) through
 * its {@link Doorbell}. It sleeps at most {@value #BLOCK_MILLIS} ms while an endpoint has
 * unsignalled work in flight (the send completions of messages, not armed for an event, see
 * {@link RdmaEndpoint#arm}) or is closing, and otherwise up to {@code idleMillis} (a second by
 * default): an idle transport costs no CPU. The loop allocates nothing: the endpoints are an array replaced on
 * change, iterated by index.
 */
final class CompletionPoller implements Runnable {

    static final int BLOCK_MILLIS = 5;

    private final RdmaVerbs verbs;
    private final IbvCompChannel channel;
    private final long spinNanos;
    private final Thread thread;
    private final Doorbell bell;
    private final int channelFd;
    private final int idleMillis;
    private volatile long sleeps;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Object membership = new Object();
    private volatile RdmaEndpoint[] endpoints = new RdmaEndpoint[0];
    private volatile boolean running = true;

    CompletionPoller(RdmaDevice device, String name, long spinNanos, int idleMillis) throws IOException {
        this.idleMillis = idleMillis;
        this.verbs = device.verbs();
        this.channel = verbs.createCompChannel(device.context());
        try {
            this.channelFd = Doorbell.descriptorOf(channel);
            this.bell = new Doorbell();
        } catch (IOException | LinkageError e) {
            verbs.destroyCompChannel(channel);
            throw e;
        }
        this.spinNanos = spinNanos;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    IbvCompChannel channel() {
        return channel;
    }

    /** How many times the thread went to sleep (tests: an idle transport must not keep waking). */
    long sleeps() {
        return sleeps;
    }

    int endpointCount() {
        return endpoints.length;
    }

    void add(RdmaEndpoint e) {
        synchronized (membership) {
            RdmaEndpoint[] now = Arrays.copyOf(endpoints, endpoints.length + 1);
            now[now.length - 1] = e;
            endpoints = now;
        }
        bell.ring(); // its receive queue is armed before the poller sleeps again
    }

    void remove(RdmaEndpoint e) {
        synchronized (membership) {
            RdmaEndpoint[] now = endpoints;
            for (int i = 0; i < now.length; i++) {
                if (now[i] == e) {
                    RdmaEndpoint[] less = new RdmaEndpoint[now.length - 1];
                    System.arraycopy(now, 0, less, 0, i);
                    System.arraycopy(now, i + 1, less, i, now.length - i - 1);
                    endpoints = less;
                    return;
                }
            }
        }
    }

    /** Runs {@code task} on this thread soon. */
    void execute(Runnable task) {
        tasks.add(task);
        bell.ring();
    }

    /** Makes a sleeping poller look at its endpoints again (one of them started closing). */
    void wakeUp() {
        bell.ring();
    }

    boolean isPollerThread() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void run() {
        long idleSince = System.nanoTime();
        while (running) {
            int work = runTasks();
            RdmaEndpoint[] eps = endpoints;
            long now = System.nanoTime();
            for (RdmaEndpoint e : eps) {
                work += e.pollOnce();
                e.checkClosing(now);
            }
            if (work > 0) {
                idleSince = now;
                continue;
            }
            if (now - idleSince < spinNanos) {
                Thread.onSpinWait();
                continue;
            }
            boolean timed = false;
            for (RdmaEndpoint e : eps) {
                e.arm();
                timed |= e.needsTimer();
            }
            for (RdmaEndpoint e : eps) {
                work += e.pollOnce();
            }
            bell.sleeping(true);
            if (work > 0 || !tasks.isEmpty() || !running || eps != endpoints) {
                bell.sleeping(false);
                idleSince = System.nanoTime();
                continue;
            }
            try {
                sleeps++; // this thread only
                if ((bell.await(channelFd, timed ? BLOCK_MILLIS : idleMillis) & Doorbell.CHANNEL) != 0) {
                    verbs.getCqEvent(channel, null, 0); // takes and acknowledges the event
                }
            } catch (IOException e) {
                RdmaTransport.LOG.warn("waiting for completion events: {}", e.getMessage());
            } finally {
                bell.sleeping(false);
            }
            idleSince = System.nanoTime() - spinNanos; // poll once, then sleep again if still idle
        }
        runTasks();
    }

    private int runTasks() {
        int n = 0;
        Runnable t;
        while ((t = tasks.poll()) != null) {
            try {
                t.run();
            } catch (RuntimeException e) {
                RdmaTransport.LOG.warn("task on {} threw", thread.getName(), e);
            }
            n++;
        }
        return n;
    }

    /** Stops the thread (after its endpoints are gone) and destroys the completion channel. */
    void shutdown() {
        running = false;
        bell.ring();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            verbs.destroyCompChannel(channel);
        } catch (IOException e) {
            RdmaTransport.LOG.warn("destroying completion channel: {}", e.getMessage());
        }
        bell.close();
    }
}
