package org.borealis.transport.rdma;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.ibm.disni.verbs.IbvMr;
import com.ibm.disni.verbs.RdmaCm;
import com.ibm.disni.verbs.RdmaCmId;
import com.ibm.disni.verbs.RdmaVerbs;
import com.ibm.disni.verbs.SVCDeregMr;
import com.ibm.disni.verbs.SVCRegMr;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code rdma} transport on DiSNi's verbs API: reliable-connected queue pairs set up through
 * rdma_cm, memory from a slab allocator registered per buffer, two-sided messages with receive
 * credits, one-sided RDMA READ and WRITE, and completion polling threads.
 *
 * <p>Coordinates; the work is in {@link RdmaDevice} (device context, protection domain,
 * loopback mapping), {@link CmEventLoop} (rdma_cm thread), {@link RdmaListener} and
 * {@link ConnectionEvents} (connection set-up), {@link RdmaEndpoint} with its {@link QueuePair},
 * {@link SendQueue} and {@link Receiver} (the data path), {@link CompletionPoller} (I/O threads)
 * and {@link SlabAllocator} with {@link RdmaBuffer} (registered memory).
 */
public final class RdmaTransport implements Transport {

    static final Logger LOG = LoggerFactory.getLogger(RdmaTransport.class);

    /** Receive buffers per endpoint: the peer's send window. */
    static final int RECV_DEPTH = 32;
    /** The largest fragment payload; messages above it travel in several fragments. */
    static final int MAX_FRAGMENT_PAYLOAD = 16 * 1024 - Wire.HEADER;
    static final int ACCESS = IbvMr.IBV_ACCESS_LOCAL_WRITE | IbvMr.IBV_ACCESS_REMOTE_WRITE
            | IbvMr.IBV_ACCESS_REMOTE_READ;

    /** Per-endpoint sizes derived from the limits. */
    record Sizes(int recvDepth, int slotSize, int sendSlots, int maxWrs) {
        static Sizes of(TransportLimits limits) {
            int payload = Math.min(MAX_FRAGMENT_PAYLOAD, Math.max(64, limits.maxMessageSize()));
            int fragments = Math.max(1, (limits.maxMessageSize() + payload - 1) / payload);
            return new Sizes(RECV_DEPTH, payload + Wire.HEADER, fragments + RECV_DEPTH,
                    limits.maxOutstanding() + RECV_DEPTH + 4);
        }
    }

    private final TransportConfig config;
    private final Sizes sizes;
    private final CmEventLoop cmLoop;
    private final RdmaDevice device;
    private final CompletionPoller[] pollers;
    private final AtomicInteger nextPoller = new AtomicInteger();
    private final SlabAllocator slabs = new SlabAllocator();
    private final Set<RdmaBuffer> userBuffers = ConcurrentHashMap.newKeySet();
    private final Set<RdmaBuffer> internalBuffers = ConcurrentHashMap.newKeySet();
    private final Set<RdmaEndpoint> endpoints = ConcurrentHashMap.newKeySet();
    private final Set<RdmaListener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private RdmaTransport(TransportConfig config, CmEventLoop cmLoop, RdmaDevice device, CompletionPoller[] pollers) {
        this.config = config;
        this.sizes = Sizes.of(config.limits());
        this.cmLoop = cmLoop;
        this.device = device;
        this.pollers = pollers;
    }

