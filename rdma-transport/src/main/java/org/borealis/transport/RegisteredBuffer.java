package org.borealis.transport;

import java.nio.ByteBuffer;

/**
 * Off-heap memory registered with a transport. Peers address it through {@link #region()} in
 * one-sided reads and writes; the local side uses it as the source or target of its own one-sided
 * operations. Owned by whoever allocated it; {@link #close()} deregisters it (operations still in
 * flight on it fail) and frees the memory.
 */
public interface RegisteredBuffer extends AutoCloseable {

    /** A view of the whole buffer (position 0, limit capacity). Each call returns a new view. */
    ByteBuffer buffer();

    int capacity();

    /** What a peer needs to address this buffer: address, key and length. */
    RemoteRegion region();

    boolean isOpen();

    @Override
    void close();
}
