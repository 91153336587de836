package org.borealis.pagestore.service;

import java.util.ArrayDeque;
import java.util.function.IntConsumer;

import org.borealis.pagestore.page.PageLayout;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportException;

/**
 * The node's registered memory that pages are sent from: one registration of {@code n} 8 KiB
 * slots. A GetPage takes a slot, copies the page in, posts the one-sided write from it, and gives
 * it back when the write completes. When every slot is busy, takers wait in order. Thread-safe.
 */
final class PageSlots implements AutoCloseable {

    private final RegisteredBuffer buffer;
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private final ArrayDeque<IntConsumer> waiting = new ArrayDeque<>();

    PageSlots(Transport transport, int n) throws TransportException {
        this.buffer = transport.allocate(n * PageLayout.PAGE_SIZE);
        for (int i = 0; i < n; i++) {
            free.add(i * PageLayout.PAGE_SIZE);
        }
    }

    RegisteredBuffer buffer() {
        return buffer;
    }

    /** Runs {@code user} with a slot offset, now or when one is given back. */
    void take(IntConsumer user) {
        Integer slot;
        synchronized (this) {
            slot = free.poll();
            if (slot == null) {
                waiting.add(user);
                return;
            }
        }
        user.accept(slot);
    }

    /** A free slot's offset, or -1 when every slot is busy (for a caller that must not wait). */
    synchronized int tryTake() {
        Integer slot = free.poll();
        return slot == null ? -1 : slot;
    }

    void give(int slot) {
        IntConsumer next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                free.add(slot);
                return;
            }
        }
        next.accept(slot);
    }

    @Override
    public void close() {
        buffer.close();
    }
}
