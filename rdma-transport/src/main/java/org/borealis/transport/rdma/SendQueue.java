package org.borealis.transport.rdma;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.borealis.transport.CompletionHandler;

/**
 * The send side of one endpoint, free of verbs so it can be tested alone: the ordered queue of
 * operations, the send slots that hold copied messages, and the receive credits.
 *
 * <p><b>Operations</b> (sends, reads, writes) enter a ring in the order they are posted and are
 * handed to the queue pair in that order ({@link #pump}); a send waiting for credits holds back
 * the operations behind it, so that completions, which an RC queue pair delivers in posting
 * order, reach callers in posting order too. The ring holds {@code maxOps} operations.
 *
 * <p><b>Send slots</b>: {@code send} copies the message at once into consecutive slots of
 * registered memory, one slot per fragment of at most {@code payload} bytes after a
 * {@link Wire#HEADER}; slots free in order as fragments complete.
 *
 * <p><b>Credits</b>: each fragment uses one receive buffer of the peer. {@code sendCredits}
 * counts the buffers the peer has posted that we have not used; it starts at the one buffer
 * every side guarantees before the HELLO exchange, which then tops it up to the peer's receive
 * depth. The peer returns credits in the header of every message it sends, or in a CREDIT
 * message once {@code threshold} have piled up. A data fragment may take the last credit only if
 * it returns credits itself, so the last credit is always there for returning credits: neither
 * side can end up waiting for the other with both windows empty.
 *
 * <p>Not thread-safe: the endpoint calls it under its lock.
 */
final class SendQueue {

    static final byte SEND = 1;
    static final byte READ = 2;
    static final byte WRITE = 3;

    /** What the queue asks of the queue pair. Each call posts one signalled work request. */
    interface Poster {
        /** Posts the fragment in send slot {@code slot}: {@code length} bytes including the header. */
        void postFragment(int slot, int length) throws IOException;

        void postOneSided(byte kind, long localAddress, int lkey, long remoteAddress, int rkey, int length)
                throws IOException;

        /** Posts a CREDIT message returning {@code credits}. */
        void postCredit(int credits) throws IOException;
    }

    private final int maxOps;
    private final int slots;
    private final int slotSize;
    private final int payload;
    private final int maxWrs;
    private final int threshold;
    private final ByteBuffer slotMemory;

    private final byte[] kind;
    private final long[] opIds;
    private final CompletionHandler[] handlers;
    private final int[] bytes;
    private final int[] wrs;
    private final int[] posted;
    private final int[] done;
    private final boolean[] failed;
    private final int[] firstSlot;
    private final long[] localAddress;
    private final int[] lkey;
    private final long[] remoteAddress;
    private final int[] rkey;

    private long head;     // oldest operation not yet completed
    private long postHead; // oldest operation with work requests still to post
    private long tail;     // next operation
    private long slotHead;
    private long slotTail;

    private int sendCredits = 1;
    private int creditsToReturn;
    private int wrsInFlight;
    private boolean started;
    private boolean dataBlocked;

    /**
     * @param maxOps     operations in the queue at once (posted or waiting)
     * @param slots      send slots
     * @param slotSize   bytes per slot, header included
     * @param maxWrs     work requests the queue pair's send queue takes at once
     * @param threshold  credits to pile up before returning them in a CREDIT message
     * @param slotMemory {@code slots * slotSize} bytes (registered memory in the transport)
     */
    SendQueue(int maxOps, int slots, int slotSize, int maxWrs, int threshold, ByteBuffer slotMemory) {
        if (slotSize <= Wire.HEADER || slotMemory.capacity() < (long) slots * slotSize) {
            throw new IllegalArgumentException("send slots do not fit: " + slots + " x " + slotSize);
        }
        this.maxOps = maxOps;
        this.slots = slots;
        this.slotSize = slotSize;
        this.payload = slotSize - Wire.HEADER;
        this.maxWrs = maxWrs;
        this.threshold = Math.max(1, threshold);
        this.slotMemory = slotMemory;
        kind = new byte[maxOps];
        opIds = new long[maxOps];
        handlers = new CompletionHandler[maxOps];
        bytes = new int[maxOps];
        wrs = new int[maxOps];
        posted = new int[maxOps];
        done = new int[maxOps];
        failed = new boolean[maxOps];
        firstSlot = new int[maxOps];
        localAddress = new long[maxOps];
        lkey = new int[maxOps];
        remoteAddress = new long[maxOps];
        rkey = new int[maxOps];
    }

