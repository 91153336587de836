package org.borealis.transport.rdma;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import com.ibm.disni.verbs.IbvWC;
import com.ibm.disni.verbs.RdmaCmId;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteAccessException;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportLimits;

/**
 * An {@link Endpoint} over one RC queue pair.
 *
 * <pre>
 *   CONNECTING --(rdma_cm ESTABLISHED: HELLO sent)--> OPEN --(close, peer DISCONNECTED,
 *        |                                              |      error completion)--> CLOSING
 *        +--(reject, timeout, error)--------------------+----------------------------'   |
 *                                                   (all work flushed) --> CLOSED, onClosed
 * </pre>
 *
 * <p>Threads: any thread posts (under {@link #lock}); the transport's rdma_cm thread drives
 * connection events; the endpoint's {@link CompletionPoller} thread polls its completion queue,
 * delivers messages and completions (outside the lock) and tears the endpoint down. Entering
 * CLOSING disconnects, which moves the queue pair to the error state so that every posted work
 * request comes back flushed; operations then fail in posting order, the resources are destroyed
 * and {@link EndpointHandler#onClosed} is called once.
 */
final class RdmaEndpoint implements Endpoint {

    private static final long CLOSE_GRACE_NANOS = 5_000_000_000L;
    /** How long a queue pair found in the error state waits for the peer's DISCONNECTED. */
    private static final long ERROR_STATE_GRACE_NANOS = 2_000_000_000L;

    enum State { CONNECTING, OPEN, CLOSING, CLOSED }

    private final RdmaTransport transport;
    private final RdmaCmId id;
    private final InetSocketAddress remote;
    private final TransportLimits limits;
    private final ReentrantLock lock = new ReentrantLock();
    /** Orders {@code rdma_disconnect} before the queue pair's destruction (see {@link #closeWith}). */
    private final Object teardown = new Object();
    private boolean qpDestroyed; // guarded by teardown
    final CompletableFuture<Endpoint> connected; // null for accepted endpoints
    private volatile State state = State.CONNECTING;
    private volatile EndpointHandler handler;
    private TransportException closeCause;
    private long closeDeadline;
    private CompletionPoller poller;
    private QueuePair qp;
    private SendQueue sq;
    private Receiver receiver;
    private int recvPosted;
    private boolean writabilityWanted;
    private boolean helloReceived;
    private long errorStateSince; // poller thread
    /** Posts made while closing: failed after everything posted before them. */
    private final ConcurrentLinkedQueue<LateOp> late = new ConcurrentLinkedQueue<>();

    private record LateOp(CompletionHandler handler, long opId) {
    }

    RdmaEndpoint(RdmaTransport transport, RdmaCmId id, InetSocketAddress remote, EndpointHandler handler,
                 CompletableFuture<Endpoint> connected) {
        this.transport = transport;
        this.id = id;
        this.remote = remote;
        this.handler = handler;
        this.connected = connected;
        this.limits = transport.limits();
    }

    RdmaCmId id() {
        return id;
    }

    void setHandler(EndpointHandler handler) {
        this.handler = handler;
    }

    /** Creates the queue pair and posts every receive buffer (before connect or accept). Any thread. */
    void createResources(CompletionPoller assigned) throws IOException {
        RdmaTransport.Sizes s = transport.sizes();
        QueuePair created = new QueuePair(transport, id, assigned, s.sendSlots(), s.slotSize(), s.recvDepth(),
                s.maxWrs());
        lock.lock();
        try {
            qp = created;
            poller = assigned;
            sq = new SendQueue(limits.maxOutstanding(), s.sendSlots(), s.slotSize(), s.maxWrs(),
                    Math.max(1, s.recvDepth() / 2), qp.sendMemory());
            receiver = new Receiver(qp.recvMemory(), s.slotSize(), s.recvDepth(), limits.maxMessageSize());
            for (int slot = 0; slot < qp.recvDepth(); slot++) {
                qp.postRecv(slot);
                recvPosted++;
            }
        } finally {
            lock.unlock();
        }
        assigned.add(this);
    }

