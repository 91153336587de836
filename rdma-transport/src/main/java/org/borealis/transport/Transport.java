package org.borealis.transport;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * One transport implementation ({@code tcp} or {@code rdma}) with its I/O threads and memory
 * registrations. Thread-safe. Closing it closes every listener and endpoint it made and releases
 * every registration.
 */
public interface Transport extends AutoCloseable {

    /** {@code "tcp"} or {@code "rdma"}. */
    String name();

    /** Limits that hold for every endpoint of this transport. */
    TransportLimits limits();

    /**
     * Allocates {@code capacity} bytes of off-heap memory and registers it, so peers can address
     * it with one-sided operations through {@link RegisteredBuffer#region()}.
     */
    RegisteredBuffer allocate(int capacity) throws TransportException;

    /**
     * Listens on {@code address} (port 0 picks a free port; see {@link Listener#localAddress()}).
     * Every accepted endpoint gets its callbacks from {@code handlers.create(endpoint)}.
     */
    Listener listen(InetSocketAddress address, EndpointHandler.Factory handlers) throws TransportException;

    /**
     * Connects to a listener. The future fails with a {@link TransportException} naming the peer
     * when the connection cannot be made within {@link TransportLimits#connectTimeoutMillis()}.
     */
    CompletableFuture<Endpoint> connect(InetSocketAddress address, EndpointHandler handler);

    @Override
    void close();
}
