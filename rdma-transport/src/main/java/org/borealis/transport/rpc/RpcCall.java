package org.borealis.transport.rpc;

import java.nio.ByteBuffer;

import org.borealis.transport.Endpoint;

/**
 * One incoming call on an {@link RpcServer}. Answer it exactly once; later answers are ignored.
 * Thread-safe.
 */
public interface RpcCall {

    /** The method number the client asked for. */
    int method();

    /** The request payload: a heap copy owned by the handler. */
    ByteBuffer payload();

    /**
     * The connection the call came on, for one-sided operations into the caller's registered
     * memory (for example a page written straight into a buffer-pool frame) before replying.
     */
    Endpoint endpoint();

    /** Answers OK with the payload's remaining bytes (copied before this returns). */
    void reply(ByteBuffer payload);

    /** Answers with a failure status; {@code retriable} tells the caller whether to try again. */
    void fail(int status, boolean retriable, String message);
}
