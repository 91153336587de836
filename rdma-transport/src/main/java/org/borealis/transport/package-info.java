/**
 * The transport between compute and storage nodes, shaped by RDMA.
 *
 * <p>Read {@link org.borealis.transport.Transport} first: it registers memory, listens and
 * connects. An {@link org.borealis.transport.Endpoint} posts two-sided sends and one-sided
 * reads and writes of a peer's {@link org.borealis.transport.RegisteredBuffer}; completions come
 * back through a {@link org.borealis.transport.CompletionHandler} with the caller's operation id,
 * so the hot path allocates nothing. {@link org.borealis.transport.Transports} picks an
 * implementation ({@code tcp}, {@code rdma}, or {@code auto}).
 *
 * <p>Threading: every callback runs on the transport's I/O thread of that endpoint. Callbacks
 * must not block; hand blocking work to an executor.
 *
 * <p>Buffer ownership: a message passed to {@link org.borealis.transport.EndpointHandler#onMessage}
 * belongs to the transport and is valid only during that call. A message passed to
 * {@link org.borealis.transport.Endpoint#send} is copied before {@code send} returns. Registered
 * buffers used by one-sided operations belong to the caller and must not be touched until the
 * operation completes.
 */
package org.borealis.transport;
