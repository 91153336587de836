/**
 * The tcp transport: the transport SPI over TCP on Netty (native epoll where available, else NIO).
 *
 * <p>Read {@link org.borealis.transport.tcp.TcpTransport} first. Then the life of an operation:
 * {@code TcpEndpoint} (posting: a slot in the preallocated {@code OpRing}, a frame in the outbox),
 * {@code Connection} (the protocol state machine on the I/O thread: handshake, delivery, acks,
 * flushing, the end of the connection), {@code OneSidedResponder} (the peer's transport serving
 * one-sided reads and writes against its {@code MemoryRegistry}, never the peer's application),
 * and {@code Completions} (responses matched to the oldest pending operation). The byte format is
 * in {@link org.borealis.transport.tcp.wire}.
 *
 * <p>Threading: posting is thread-safe; each connection lives on one I/O thread, which runs every
 * callback of its endpoint. Nothing here blocks an I/O thread.
 */
package org.borealis.transport.tcp;
