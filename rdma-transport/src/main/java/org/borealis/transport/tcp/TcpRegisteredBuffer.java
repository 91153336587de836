package org.borealis.transport.tcp;

import java.nio.ByteBuffer;

import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;

/**
 * Memory registered with a tcp transport. Peers address it through {@link #region()}; the peer's
 * transport names it by key and checks every access against {@link #indexOf}. Thread-safe.
 */
final class TcpRegisteredBuffer implements RegisteredBuffer {

    private final MemoryRegistry registry;
    private final ByteBuffer memory;
    private final RemoteRegion region;
    private volatile boolean open = true;

    TcpRegisteredBuffer(MemoryRegistry registry, ByteBuffer memory, long address, int key) {
        this.registry = registry;
        this.memory = memory;
        this.region = new RemoteRegion(address, key, memory.capacity());
    }

    @Override
    public ByteBuffer buffer() {
        return memory.duplicate();
    }

    @Override
    public int capacity() {
        return memory.capacity();
    }

    @Override
    public RemoteRegion region() {
        return region;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            registry.deregister(this);
        }
    }

    int key() {
        return region.key();
    }

    boolean belongsTo(MemoryRegistry r) {
        return registry == r;
    }

    /**
     * The memory itself, shared by every thread: use only absolute-index bulk operations on it,
     * never its position or limit.
     */
    ByteBuffer memory() {
        return memory;
    }

    /**
     * Where {@code length} bytes at {@code address} start in this buffer, or -1 when that range is
     * not entirely inside it.
     */
    int indexOf(long address, long length) {
        long offset = address - region.address();
        if (offset < 0 || offset > memory.capacity() || length < 0 || length > memory.capacity() - offset) {
            return -1;
        }
        return (int) offset;
    }

    @Override
    public String toString() {
        return String.format("registration 0x%x+%d key %08x", region.address(), region.length(), region.key());
    }
}
