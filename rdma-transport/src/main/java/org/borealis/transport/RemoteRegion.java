package org.borealis.transport;

import java.nio.ByteBuffer;

/**
 * The address of a peer's registered memory, as RDMA names it: a virtual address, a remote key and
 * a length. Sent to peers in {@link #SIZE} bytes (big-endian: address, key, length) so they can
 * address the memory in one-sided operations.
 *
 * @param address base address of the region (opaque to the holder)
 * @param key     remote key; a wrong key fails the operation at the peer
 * @param length  length of the region in bytes
 */
public record RemoteRegion(long address, int key, int length) {

    public static final int SIZE = 16;

    public RemoteRegion {
        if (length < 0) {
            throw new IllegalArgumentException("negative region length " + length);
        }
    }

    /** A sub-range of this region, for handing a peer part of a buffer. */
    public RemoteRegion slice(int offset, int sliceLength) {
        if (offset < 0 || sliceLength < 0 || (long) offset + sliceLength > length) {
            throw new IndexOutOfBoundsException("slice " + offset + "+" + sliceLength + " of a region of " + length);
        }
        return new RemoteRegion(address + offset, key, sliceLength);
    }

    /** Writes the {@link #SIZE} bytes at the buffer's position and advances it. */
    public void writeTo(ByteBuffer out) {
        out.putLong(address).putInt(key).putInt(length);
    }

    /** Reads {@link #SIZE} bytes at the buffer's position and advances it. */
    public static RemoteRegion readFrom(ByteBuffer in) {
        long address = in.getLong();
        int key = in.getInt();
        int length = in.getInt();
        if (length < 0) {
            throw new IllegalArgumentException("negative region length " + length);
        }
        return new RemoteRegion(address, key, length);
    }
}