    /** rdma_cm says the connection is up (rdma_cm thread): send HELLO, then whatever is queued. */
    void established() {
        lock.lock();
        try {
            if (state != State.CONNECTING) {
                return;
            }
            state = State.OPEN;
            qp.postHello(qp.recvDepth(), sq.payload());
            sq.started();
            sq.pump(qp);
        } catch (IOException e) {
            closeWith(new ConnectionClosedException("rdma connection to " + remote + " failed at start: "
                    + e.getMessage(), e));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public int outstanding() {
        lock.lock();
        try {
            return sq == null ? 0 : sq.outstanding();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isOpen() {
        State s = state;
        return s == State.OPEN || s == State.CONNECTING;
    }

    @Override
    public boolean send(ByteBuffer message, CompletionHandler handler, long opId) {
        if (message.remaining() > limits.maxMessageSize()) {
            throw new IllegalArgumentException("message of " + message.remaining() + " bytes to " + remote
                    + " exceeds maxMessageSize " + limits.maxMessageSize());
        }
        lock.lock();
        try {
            if (closedFor(handler, opId)) {
                return true;
            }
            if (!sq.offerSend(message, handler, opId)) {
                writabilityWanted = true;
                armSendsIfNotPoller();
                return false;
            }
            armSendsIfNotPoller(); // before posting: a completion that comes before the arm raises no event
            pump();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean read(RegisteredBuffer local, int localOffset, RemoteRegion remoteRegion, long remoteOffset,
                        int length, CompletionHandler handler, long opId) {
        return oneSided(SendQueue.READ, local, localOffset, remoteRegion, remoteOffset, length, handler, opId);
    }

    @Override
    public boolean write(RegisteredBuffer local, int localOffset, RemoteRegion remoteRegion, long remoteOffset,
                         int length, CompletionHandler handler, long opId) {
        return oneSided(SendQueue.WRITE, local, localOffset, remoteRegion, remoteOffset, length, handler, opId);
    }

    private boolean oneSided(byte kind, RegisteredBuffer local, int localOffset, RemoteRegion region,
                             long remoteOffset, int length, CompletionHandler handler, long opId) {
        RdmaBuffer buf = transport.own(local);
        if (length < 0 || length > limits.maxOneSidedSize()) {
            throw new IllegalArgumentException("one-sided length " + length + " outside 0.." + limits.maxOneSidedSize());
        }
        if (localOffset < 0 || (long) localOffset + length > buf.capacity()) {
            throw new IndexOutOfBoundsException("local range " + localOffset + "+" + length + " outside a buffer of "
                    + buf.capacity());
        }
        if (remoteOffset < 0 || remoteOffset + length > region.length()) {
            throw new IndexOutOfBoundsException("remote range " + remoteOffset + "+" + length + " outside a region of "
                    + region.length());
        }
        if (!buf.isOpen()) {
            throw new IllegalArgumentException("local buffer is closed: " + buf);
        }
        lock.lock();
        try {
            if (closedFor(handler, opId)) {
                return true;
            }
            if (!sq.offerOneSided(kind, buf.address() + localOffset, buf.lkey(), region.address() + remoteOffset,
                    region.key(), length, handler, opId)) {
                writabilityWanted = true;
                armSendsIfNotPoller();
                return false;
            }
            armSendsIfNotPoller(); // before posting: a completion that comes before the arm raises no event
            pump();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A post on a closing or closed endpoint is accepted and fails through its handler on the I/O
     * thread, after everything posted before it. Under the lock.
     */
    private boolean closedFor(CompletionHandler handler, long opId) {
        if (state == State.CLOSING) {
            late.add(new LateOp(handler, opId));
            return true;
        }
        if (state == State.CLOSED) {
            ConnectionClosedException e = closedException();
            poller.execute(() -> safely(() -> handler.onFailure(this, opId, e)));
            return true;
        }
        return false;
    }

    private ConnectionClosedException closedException() {
        TransportException cause = closeCause;
        return new ConnectionClosedException("endpoint to " + remote + " is closed"
                + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
    }

    /**
     * A post from a thread other than the poller: the poller may be asleep with only the receive
     * queue armed, so arm the send queue's completions too, or this operation's completion (or
     * the room the caller waits for) would wait for the poller's next wake-up. Called before the
     * work is posted: arming raises an event only for completions that come after it. Under the
     * lock.
     */
    private void armSendsIfNotPoller() {
        if (state == State.OPEN && !poller.isPollerThread()) {
            try {
                qp.armSendsFromPoster();
            } catch (IOException e) {
                RdmaTransport.LOG.debug("[{}] arming send completion events for {}: {}", transport.nodeId(), remote,
                        e.getMessage());
            }
        }
    }

    /** Posts what can be posted; a failing post closes the endpoint. Under the lock. */
    private void pump() {
        if (state == State.OPEN) {
            try {
                sq.pump(qp);
            } catch (IOException e) {
                closeWith(new ConnectionClosedException("posting to " + remote + " failed: " + e.getMessage(), e));
            }
        }
    }

    @Override
    public void close() {
        closeWith(new ConnectionClosedException("endpoint to " + remote + " was closed"));
    }

    /**
     * Starts the teardown (idempotent, any thread): disconnects so that everything posted comes
     * back flushed; the poller finishes the job. An endpoint without a queue pair is finished at once.
     */
    void closeWith(TransportException cause) {
        // (rdma_disconnect moves the queue pair to the error state through the id; the poller may
        // meanwhile see everything flushed and finish: the teardown lock keeps the queue pair's
        // destruction from running under a disconnect, and no disconnect runs after it)
        boolean finishNow;
        lock.lock();
        try {
            if (state == State.CLOSING || state == State.CLOSED) {
                if (state == State.CLOSING && isRefusal(cause) && !isRefusal(closeCause)) {
                    // the peer's adapter refused an access of ours and the peer hung up because of it,
                    // and its DISCONNECTED came first: the refusal is the reason to report
                    closeCause = cause;
                }
                return;
            }
            state = State.CLOSING;
            closeCause = cause;
            closeDeadline = System.nanoTime() + CLOSE_GRACE_NANOS;
            finishNow = qp == null;
        } finally {
            lock.unlock();
        }
        if (connected != null) {
            connected.completeExceptionally(cause);
        }
        if (finishNow) {
            finish();
            return;
        }
        synchronized (teardown) {
            if (!qpDestroyed) {
                try {
                    id.disconnect();
                } catch (IOException e) {
                    RdmaTransport.LOG.debug("[{}] disconnect from {}: {}", transport.nodeId(), remote, e.getMessage());
                }
            }
        }
        poller.wakeUp();
    }

    private static boolean isRefusal(TransportException e) {
        return e != null && e.getCause() instanceof RemoteAccessException;
    }

    /**
     * Polls this endpoint's completion queues once (poller thread), the send queue's first (so
     * that a request's completion comes before the reply's arrival); returns the completions handled.
     */
    int pollOnce() {
        if (qp == null) {
            return 0;
        }
        int sends;
        int receives;
        try {
            sends = qp.pollSends();
            for (int k = 0; k < sends; k++) {
                IbvWC wc = qp.sendWcs[k];
                int status = wc.getStatus();
                if ((wc.getWr_id() & QueuePair.KIND_MASK) == QueuePair.WR_CONTROL) {
                    lock.lock();
                    try {
                        sq.controlCompleted();
                    } finally {
                        lock.unlock();
                    }
                    if (status != WcStatus.SUCCESS && status != WcStatus.WR_FLUSH_ERR) {
                        closeWith(new ConnectionClosedException("control message to " + remote + " failed: "
                                + WcStatus.describe(status)));
                    }
                } else {
                    onOperation(status);
                }
            }
            receives = qp.pollReceives();
            for (int k = 0; k < receives; k++) {
                IbvWC wc = qp.recvWcs[k];
                onReceive((int) (wc.getWr_id() & ~QueuePair.KIND_MASK), wc.getStatus(), wc.getByte_len());
            }
        } catch (IOException e) {
            closeWith(new ConnectionClosedException("polling completions of " + remote + " failed: "
                    + e.getMessage(), e));
            return 0;
        }
        return sends + receives;
    }

    private void onOperation(int status) {
        CompletionHandler h;
        long opId;
        int bytes;
        TransportException failure = null;
        lock.lock();
        try {
            int i = status == WcStatus.SUCCESS ? sq.workCompleted() : sq.workFailed();
            if (i < 0) {
                return;
            }
            h = sq.handler(i);
            opId = sq.opId(i);
            bytes = sq.bytes(i);
            if (status == WcStatus.SUCCESS) {
                sq.release(i);
            } else {
                failure = failureOf(i, status);
                sq.forget(i);
            }
            if (state == State.OPEN) {
                pump();
            }
        } finally {
            lock.unlock();
        }
        if (failure == null) {
            try { // no lambda here: a capturing one could be an allocation per completion
                h.onComplete(this, opId, bytes);
            } catch (RuntimeException e) {
                callbackThrew(e);
            }
        } else {
            TransportException f = failure;
            safely(() -> h.onFailure(this, opId, f));
            if (status == WcStatus.WR_FLUSH_ERR) {
                errorStateSeen();
            } else {
                RdmaTransport.LOG.warn("[{}] closing the connection to {}: {}", transport.nodeId(), remote,
                        f.getMessage());
                closeWith(f instanceof ConnectionClosedException ? f
                        : new ConnectionClosedException("connection to " + remote + " closed after: " + f.getMessage(), f));
            }
        }
        fireWritableIfRoom();
    }

    private TransportException failureOf(int i, int status) {
        String what = switch (sq.kind(i)) {
            case SendQueue.READ -> "rdma READ of " + sq.bytes(i) + " bytes";
            case SendQueue.WRITE -> "rdma WRITE of " + sq.bytes(i) + " bytes";
            default -> "send of " + sq.bytes(i) + " bytes";
        };
        if (status == WcStatus.REM_ACCESS_ERR && sq.kind(i) != SendQueue.SEND) {
            return new RemoteAccessException(what + " at 0x" + Long.toHexString(sq.remoteAddress(i)) + " (rkey 0x"
                    + Integer.toHexString(sq.rkey(i)) + ") on " + remote + " refused: " + WcStatus.describe(status)
                    + "; the queue pair is now in the error state and the endpoint closes");
        }
        if (status == WcStatus.WR_FLUSH_ERR) {
            TransportException cause = closeCause;
            return new ConnectionClosedException(what + " to " + remote + " did not complete: the connection closed"
                    + (cause == null ? "" : " (" + cause.getMessage() + ")"), cause);
        }
        return new ConnectionClosedException(what + " to " + remote + " failed: " + WcStatus.describe(status));
    }

    private void onReceive(int slot, int status, int length) {
        lock.lock();
        try {
            recvPosted--;
        } finally {
            lock.unlock();
        }
        if (status != WcStatus.SUCCESS) {
            if (status != WcStatus.WR_FLUSH_ERR) {
                closeWith(new ConnectionClosedException("receive from " + remote + " failed: "
                        + WcStatus.describe(status)));
            } else {
                errorStateSeen();
            }
            return;
        }
        ByteBuffer message;
        try {
            message = receiver.accept(slot, length);
        } catch (TransportException e) {
            closeWith(new ConnectionClosedException("protocol error from " + remote + ": " + e.getMessage(), e));
            return;
        }
        int credits = receiver.credits();
        lock.lock();
        try {
            sq.creditsReturned(credits);
            if (receiver.isHello()) {
                if (helloReceived) {
                    closeWith(new ConnectionClosedException("protocol error from " + remote + ": a second HELLO"));
                }
                helloReceived = true;
                if (receiver.helloPayload() < sq.payload()) {
                    closeWith(new ConnectionClosedException("peer " + remote + " takes fragments of "
                            + receiver.helloPayload() + " bytes, fewer than the " + sq.payload() + " sent here"));
                }
                sq.peerHello(receiver.helloDepth());
            }
        } finally {
            lock.unlock();
        }
        if (message != null) {
            try { // no lambda here: a capturing one could be an allocation per message
                handler.onMessage(this, message);
            } catch (RuntimeException e) {
                callbackThrew(e);
            }
        }
        lock.lock();
        try {
            if (state == State.OPEN || state == State.CONNECTING) {
                qp.postRecv(slot);
                recvPosted++;
                sq.receiveReposted();
                pump();
            }
        } catch (IOException e) {
            closeWith(new ConnectionClosedException("reposting a receive buffer for " + remote + " failed: "
                    + e.getMessage(), e));
        } finally {
            lock.unlock();
        }
        fireWritableIfRoom();
    }

    private void fireWritableIfRoom() {
        boolean fire;
        lock.lock();
        try {
            fire = writabilityWanted && state == State.OPEN && sq.hasRoom(sq.fragments(limits.maxMessageSize()));
            if (fire) {
                writabilityWanted = false;
            }
        } finally {
            lock.unlock();
        }
        if (fire) {
            EndpointHandler h = handler;
            safely(() -> h.onWritable(this));
        }
    }

    /**
     * Work came back flushed while the endpoint is open: the queue pair is in the error state
     * without this side having closed it. The peer's adapter does that when it refuses one of our
     * accesses (we close on that completion), ours when it refuses one of the peer's, and the
     * kernel when the peer disconnects; in the last two cases rdma_cm's DISCONNECTED follows and
     * closes the endpoint with the better reason. {@link #checkClosing} closes it if none comes.
     * Poller thread.
     */
    private void errorStateSeen() {
        if (state == State.OPEN && errorStateSince == 0) {
            errorStateSince = System.nanoTime();
        }
    }

    /**
     * Finishes a teardown once everything posted came back; closes an open endpoint whose queue
     * pair has been in the error state too long (poller thread).
     */
    void checkClosing(long now) {
        if (state == State.OPEN && errorStateSince != 0 && now - errorStateSince > ERROR_STATE_GRACE_NANOS) {
            String why = "the queue pair to " + remote + " entered the error state and the peer did not disconnect";
            RdmaTransport.LOG.warn("[{}] closing the connection to {}: {}", transport.nodeId(), remote, why);
            closeWith(new ConnectionClosedException(why));
        }
        if (state != State.CLOSING) {
            return;
        }
        boolean drained;
        lock.lock();
        try {
            drained = sq.wrsInFlight() == 0 && recvPosted == 0;
        } finally {
            lock.unlock();
        }
        if (drained || now - closeDeadline > 0) {
            if (!drained) {
                RdmaTransport.LOG.warn("[{}] endpoint to {}: work still posted {} s after disconnect; destroying it",
                        transport.nodeId(), remote, CLOSE_GRACE_NANOS / 1_000_000_000L);
            }
            finish();
        }
    }

    /** Fails what never completed, in order, releases every resource and reports the end. */
    private void finish() {
        TransportException cause;
        lock.lock();
        try {
            if (state == State.CLOSED) {
                return;
            }
            state = State.CLOSED;
            cause = closeCause;
        } finally {
            lock.unlock();
        }
        if (sq != null) {
            while (true) {
                CompletionHandler h;
                long opId;
                lock.lock();
                try {
                    int i = sq.nextAbandoned();
                    if (i < 0 && sq.wrsInFlight() > 0) {
                        sq.abandonInFlight();
                        i = sq.nextAbandoned();
                    }
                    if (i < 0) {
                        break;
                    }
                    boolean reported = sq.isFailed(i);
                    h = reported ? null : sq.handler(i);
                    opId = sq.opId(i);
                    sq.release(i);
                } finally {
                    lock.unlock();
                }
                if (h != null) {
                    ConnectionClosedException e = new ConnectionClosedException("operation on " + remote
                            + " did not complete: the connection closed (" + cause.getMessage() + ")", cause);
                    safely(() -> h.onFailure(this, opId, e));
                }
            }
        }
        LateOp op;
        while ((op = late.poll()) != null) {
            LateOp o = op;
            ConnectionClosedException e = closedException();
            safely(() -> o.handler().onFailure(this, o.opId(), e));
        }
        if (poller != null) {
            poller.remove(this);
        }
        if (qp != null) {
            synchronized (teardown) {
                qpDestroyed = true;
                qp.destroy();
            }
        }
        transport.endpointFinished(this);
        EndpointHandler h = handler;
        if (h != null) {
            safely(() -> h.onClosed(this, cause));
        }
    }

    /**
     * Before the poller sleeps: arms the receive queue's completions always, the send queue's only
     * when a completion there is awaited ({@link SendQueue#awaitsCompletions}: a one-sided
     * operation, work not yet posted, resources half used), when a caller waits for room, or while
     * the endpoint closes. Otherwise the send completions of messages wait for the next wake-up (a
     * reply, at the latest {@link CompletionPoller#BLOCK_MILLIS} ms, see {@link #needsTimer}).
     * Poller thread.
     */
    void arm() {
        if (qp != null && state != State.CLOSED) {
            boolean sends;
            lock.lock();
            try {
                sends = state != State.OPEN || writabilityWanted || sq.awaitsCompletions();
            } finally {
                lock.unlock();
            }
            try {
                qp.armNotification(sends);
            } catch (IOException e) {
                RdmaTransport.LOG.debug("[{}] arming completion events for {}: {}", transport.nodeId(), remote,
                        e.getMessage());
            }
        }
    }

    /**
     * Whether the poller must not sleep long: work is in flight whose completion may come without
     * an event (the send queue is not always armed, see {@link #arm}), or the endpoint is closing
     * or its queue pair in the error state, which {@link #checkClosing} watches. Poller thread.
     */
    boolean needsTimer() {
        if (qp == null || state == State.CLOSED) {
            return false;
        }
        if (state != State.OPEN || errorStateSince != 0) {
            return true;
        }
        lock.lock();
        try {
            return sq.wrsInFlight() > 0;
        } finally {
            lock.unlock();
        }
    }

    /** Runs a callback of a rare event (failure, close, room again); a throw is logged. */
    private void safely(Runnable callback) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            callbackThrew(e);
        }
    }

    private void callbackThrew(RuntimeException e) {
        RdmaTransport.LOG.warn("[{}] callback for endpoint to {} threw", transport.nodeId(), remote, e);
    }

    @Override
    public String toString() {
        return "RdmaEndpoint[" + remote + ", " + state + "]";
    }
}
