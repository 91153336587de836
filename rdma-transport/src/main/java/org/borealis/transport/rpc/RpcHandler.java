package org.borealis.transport.rpc;

/**
 * Serves the calls of an {@link RpcServer}. {@link #handle} runs on the server's executor, never on
 * an I/O thread, so it may block. Every call must be answered exactly once with {@link RpcCall#reply}
 * or {@link RpcCall#fail}, possibly later and from another thread. An exception thrown from here is
 * answered with {@link RpcStatus#INTERNAL} and logged, except an {@link RpcException}, which is answered
 * with its own status and retriable flag.
 *
 * <p>{@link #handleInline} is the fast path: it runs first, on the I/O thread that received the
 * call, and may take the calls whose answer is ready without waiting (a page already in memory),
 * saving the hand-off to the executor and back — on a small machine that hop costs more than the
 * network round trip.
 */
@FunctionalInterface
public interface RpcHandler {

    void handle(RpcCall call) throws Exception;

    /**
     * Answers {@code call} on the I/O thread if it can do so without blocking (no disk, no lock held
     * across I/O, no waiting for another thread) and returns true; returns false to have the call
     * handed to {@link #handle} on the executor, with its payload rewound to where it started. An
     * exception is answered as one from {@link #handle}. The default takes no call.
     */
    default boolean handleInline(RpcCall call) throws Exception {
        return false;
    }
}
