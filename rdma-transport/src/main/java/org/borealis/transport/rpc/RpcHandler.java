package org.borealis.transport.rpc;

/**
 * Serves the calls of an {@link RpcServer}. Runs on the server's executor, never on an I/O thread,
 * so it may block. Every call must be answered exactly once with {@link RpcCall#reply} or
 * {@link RpcCall#fail}, possibly later and from another thread. An exception thrown from here is
 * answered with {@link RpcStatus#INTERNAL} and logged, except an {@link RpcException}, which is answered
 * with its own status and retriable flag.
 */
@FunctionalInterface
public interface RpcHandler {

    void handle(RpcCall call) throws Exception;
}
