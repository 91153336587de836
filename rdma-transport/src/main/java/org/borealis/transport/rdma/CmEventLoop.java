package org.borealis.transport.rdma;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.ibm.disni.verbs.RdmaCm;
import com.ibm.disni.verbs.RdmaCmEvent;
import com.ibm.disni.verbs.RdmaCmId;
import com.ibm.disni.verbs.RdmaEventChannel;
import org.borealis.transport.TransportException;

/**
 * The transport's rdma_cm thread: owns the event channel, creates every rdma_cm id (DiSNi keeps
 * the ids of a channel in a map that is not thread-safe, so one thread does all of it) and hands
 * each connection event to the listener or connection it belongs to.
 *
 * <p>The thread sleeps on the event channel until an event comes or another thread submits a
 * task (which rings its {@link Doorbell}), at most {@code idleMillis} ms at a time, and runs
 * the submitted tasks in between.
 */
final class CmEventLoop implements Runnable {

    static final int WAIT_MILLIS = 5;

    /** Something that receives the events of one rdma_cm id. */
    interface Target {
        void onEvent(RdmaCmEvent.EventType type, RdmaCmEvent event);
    }

    private final RdmaCm cm;
    private final RdmaEventChannel channel;
    private final Thread thread;
    private final Doorbell bell;
    private final int channelFd;
    private final int idleMillis;
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final Map<RdmaCmId, Target> targets = new IdentityHashMap<>();
    private final RdmaCmEvent.EventType[] types = RdmaCmEvent.EventType.values();
    private volatile boolean running = true;

    CmEventLoop(RdmaCm cm, String name, int idleMillis) throws IOException {
        this.cm = cm;
        this.idleMillis = idleMillis;
        this.channel = cm.createEventChannel();
        try {
            this.channelFd = Doorbell.descriptorOf(channel);
            this.bell = new Doorbell();
        } catch (IOException | LinkageError e) {
            cm.destroyEventChannel(channel);
            throw e;
        }
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    RdmaEventChannel channel() {
        return channel;
    }

    RdmaCm cm() {
        return cm;
    }

    boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    /** Runs {@code task} on the rdma_cm thread. */
    void execute(Runnable task) {
        if (inLoop()) {
            task.run();
        } else {
            tasks.add(task);
            bell.ring();
        }
    }

    /**
     * Runs {@code task} on the rdma_cm thread and waits for its result. Fails at once, instead of
     * waiting for ever, when the thread has stopped (the transport is closed).
     */
    <T> T call(Callable<T> task) throws TransportException {
        if (inLoop()) {
            try {
                return task.call();
            } catch (TransportException e) {
                throw e;
            } catch (Exception e) {
                throw new TransportException(e.getMessage(), e);
            }
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Runnable r = () -> {
            try {
                f.complete(task.call());
            } catch (Exception | LinkageError e) {
                f.completeExceptionally(e);
            }
        };
        if (!running) {
            throw stopped();
        }
        tasks.add(r);
        bell.ring();
        try {
            while (true) {
                try {
                    return f.get(WAIT_MILLIS * 20L, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!thread.isAlive() && tasks.remove(r)) {
                        throw stopped(); // never taken: the thread ended after the check above
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the rdma_cm thread", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof TransportException te) {
                throw te;
            }
            throw new TransportException(c.getMessage(), c);
        }
    }

    private TransportException stopped() {
        return new TransportException("the rdma_cm thread " + thread.getName() + " has stopped (transport closed)");
    }

    /** Creates an id on this loop's channel; rdma_cm thread only. */
    RdmaCmId createId(Target target) throws IOException {
        RdmaCmId id = cm.createId(channel, RdmaCm.RDMA_PS_TCP);
        targets.put(id, target);
        return id;
    }

    void register(RdmaCmId id, Target target) {
        targets.put(id, target);
    }

    /** Forgets and destroys {@code id}; rdma_cm thread only. */
    void destroy(RdmaCmId id) {
        targets.remove(id);
        try {
            cm.destroyCmId(id);
        } catch (IOException e) {
            RdmaTransport.LOG.debug("destroying rdma_cm id: {}", e.getMessage());
        }
    }

    void forget(RdmaCmId id) {
        targets.remove(id);
    }

    @Override
    public void run() {
        while (running) {
            Runnable t;
            while ((t = tasks.poll()) != null) {
                run(t);
            }
            RdmaCmEvent event = null;
            bell.sleeping(true);
            if (!tasks.isEmpty() || !running) {
                bell.sleeping(false);
                continue;
            }
            try {
                if ((bell.await(channelFd, idleMillis) & Doorbell.CHANNEL) != 0) {
                    event = cm.getCmEvent(channel, 0);
                }
            } catch (IOException e) {
                RdmaTransport.LOG.warn("rdma_cm event channel: {}", e.getMessage());
                continue;
            } finally {
                bell.sleeping(false);
            }
            if (event != null) {
                dispatch(event);
            }
        }
        Runnable t;
        while ((t = tasks.poll()) != null) {
            run(t);
        }
    }

    private void dispatch(RdmaCmEvent event) {
        int code = event.getEvent();
        if (code < 0 || code >= types.length) {
            RdmaTransport.LOG.warn("unknown rdma_cm event {}", code);
            return;
        }
        RdmaCmEvent.EventType type = types[code];
        RdmaCmId key = type == RdmaCmEvent.EventType.RDMA_CM_EVENT_CONNECT_REQUEST
                ? event.getListenIdPriv() : event.getConnIdPriv();
        Target target = key == null ? null : targets.get(key);
        if (target == null) {
            RdmaTransport.LOG.debug("rdma_cm event {} for an id no longer in use", type);
            return;
        }
        run(() -> target.onEvent(type, event));
    }

    private static void run(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            RdmaTransport.LOG.warn("rdma_cm task threw", e);
        }
    }

    /** Stops the thread and destroys the event channel (every id must be gone). */
    void shutdown() {
        running = false;
        bell.ring();
        if (!inLoop()) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            cm.destroyEventChannel(channel);
        } catch (IOException e) {
            RdmaTransport.LOG.warn("destroying the rdma_cm event channel: {}", e.getMessage());
        }
        bell.close();
    }
}
