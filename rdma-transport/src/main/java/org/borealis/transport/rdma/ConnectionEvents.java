package org.borealis.transport.rdma;

import java.io.IOException;

import com.ibm.disni.verbs.RdmaCmEvent;
import com.ibm.disni.verbs.RdmaConnParam;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.TransportException;

/**
 * The rdma_cm events of one connection, on the rdma_cm thread.
 *
 * <pre>
 *   active side:  resolve address -> ADDR_RESOLVED -> resolve route -> ROUTE_RESOLVED
 *                 -> queue pair + receives posted -> connect -> ESTABLISHED
 *   passive side: CONNECT_REQUEST (at the listener) -> queue pair + receives posted -> accept
 *                 -> ESTABLISHED
 *   both:         DISCONNECTED -> the endpoint closes
 * </pre>
 */
final class ConnectionEvents implements CmEventLoop.Target {

    /** Transport retries (7 = the most verbs allow) for lost packets and for missing receive buffers. */
    static final byte RETRIES = 7;

    private final RdmaTransport transport;
    private final RdmaEndpoint endpoint;

    ConnectionEvents(RdmaTransport transport, RdmaEndpoint endpoint) {
        this.transport = transport;
        this.endpoint = endpoint;
    }

    static RdmaConnParam connParam() throws IOException {
        RdmaConnParam p = new RdmaConnParam();
        p.setRetry_count(RETRIES);
        p.setRnr_retry_count(RETRIES);
        return p;
    }

    @Override
    public void onEvent(RdmaCmEvent.EventType type, RdmaCmEvent event) {
        String peer = String.valueOf(endpoint.remoteAddress());
        try {
            switch (type) {
                case RDMA_CM_EVENT_ADDR_RESOLVED ->
                        transport.cm().resolveRoute(endpoint.id(), transport.limits().connectTimeoutMillis());
                case RDMA_CM_EVENT_ROUTE_RESOLVED -> {
                    endpoint.createResources(transport.nextPoller());
                    transport.cm().connect(endpoint.id(), connParam());
                }
                case RDMA_CM_EVENT_ESTABLISHED -> {
                    endpoint.established();
                    if (endpoint.connected != null) {
                        endpoint.connected.complete(endpoint);
                    }
                }
                case RDMA_CM_EVENT_REJECTED -> fail("rdma connection to " + peer
                        + " was refused (no listener on that port, or it is closed)");
                case RDMA_CM_EVENT_UNREACHABLE -> fail("rdma peer " + peer + " is unreachable");
                case RDMA_CM_EVENT_ADDR_ERROR -> fail("rdma address " + peer + " could not be resolved to a device");
                case RDMA_CM_EVENT_ROUTE_ERROR -> fail("no rdma route to " + peer);
                case RDMA_CM_EVENT_CONNECT_ERROR -> fail("rdma connection to " + peer + " failed while connecting");
                case RDMA_CM_EVENT_DISCONNECTED ->
                        endpoint.closeWith(new ConnectionClosedException("peer " + peer + " closed the connection"));
                case RDMA_CM_EVENT_DEVICE_REMOVAL ->
                        endpoint.closeWith(new ConnectionClosedException("the RDMA device under the connection to "
                                + peer + " was removed"));
                default -> {
                    // TIMEWAIT_EXIT, ADDR_CHANGE, multicast: nothing to do
                }
            }
        } catch (IOException e) {
            fail("rdma connection to " + peer + " failed: " + e.getMessage());
        }
    }

    /** Fails the connection attempt (when it was still one) and tears the endpoint down. */
    void fail(String message) {
        TransportException e = new TransportException(message);
        if (endpoint.connected != null) {
            endpoint.connected.completeExceptionally(e);
        }
        endpoint.closeWith(new ConnectionClosedException(message));
    }
}