    /** Fragments a message of {@code length} bytes takes. */
    int fragments(int length) {
        return Math.max(1, (length + payload - 1) / payload);
    }

    int payload() {
        return payload;
    }

    /** Copies {@code message} (position to limit) into send slots and queues it; false when full. */
    boolean offerSend(ByteBuffer message, CompletionHandler handler, long opId) {
        int length = message.remaining();
        int frags = fragments(length);
        if (tail - head >= maxOps || slots - (slotTail - slotHead) < frags) {
            return false;
        }
        int from = message.position();
        for (int f = 0; f < frags; f++) {
            int slot = (int) ((slotTail + f) % slots);
            int len = Math.min(payload, length - f * payload);
            slotMemory.put(slot * slotSize + Wire.HEADER, message, from + f * payload, len);
        }
        int i = enqueue(SEND, handler, opId, length, frags);
        firstSlot[i] = (int) (slotTail % slots);
        slotTail += frags;
        return true;
    }

    /** Queues a one-sided read or write; false when the queue is full. */
    boolean offerOneSided(byte op, long local, int localKey, long remote, int remoteKey, int length,
                          CompletionHandler handler, long opId) {
        if (tail - head >= maxOps) {
            return false;
        }
        int i = enqueue(op, handler, opId, length, 1);
        localAddress[i] = local;
        lkey[i] = localKey;
        remoteAddress[i] = remote;
        rkey[i] = remoteKey;
        return true;
    }

    private int enqueue(byte op, CompletionHandler handler, long opId, int length, int workRequests) {
        int i = (int) (tail % maxOps);
        kind[i] = op;
        opIds[i] = opId;
        handlers[i] = handler;
        bytes[i] = length;
        wrs[i] = workRequests;
        posted[i] = 0;
        done[i] = 0;
        failed[i] = false;
        tail++;
        return i;
    }

    /** The HELLO went out (using the one guaranteed credit); posting may begin. */
    void started() {
        started = true;
        sendCredits--;
        wrsInFlight++;
    }

    /**
     * The peer's HELLO: it posted {@code peerDepth} receive buffers, of which the guaranteed one is
     * already counted in {@link #sendCredits}.
     */
    void peerHello(int peerDepth) {
        sendCredits += peerDepth - 1;
    }

    void creditsReturned(int credits) {
        sendCredits += credits;
    }

    /** A receive buffer was reposted: one more credit to return to the peer. */
    void receiveReposted() {
        creditsToReturn++;
    }

    /** Posts what resources allow, in order, then returns credits if due. */
    void pump(Poster poster) throws IOException {
        if (!started) {
            return;
        }
        dataBlocked = false;
        while (postHead < tail) {
            int i = (int) (postHead % maxOps);
            if (kind[i] == SEND) {
                while (posted[i] < wrs[i]) {
                    if (wrsInFlight >= maxWrs) {
                        return;
                    }
                    if (!(sendCredits >= 2 || (sendCredits == 1 && creditsToReturn > 0))) {
                        dataBlocked = true;
                        maybeReturnCredits(poster);
                        return;
                    }
                    int f = posted[i];
                    int slot = (firstSlot[i] + f) % slots;
                    int len = Math.min(payload, bytes[i] - f * payload);
                    byte flags = f == wrs[i] - 1 ? Wire.LAST : 0;
                    Wire.header(slotMemory, slot * slotSize, Wire.DATA, flags, creditsToReturn);
                    creditsToReturn = 0;
                    sendCredits--;
                    wrsInFlight++;
                    posted[i]++;
                    poster.postFragment(slot, Wire.HEADER + len);
                }
            } else {
                if (wrsInFlight >= maxWrs) {
                    return;
                }
                wrsInFlight++;
                posted[i] = 1;
                poster.postOneSided(kind[i], localAddress[i], lkey[i], remoteAddress[i], rkey[i], bytes[i]);
            }
            postHead++;
        }
        maybeReturnCredits(poster);
    }

