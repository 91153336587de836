package org.borealis.transport;

import java.nio.ByteBuffer;

/**
 * Events of one endpoint: incoming two-sided messages, room to post again, and the end of the
 * connection. Called on the endpoint's I/O thread, one event at a time; must not block.
 */
public interface EndpointHandler {

    /**
     * A message arrived. {@code message} (position to limit) belongs to the transport and is valid
     * only during this call: copy what must outlive it.
     */
    void onMessage(Endpoint endpoint, ByteBuffer message);

    /** A post that returned {@code false} may now succeed. */
    default void onWritable(Endpoint endpoint) {
    }

    /**
     * The connection ended, by {@link Endpoint#close()} on either side or by failure. Called once,
     * after every pending operation has been failed.
     */
    default void onClosed(Endpoint endpoint, TransportException cause) {
    }

    /** Makes the handler of each endpoint a {@link Listener} accepts. */
    @FunctionalInterface
    interface Factory {
        EndpointHandler create(Endpoint endpoint);
    }
}
