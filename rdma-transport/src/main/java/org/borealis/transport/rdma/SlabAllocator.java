package org.borealis.transport.rdma;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import com.ibm.disni.util.MemoryUtils;

/**
 * The transport's memory for registration: page-aligned off-heap blocks carved from large slabs
 * in power-of-two size classes ({@value #MIN_BLOCK} bytes to {@value #SLAB_SIZE} bytes), so
 * allocating and freeing buffers does not churn the JVM's direct memory. Larger requests get a
 * block of their own. A freed block goes back to its class's free list, zeroed when reused.
 *
 * <p>Only memory: registration is per block (see {@link RdmaBuffer}), so that closing a buffer
 * revokes its remote key even though its slab lives on. Thread-safe.
 */
final class SlabAllocator {

    static final int PAGE = 4096;
    static final int MIN_BLOCK = 4096;
    static final int SLAB_SIZE = 2 << 20;

    /** A block of memory: {@code buffer} has position 0 and limit = capacity = the block size. */
    record Block(ByteBuffer buffer, long address, int sizeClass) {
        int size() {
            return buffer.capacity();
        }
    }

    private final List<ArrayDeque<Block>> free = new ArrayList<>();
    private long slabBytes;
    private long dedicatedBytes;

    SlabAllocator() {
        for (int size = MIN_BLOCK; size <= SLAB_SIZE; size <<= 1) {
            free.add(new ArrayDeque<>());
        }
    }

    /** A block of at least {@code capacity} bytes. */
    synchronized Block allocate(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, was " + capacity);
        }
        if (capacity > SLAB_SIZE) {
            int size = roundUp(capacity, PAGE);
            ByteBuffer b = aligned(size);
            dedicatedBytes += size;
            return new Block(b, MemoryUtils.getAddress(b), -1);
        }
        int cls = sizeClass(capacity);
        ArrayDeque<Block> list = free.get(cls);
        if (list.isEmpty()) {
            carve(cls);
            Block b = list.pop();
            return b;
        }
        Block b = list.pop();
        zero(b.buffer());
        return b;
    }

    synchronized void free(Block block) {
        if (block.sizeClass() < 0) {
            dedicatedBytes -= block.size();
            return; // a dedicated block is left to the garbage collector
        }
        free.get(block.sizeClass()).push(block);
    }

    /** Off-heap bytes held in slabs and dedicated blocks (for tests and metrics). */
    synchronized long reservedBytes() {
        return slabBytes + dedicatedBytes;
    }

    static int sizeClass(int capacity) {
        int size = Math.max(MIN_BLOCK, Integer.highestOneBit(capacity - 1) << 1);
        return Integer.numberOfTrailingZeros(size) - Integer.numberOfTrailingZeros(MIN_BLOCK);
    }

    static int classSize(int sizeClass) {
        return MIN_BLOCK << sizeClass;
    }

    private void carve(int cls) {
        int size = classSize(cls);
        ByteBuffer slab = aligned(SLAB_SIZE);
        slabBytes += SLAB_SIZE;
        long base = MemoryUtils.getAddress(slab);
        ArrayDeque<Block> list = free.get(cls);
        for (int off = SLAB_SIZE - size; off >= 0; off -= size) {
            ByteBuffer b = slab.slice(off, size);
            list.push(new Block(b, base + off, cls));
        }
    }

    private static ByteBuffer aligned(int size) {
        return ByteBuffer.allocateDirect(size + PAGE).alignedSlice(PAGE).slice(0, size);
    }

    private static void zero(ByteBuffer b) {
        for (int i = 0; i + 8 <= b.capacity(); i += 8) {
            b.putLong(i, 0L);
        }
    }

    private static int roundUp(int n, int unit) {
        return (int) Math.min(Integer.MAX_VALUE, ((long) n + unit - 1) / unit * unit);
    }
}