    static RdmaTransport open(TransportConfig config, RdmaCm cm, RdmaVerbs verbs) throws TransportException {
        String node = config.nodeId();
        // how long an idle I/O thread sleeps before it looks again (work from other threads wakes it
        // at once); negative: until woken. Tests set it negative so that a lost wake-up hangs.
        int idleMillis = Integer.getInteger("borealis.rdma.idleMillis", 1_000);
        CmEventLoop loop;
        try {
            loop = new CmEventLoop(cm, "borealis-rdma-cm-" + node, idleMillis);
        } catch (IOException e) {
            throw new TransportException("rdma: creating the rdma_cm event channel failed: " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new TransportException("rdma: libdisni lacks Borealis's own functions (" + e.getMessage()
                    + "); rebuild native/ from this checkout", e);
        }
        RdmaDevice device;
        try {
            device = RdmaDevice.open(cm, verbs, loop.channel());
        } catch (IOException e) {
            loop.shutdown();
            throw new TransportException("rdma: " + e.getMessage(), e);
        }
        int n = config.ioThreads() == 0 ? 1 : config.ioThreads();
        long spin = Long.getLong("borealis.rdma.spinNanos", 20_000L);
        CompletionPoller[] pollers = new CompletionPoller[n];
        try {
            for (int i = 0; i < n; i++) {
                pollers[i] = new CompletionPoller(device, "borealis-rdma-poll-" + node + "-" + i, spin, idleMillis);
            }
        } catch (IOException e) {
            for (CompletionPoller p : pollers) {
                if (p != null) {
                    p.shutdown();
                }
            }
            device.close();
            loop.shutdown();
            throw new TransportException("rdma: creating a completion channel failed: " + e.getMessage(), e);
        }
        RdmaTransport t = new RdmaTransport(config, loop, device, pollers);
        loop.start();
        for (CompletionPoller p : pollers) {
            p.start();
        }
        LOG.info("[{}] rdma transport on device {} ({}), {} poller thread(s)", node, device.name(),
                device.address().getHostAddress(), n);
        return t;
    }

    @Override
    public String name() {
        return "rdma";
    }

    @Override
    public TransportLimits limits() {
        return config.limits();
    }

    String nodeId() {
        return config.nodeId();
    }

    Sizes sizes() {
        return sizes;
    }

    RdmaDevice device() {
        return device;
    }

    RdmaCm cm() {
        return device.cm();
    }

    CmEventLoop cmLoop() {
        return cmLoop;
    }

    boolean isClosed() {
        return closed.get();
    }

    CompletionPoller nextPoller() {
        return pollers[Math.floorMod(nextPoller.getAndIncrement(), pollers.length)];
    }

    /** How many times this transport's poller threads went to sleep (tests). */
    long pollerSleeps() {
        long n = 0;
        for (CompletionPoller p : pollers) {
            n += p.sleeps();
        }
        return n;
    }

    @Override
    public RegisteredBuffer allocate(int capacity) throws TransportException {
        RdmaBuffer b = register(capacity);
        userBuffers.add(b);
        if (closed.get()) { // closed while registering: do not leak it
            b.close();
            throw new TransportException("rdma transport of " + nodeId() + " is closed");
        }
        return b;
    }

    /** Registered memory for an endpoint's own buffers; released by {@link RdmaBuffer#close()}. */
    RdmaBuffer allocateInternal(int capacity) throws IOException {
        RdmaBuffer b = register(capacity);
        internalBuffers.add(b);
        return b;
    }

    private RdmaBuffer register(int capacity) throws TransportException {
        if (closed.get()) {
            throw new TransportException("rdma transport of " + nodeId() + " is closed");
        }
        SlabAllocator.Block block = slabs.allocate(capacity);
        try {
            SVCRegMr reg = device.verbs().regMr(device.pd(), block.address(), capacity, ACCESS).execute();
            IbvMr mr = reg.getMr();
            reg.free();
            return new RdmaBuffer(this, block, mr, capacity);
        } catch (IOException e) {
            slabs.free(block);
            throw new TransportException("rdma: registering " + capacity + " bytes failed: " + e.getMessage()
                    + " (is the locked-memory limit, ulimit -l, high enough?)", e);
        }
    }

    /** Deregisters a closed buffer and returns its memory. */
    void release(RdmaBuffer b) {
        if (!userBuffers.remove(b) && !internalBuffers.remove(b)) {
            return;
        }
        try {
            SVCDeregMr dereg = device.verbs().deregMr(b.mr()).execute();
            dereg.free();
        } catch (IOException e) {
            LOG.warn("[{}] deregistering {}: {}", nodeId(), b, e.getMessage());
        }
        slabs.free(b.block());
    }

    /** The registered buffer behind {@code buffer}, if it is one of this transport's. */
    RdmaBuffer own(RegisteredBuffer buffer) {
        if (buffer instanceof RdmaBuffer b && b.transport() == this) {
            return b;
        }
        throw new IllegalArgumentException("buffer " + buffer + " is not registered with the rdma transport of "
                + nodeId());
    }

    /** Memory registrations held now: buffers of callers and of endpoints (for leak checks). */
    public int registrations() {
        return userBuffers.size() + internalBuffers.size();
    }

    /** Endpoints not yet torn down (for leak checks). */
    public int liveEndpoints() {
        return endpoints.size();
    }

    @Override
    public Listener listen(InetSocketAddress address, EndpointHandler.Factory handlers) throws TransportException {
        if (closed.get()) {
            throw new TransportException("rdma transport of " + nodeId() + " is closed");
        }
        InetSocketAddress where = device.resolve(address);
        RdmaListener l = new RdmaListener(this, handlers);
        cmLoop.call(() -> {
            l.open(where);
            return null;
        });
        listeners.add(l);
        return l;
    }

    @Override
    public CompletableFuture<Endpoint> connect(InetSocketAddress address, EndpointHandler handler) {
        CompletableFuture<Endpoint> future = new CompletableFuture<>();
        if (closed.get()) {
            future.completeExceptionally(new TransportException("rdma transport of " + nodeId() + " is closed"));
            return future;
        }
        InetSocketAddress where = device.resolve(address);
        int timeout = limits().connectTimeoutMillis();
        cmLoop.execute(() -> {
            RdmaCmId id;
            RdmaEndpoint[] holder = new RdmaEndpoint[1];
            try {
                id = cmLoop.createId((type, event) -> { }); // target replaced below
            } catch (IOException e) {
                future.completeExceptionally(new TransportException("rdma connect to " + where + ": creating an id failed: "
                        + e.getMessage(), e));
                return;
            }
            RdmaEndpoint ep = new RdmaEndpoint(this, id, where, handler, future);
            holder[0] = ep;
            ConnectionEvents events = new ConnectionEvents(this, ep);
            cmLoop.register(id, events);
            endpointOpened(ep);
            try {
                cm().resolveAddr(id, null, where, timeout);
            } catch (IOException e) {
                events.fail("rdma connect to " + where + " failed: " + e.getMessage());
                return;
            }
            CompletableFuture.delayedExecutor(timeout, TimeUnit.MILLISECONDS, Runnable::run).execute(() -> cmLoop.execute(() -> {
                if (!future.isDone()) {
                    events.fail("rdma connect to " + where + " timed out after " + timeout + " ms");
                }
            }));
        });
        return future;
    }

    void endpointOpened(RdmaEndpoint e) {
        endpoints.add(e);
    }

    /** An endpoint finished its teardown: its rdma_cm id goes on the rdma_cm thread. */
    void endpointFinished(RdmaEndpoint e) {
        cmLoop.execute(() -> {
            cmLoop.destroy(e.id());
            endpoints.remove(e);
        });
    }

    void listenerClosed(RdmaListener l) {
        listeners.remove(l);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            cmLoop.call(() -> {
                for (RdmaListener l : listeners) {
                    l.closeOnLoop();
                }
                return null;
            });
        } catch (TransportException e) {
            LOG.warn("[{}] closing listeners: {}", nodeId(), e.getMessage());
        }
        listeners.clear();
        for (RdmaEndpoint e : endpoints) {
            e.closeWith(new ConnectionClosedException("the rdma transport of " + nodeId() + " was closed"));
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!endpoints.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(2);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (!endpoints.isEmpty()) {
            LOG.warn("[{}] {} rdma endpoint(s) still tearing down at close", nodeId(), endpoints.size());
        }
        for (CompletionPoller p : pollers) {
            p.shutdown();
        }
        for (RdmaBuffer b : userBuffers) {
            b.close();
        }
        for (RdmaBuffer b : internalBuffers) {
            b.close();
        }
        try {
            cmLoop.call(() -> {
                device.close();
                return null;
            });
        } catch (TransportException e) {
            LOG.warn("[{}] closing the device: {}", nodeId(), e.getMessage());
        }
        cmLoop.shutdown();
        LOG.info("[{}] rdma transport closed", nodeId());
    }

    @Override
    public String toString() {
        return "RdmaTransport[" + nodeId() + " on " + device.name() + "]";
    }
}