    private void maybeReturnCredits(Poster poster) throws IOException {
        boolean due = creditsToReturn >= threshold || (dataBlocked && creditsToReturn > 0);
        if (due && sendCredits >= 1 && wrsInFlight < maxWrs) {
            int credits = creditsToReturn;
            creditsToReturn = 0;
            sendCredits--;
            wrsInFlight++;
            poster.postCredit(credits);
        }
    }

    /** A control message (HELLO, CREDIT) completed. */
    void controlCompleted() {
        wrsInFlight--;
    }

    /**
     * A work request of the oldest operation completed. Returns the ring index of that operation
     * when this finished it successfully (read its fields, then call {@link #release}); -1 otherwise.
     */
    int workCompleted() {
        int i = (int) (head % maxOps);
        wrsInFlight--;
        done[i]++;
        if (kind[i] == SEND) {
            slotHead++;
        }
        if (failed[i]) {
            if (done[i] == posted[i]) {
                head++;
                postHead = Math.max(postHead, head);
            }
            return -1;
        }
        return done[i] == wrs[i] ? i : -1;
    }

    /**
     * A work request of the oldest operation failed. Returns its ring index when this is the
     * operation's first failure (report it, then it is released once its other posted work requests
     * are flushed); -1 when the operation was already reported.
     */
    int workFailed() {
        int i = (int) (head % maxOps);
        wrsInFlight--;
        done[i]++;
        if (kind[i] == SEND) {
            slotHead++;
        }
        boolean first = !failed[i];
        failed[i] = true;
        if (done[i] == posted[i]) {
            head++;
            postHead = Math.max(postHead, head);
        }
        return first ? i : -1;
    }

    /** After reading a completed operation: forget its handler and move past it. */
    void release(int i) {
        handlers[i] = null;
        head++;
        postHead = Math.max(postHead, head);
    }

    /** After reporting a failed operation's first failure. */
    void forget(int i) {
        handlers[i] = null;
    }

    /**
     * The oldest operation that will never complete (nothing of it in flight), for failing when the
     * endpoint is torn down; -1 when none is left. Call {@link #release} after reporting it.
     */
    int nextAbandoned() {
        if (head == tail || wrsInFlight > 0) {
            return -1;
        }
        int i = (int) (head % maxOps);
        slotHead += kind[i] == SEND ? wrs[i] - done[i] : 0;
        return i;
    }

    /** Gives up on work requests that never came back (a teardown that timed out). */
    void abandonInFlight() {
        wrsInFlight = 0;
        for (long seq = head; seq < tail; seq++) {
            int i = (int) (seq % maxOps);
            done[i] = posted[i];
        }
    }

    boolean isFailed(int i) {
        return failed[i];
    }

    long opId(int i) {
        return opIds[i];
    }

    CompletionHandler handler(int i) {
        return handlers[i];
    }

    int bytes(int i) {
        return bytes[i];
    }

    byte kind(int i) {
        return kind[i];
    }

    long remoteAddress(int i) {
        return remoteAddress[i];
    }

    int rkey(int i) {
        return rkey[i];
    }

    int outstanding() {
        return (int) (tail - head);
    }

    int wrsInFlight() {
        return wrsInFlight;
    }

    int sendCredits() {
        return sendCredits;
    }

    int creditsToReturn() {
        return creditsToReturn;
    }

    /**
     * Whether a completion of the send queue's work is awaited promptly, so the poller must arm the
     * send completion queue before it sleeps: a one-sided operation is outstanding (its caller
     * waits for its completion, and only the completion says the bytes are there), work waits to
     * be posted, or half the work requests or send slots are in use (their completions free them).
     * Otherwise only messages are in flight, whose completions may wait for the next wake-up.
     */
    boolean awaitsCompletions() {
        if (postHead < tail || 2 * wrsInFlight >= maxWrs || 2 * (slotTail - slotHead) >= slots) {
            return true;
        }
        for (long seq = head; seq < tail; seq++) {
            if (kind[(int) (seq % maxOps)] != SEND) {
                return true;
            }
        }
        return false;
    }

    /** Whether an operation of {@code fragmentsNeeded} fragments (0 for one-sided) would fit now. */
    boolean hasRoom(int fragmentsNeeded) {
        return tail - head < maxOps && slots - (slotTail - slotHead) >= fragmentsNeeded;
    }
}
