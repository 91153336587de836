/**
 * The {@code rdma} transport: the transport SPI on DiSNi's verbs API over reliable-connected
 * queue pairs, for InfiniBand, RoCE and soft-RoCE (rxe) devices.
 *
 * <p>Read {@link org.borealis.transport.rdma.RdmaTransport} first; it names the collaborators.
 * The data path of one connection is {@link org.borealis.transport.rdma.RdmaEndpoint}: two-sided
 * messages are copied into registered send slots and flow under receive credits
 * ({@link org.borealis.transport.rdma.SendQueue}, {@link org.borealis.transport.rdma.Wire}); reads
 * and writes of a peer's registered memory are one-sided RDMA operations. Completions are polled
 * by {@link org.borealis.transport.rdma.CompletionPoller} threads.
 *
 * <p>DiSNi's native half is this repository's {@code native/} library; the JVM needs
 * {@code -Djava.library.path=<repository>/native/target} and
 * {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}
 * ({@link org.borealis.transport.rdma.NativeSupport} says what is missing otherwise).
 */
package org.borealis.transport.rdma;
