/**
 * Request/response calls over any {@link org.borealis.transport.Transport}: what the storage
 * service, GetPage@LSN and the log writer use. Read {@link org.borealis.transport.rpc.RpcClient}
 * and {@link org.borealis.transport.rpc.RpcServer}; the byte layout is in {@link
 * org.borealis.transport.rpc.RpcFrame} and {@code docs/transport.md}.
 *
 * <p>Errors cross the wire as a status code and a retriable flag, and come out at the caller as an
 * {@link org.borealis.transport.rpc.RpcException} whose {@code retriable()} tells whether the same
 * call may succeed later (stale epoch: no; overloaded or not yet applied: yes).
 */
package org.borealis.transport.rpc;
