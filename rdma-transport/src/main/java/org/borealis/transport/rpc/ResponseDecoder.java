package org.borealis.transport.rpc;

import java.nio.ByteBuffer;

/**
 * Decodes a successful response payload. Runs on the I/O thread while the payload is still in the
 * transport's buffer (valid only during the call), so decoding copies nothing twice; must not block.
 * Throwing fails the call with {@link RpcStatus#BAD_RESPONSE}.
 */
@FunctionalInterface
public interface ResponseDecoder<T> {

    T decode(ByteBuffer payload);

    /** Copies the payload into a new heap buffer. */
    ResponseDecoder<ByteBuffer> COPY = payload -> {
        ByteBuffer copy = ByteBuffer.allocate(payload.remaining());
        copy.put(payload.duplicate()).flip();
        return copy;
    };
}
