package org.borealis.transport.rpc;

import java.nio.ByteBuffer;

/** Per-thread scratch buffers for building messages that {@code Endpoint.send} copies at once. */
final class Scratch {

    private static final ThreadLocal<ByteBuffer> BUFFER = ThreadLocal.withInitial(() -> ByteBuffer.allocate(4096));

    private Scratch() {
    }

    /** A cleared buffer of at least {@code size} bytes, owned by the calling thread until its next call. */
    static ByteBuffer get(int size) {
        ByteBuffer b = BUFFER.get();
        if (b.capacity() < size) {
            b = ByteBuffer.allocate(Math.max(size, b.capacity() * 2));
            BUFFER.set(b);
        }
        b.clear();
        return b;
    }
}
