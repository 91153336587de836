package org.borealis.transport.rdma;

import java.nio.ByteBuffer;

import org.borealis.transport.TransportException;

/**
 * The receive side of one endpoint: reads the header of each arrived buffer and puts fragments
 * back together. A single-fragment message is handed out as a view of the receive buffer itself
 * (no copy); a longer one is assembled into a buffer that grows up to {@code maxMessageSize}.
 * A message that would grow past the limit is a protocol error: the connection closes and
 * nothing more is allocated.
 *
 * <p>Poller thread only. The views are made once, so a message allocates nothing.
 */
final class Receiver {

    private final ByteBuffer memory;
    private final int slotSize;
    private final int maxMessageSize;
    private final ByteBuffer[] views;
    private ByteBuffer assembly = ByteBuffer.allocate(0);
    private boolean assembling;

    private byte type;
    private int credits;
    private int helloDepth;
    private int helloPayload;

    Receiver(ByteBuffer memory, int slotSize, int depth, int maxMessageSize) {
        this.memory = memory;
        this.slotSize = slotSize;
        this.maxMessageSize = maxMessageSize;
        views = new ByteBuffer[depth];
        for (int i = 0; i < depth; i++) {
            views[i] = memory.slice(i * slotSize, slotSize);
        }
    }

    /**
     * Takes the buffer of slot {@code slot}, holding {@code length} bytes. Returns the complete
     * message it finishes (valid until the next call), or {@code null} when it was a control message
     * or a fragment of a message still arriving. {@link #credits()} and the HELLO fields describe it.
     */
    ByteBuffer accept(int slot, int length) throws TransportException {
        if (length < Wire.HEADER || length > slotSize) {
            throw new TransportException("a receive of " + length + " bytes (header " + Wire.HEADER + ", buffer "
                    + slotSize + ")");
        }
        int off = slot * slotSize;
        type = Wire.type(memory, off);
        credits = Wire.credits(memory, off);
        if (credits < 0) {
            throw new TransportException("negative credit count " + credits);
        }
        switch (type) {
            case Wire.CREDIT:
                return null;
            case Wire.HELLO:
                if (length < Wire.HEADER + Wire.HELLO_BODY || Wire.helloVersion(memory, off) != Wire.VERSION) {
                    throw new TransportException("HELLO of protocol version " + (length < Wire.HEADER + 4 ? "?"
                            : Wire.helloVersion(memory, off)) + ", expected " + Wire.VERSION);
                }
                helloDepth = Wire.helloRecvDepth(memory, off);
                helloPayload = Wire.helloFragmentPayload(memory, off);
                if (helloDepth < 1) {
                    throw new TransportException("HELLO with receive depth " + helloDepth);
                }
                return null;
            case Wire.DATA:
                return data(slot, off, length);
            default:
                throw new TransportException("message of " + Wire.typeName(type));
        }
    }

    private ByteBuffer data(int slot, int off, int length) throws TransportException {
        boolean last = (Wire.flags(memory, off) & Wire.LAST) != 0;
        int payload = length - Wire.HEADER;
        if (last && !assembling) {
            ByteBuffer v = views[slot];
            v.limit(length).position(Wire.HEADER);
            return v;
        }
        if (!assembling) {
            assembling = true;
            assembly.clear();
        }
        if ((long) assembly.position() + payload > maxMessageSize) {
            throw new TransportException("an incoming message over maxMessageSize " + maxMessageSize);
        }
        if (assembly.remaining() < payload) {
            int want = (int) Math.min(maxMessageSize, Math.max((long) assembly.capacity() * 2,
                    (long) assembly.position() + payload));
            ByteBuffer bigger = ByteBuffer.allocate(want);
            assembly.flip();
            bigger.put(assembly);
            assembly = bigger;
        }
        assembly.put(assembly.position(), memory, off + Wire.HEADER, payload);
        assembly.position(assembly.position() + payload);
        if (!last) {
            return null;
        }
        assembling = false;
        return assembly.flip();
    }

    int credits() {
        return credits;
    }

    boolean isHello() {
        return type == Wire.HELLO;
    }

    int helloDepth() {
        return helloDepth;
    }

    int helloPayload() {
        return helloPayload;
    }
}
