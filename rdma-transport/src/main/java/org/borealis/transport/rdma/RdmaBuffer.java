package org.borealis.transport.rdma;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;

import com.ibm.disni.verbs.IbvMr;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;

/**
 * A {@link RegisteredBuffer} of the rdma transport: a slab block registered as its own memory
 * region, so its remote key dies with it. {@link #close()} deregisters the region (a peer's
 * later access fails at the peer's adapter) and returns the block to the slab allocator.
 */
final class RdmaBuffer implements RegisteredBuffer {

    private final RdmaTransport transport;
    private final SlabAllocator.Block block;
    private final IbvMr mr;
    private final int capacity;
    private final RemoteRegion region;
    private final AtomicBoolean open = new AtomicBoolean(true);

    RdmaBuffer(RdmaTransport transport, SlabAllocator.Block block, IbvMr mr, int capacity) {
        this.transport = transport;
        this.block = block;
        this.mr = mr;
        this.capacity = capacity;
        this.region = new RemoteRegion(block.address(), mr.getRkey(), capacity);
    }

    @Override
    public ByteBuffer buffer() {
        return block.buffer().slice(0, capacity);
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public RemoteRegion region() {
        return region;
    }

    @Override
    public boolean isOpen() {
        return open.get();
    }

    long address() {
        return block.address();
    }

    int lkey() {
        return mr.getLkey();
    }

    IbvMr mr() {
        return mr;
    }

    SlabAllocator.Block block() {
        return block;
    }

    RdmaTransport transport() {
        return transport;
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            transport.release(this);
        }
    }

    @Override
    public String toString() {
        return "RdmaBuffer[" + capacity + " bytes at 0x" + Long.toHexString(block.address()) + ", rkey 0x"
                + Integer.toHexString(region.key()) + (isOpen() ? "" : ", closed") + "]";
    }
}
