package org.borealis.transport;

/**
 * Receives the outcome of posted operations. One handler object is normally reused for many
 * operations, told apart by the {@code opId} the caller chose, so completing an operation
 * allocates nothing. Called on the endpoint's I/O thread; must not block.
 */
public interface CompletionHandler {

    /**
     * The operation {@code opId} succeeded.
     *
     * @param bytes bytes sent, read or written
     */
    void onComplete(Endpoint endpoint, long opId, int bytes);

    /** The operation {@code opId} failed; {@code cause} says which peer and why. */
    void onFailure(Endpoint endpoint, long opId, TransportException cause);
}
