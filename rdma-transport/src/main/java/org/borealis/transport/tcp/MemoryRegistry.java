package org.borealis.transport.tcp;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The registrations of one tcp transport: off-heap buffers that peers address by
 * (address, key, length), like RDMA memory regions.
 *
 * <p>Each registration gets a fresh random non-zero key and an address range of its own in a
 * virtual address space that starts at a random page and is never reused, so a stale region
 * never names a newer registration. Lookups by key run on I/O threads without locking or
 * allocating: they read a copy-on-write open-addressing table that {@link #register} and
 * {@link #deregister} (rare) rebuild under the registry's lock.
 *
 * <p>Registered memory comes from {@link ByteBuffer#allocateDirect}: deregistering drops the
 * registry's reference and the memory is freed by the garbage collector once no view of it is
 * left, so neither an application holding an old view nor an I/O thread serving a request at the
 * moment of deregistration can touch freed memory.
 */
final class MemoryRegistry {

    private static final long PAGE = 4096;

    private final SplittableRandom random = new SplittableRandom(new SecureRandom().nextLong());
    private final Map<Integer, TcpRegisteredBuffer> byKey = new HashMap<>();
    private volatile TcpRegisteredBuffer[] table = new TcpRegisteredBuffer[16];
    private long nextAddress = random.nextLong(1L << 20, 1L << 32) * PAGE;
    private boolean closed;

    synchronized TcpRegisteredBuffer register(int capacity) {
        if (closed) {
            throw new IllegalStateException("the transport is closed");
        }
        ByteBuffer memory = ByteBuffer.allocateDirect(capacity);
        int key;
        do {
            key = random.nextInt();
        } while (key == 0 || byKey.containsKey(key));
        long address = nextAddress;
        nextAddress += (capacity + PAGE - 1) / PAGE * PAGE + PAGE;
        TcpRegisteredBuffer buffer = new TcpRegisteredBuffer(this, memory, address, key);
        byKey.put(key, buffer);
        rebuild();
        return buffer;
    }

    /** Removes the registration; its key is refused from now on. */
    synchronized void deregister(TcpRegisteredBuffer buffer) {
        if (byKey.remove(buffer.key(), buffer)) {
            rebuild();
        }
    }

    /** The open registration with {@code key}, or null. Lock-free; any thread. */
    TcpRegisteredBuffer lookup(int key) {
        TcpRegisteredBuffer[] t = table;
        int mask = t.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            TcpRegisteredBuffer b = t[i];
            if (b == null || b.key() == key) {
                return b;
            }
        }
    }

    synchronized int size() {
        return byKey.size();
    }

    /** Closes every registration; further {@link #register} calls fail. */
    void closeAll() {
        TcpRegisteredBuffer[] all;
        synchronized (this) {
            closed = true;
            all = byKey.values().toArray(new TcpRegisteredBuffer[0]);
        }
        for (TcpRegisteredBuffer b : all) {
            b.close();
        }
    }

    private void rebuild() {
        int size = 16;
        while (size < byKey.size() * 2 + 1) {
            size <<= 1;
        }
        TcpRegisteredBuffer[] t = new TcpRegisteredBuffer[size];
        int mask = size - 1;
        for (TcpRegisteredBuffer b : byKey.values()) {
            int i = mix(b.key()) & mask;
            while (t[i] != null) {
                i = (i + 1) & mask;
            }
            t[i] = b;
        }
        table = t;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
