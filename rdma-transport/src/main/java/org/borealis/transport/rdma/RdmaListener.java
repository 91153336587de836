package org.borealis.transport.rdma;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

import com.ibm.disni.verbs.RdmaCmEvent;
import com.ibm.disni.verbs.RdmaCmId;
import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;

/**
 * A listening rdma_cm id. Each connect request becomes an {@link RdmaEndpoint} with its queue
 * pair and receive buffers in place before it is accepted; the handler factory runs on the
 * rdma_cm thread. Closing destroys the listening id; accepted endpoints stay open.
 */
final class RdmaListener implements Listener, CmEventLoop.Target {

    static final int BACKLOG = 128;

    private final RdmaTransport transport;
    private final EndpointHandler.Factory handlers;
    private RdmaCmId id;
    private InetSocketAddress local;
    private volatile boolean closed;

    RdmaListener(RdmaTransport transport, EndpointHandler.Factory handlers) {
        this.transport = transport;
        this.handlers = handlers;
    }

    /** Binds and listens; rdma_cm thread. */
    void open(InetSocketAddress address) throws IOException {
        id = transport.cmLoop().createId(this);
        try {
            transport.cm().bindAddr(id, address);
            transport.cm().listen(id, BACKLOG);
            SocketAddress bound = transport.cm().getSrcAddr(id);
            local = bound instanceof InetSocketAddress isa ? isa : address;
        } catch (IOException e) {
            transport.cmLoop().destroy(id);
            throw new IOException("rdma listen on " + address + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void onEvent(RdmaCmEvent.EventType type, RdmaCmEvent event) {
        if (type != RdmaCmEvent.EventType.RDMA_CM_EVENT_CONNECT_REQUEST) {
            return;
        }
        RdmaCmId conn = event.getConnIdPriv();
        if (closed || transport.isClosed()) {
            transport.cmLoop().destroy(conn); // rejects the request
            return;
        }
        InetSocketAddress peer;
        try {
            SocketAddress dst = transport.cm().getDstAddr(conn);
            peer = dst instanceof InetSocketAddress isa ? isa : new InetSocketAddress(0);
        } catch (IOException e) {
            peer = new InetSocketAddress(0);
        }
        RdmaEndpoint endpoint = new RdmaEndpoint(transport, conn, peer, null, null);
        ConnectionEvents events = new ConnectionEvents(transport, endpoint);
        transport.cmLoop().register(conn, events);
        transport.endpointOpened(endpoint);
        try {
            endpoint.createResources(transport.nextPoller());
            endpoint.setHandler(handlers.create(endpoint));
            transport.cm().accept(conn, ConnectionEvents.connParam());
        } catch (IOException | RuntimeException e) {
            RdmaTransport.LOG.warn("[{}] refusing rdma connection from {}: {}", transport.nodeId(), peer, e.toString());
            endpoint.closeWith(new ConnectionClosedException("accepting the connection from " + peer + " failed: "
                    + e.getMessage(), e instanceof IOException io ? io : null));
        }
    }

    /** rdma_cm thread. */
    void closeOnLoop() {
        if (!closed) {
            closed = true;
            transport.cmLoop().destroy(id);
        }
    }

    @Override
    public void close() {
        if (closed || transport.isClosed()) {
            transport.listenerClosed(this); // the transport's close took the id with it
            return;
        }
        try {
            transport.cmLoop().call(() -> {
                closeOnLoop();
                return null;
            });
        } catch (IOException e) {
            RdmaTransport.LOG.warn("[{}] closing listener {}: {}", transport.nodeId(), local, e.getMessage());
        }
        transport.listenerClosed(this);
    }

    @Override
    public String toString() {
        return "RdmaListener[" + local + (closed ? ", closed" : "") + "]";
    }
}
