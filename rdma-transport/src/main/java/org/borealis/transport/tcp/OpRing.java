package org.borealis.transport.tcp;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.TransportException;

/**
 * The operations an endpoint has posted and not yet completed, as a preallocated ring of slots
 * indexed by sequence number (the request id on the wire). Operations complete in the order they
 * were posted, from the head; completing one allocates nothing.
 *
 * <p>Threads: {@link #push} runs under the endpoint's post lock on any thread; everything that
 * reads a slot or moves the head runs on the endpoint's I/O thread. The head is advanced before a
 * completion is delivered, so a handler may post into the slot it just freed.
 */
final class OpRing {

    static final byte SEND = 1;
    static final byte READ = 2;
    static final byte WRITE = 3;

    private final int mask;
    private final byte[] kinds;
    private final CompletionHandler[] handlers;
    private final long[] opIds;
    private final TcpRegisteredBuffer[] locals;
    private final int[] localOffsets;
    private final int[] lengths;
    private final long[] remoteAddresses;
    private final int[] remoteKeys;
    private volatile long head = 1;
    private volatile long tail = 1;

    OpRing(int maxOutstanding) {
        int capacity = Integer.highestOneBit(Math.max(1, maxOutstanding - 1)) << 1;
        mask = capacity - 1;
        kinds = new byte[capacity];
        handlers = new CompletionHandler[capacity];
        opIds = new long[capacity];
        locals = new TcpRegisteredBuffer[capacity];
        localOffsets = new int[capacity];
        lengths = new int[capacity];
        remoteAddresses = new long[capacity];
        remoteKeys = new int[capacity];
    }

    int capacity() {
        return mask + 1;
    }

    /** Posted and not completed. */
    int size() {
        return (int) (tail - head);
    }

    /** Sequence number of the oldest pending operation (equal to {@link #tail()} when none). */
    long head() {
        return head;
    }

    /** Sequence number the next push gets. */
    long tail() {
        return tail;
    }

    /** Adds an operation; the caller has checked there is room. Returns its sequence number. */
    long push(byte kind, CompletionHandler handler, long opId, TcpRegisteredBuffer local, int localOffset,
              int length, long remoteAddress, int remoteKey) {
        long seq = tail;
        int i = (int) seq & mask;
        kinds[i] = kind;
        handlers[i] = handler;
        opIds[i] = opId;
        locals[i] = local;
        localOffsets[i] = localOffset;
        lengths[i] = length;
        remoteAddresses[i] = remoteAddress;
        remoteKeys[i] = remoteKey;
        tail = seq + 1;
        return seq;
    }

    byte headKind() {
        return kinds[(int) head & mask];
    }

    TcpRegisteredBuffer headLocal() {
        return locals[(int) head & mask];
    }

    int headLocalOffset() {
        return localOffsets[(int) head & mask];
    }

    int headLength() {
        return lengths[(int) head & mask];
    }

    long headRemoteAddress() {
        return remoteAddresses[(int) head & mask];
    }

    int headRemoteKey() {
        return remoteKeys[(int) head & mask];
    }

    /** Completes the head operation successfully; returns its handler's exception, if it threw. */
    RuntimeException completeHead(Endpoint endpoint) {
        int i = (int) head & mask;
        CompletionHandler h = handlers[i];
        long opId = opIds[i];
        int bytes = lengths[i];
        release(i);
        try {
            h.onComplete(endpoint, opId, bytes);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Fails the head operation; returns its handler's exception, if it threw. */
    RuntimeException failHead(Endpoint endpoint, TransportException cause) {
        int i = (int) head & mask;
        CompletionHandler h = handlers[i];
        long opId = opIds[i];
        release(i);
        try {
            h.onFailure(endpoint, opId, cause);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void release(int i) {
        handlers[i] = null;
        locals[i] = null;
        head = head + 1;
    }
}
