package org.borealis.transport.tcp.wire;

import java.nio.ByteBuffer;

import io.netty.buffer.ByteBuf;

/**
 * Copies between Netty buffers and NIO buffers with absolute indexes: neither side's position,
 * limit or indexes change, nothing is allocated for buffers with one NIO view, and concurrent
 * readers of the same NIO buffer do not disturb each other.
 */
public final class Bytes {

    private Bytes() {
    }

    /** Copies {@code length} bytes of {@code src} at {@code srcIndex} into {@code dst} at {@code dstIndex}. */
    public static void copy(ByteBuffer src, int srcIndex, ByteBuf dst, int dstIndex, int length) {
        if (length == 0) {
            return;
        }
        if (dst.nioBufferCount() == 1) {
            ByteBuffer view = dst.internalNioBuffer(dstIndex, length);
            view.put(view.position(), src, srcIndex, length);
        } else {
            dst.setBytes(dstIndex, src.slice(srcIndex, length));
        }
    }

    /** Copies {@code length} bytes of {@code src} at {@code srcIndex} into {@code dst} at {@code dstIndex}. */
    public static void copy(ByteBuf src, int srcIndex, ByteBuffer dst, int dstIndex, int length) {
        if (length == 0) {
            return;
        }
        if (src.nioBufferCount() == 1) {
            ByteBuffer view = src.internalNioBuffer(srcIndex, length);
            dst.put(dstIndex, view, view.position(), length);
        } else {
            src.getBytes(srcIndex, dst.slice(dstIndex, length));
        }
    }
}
