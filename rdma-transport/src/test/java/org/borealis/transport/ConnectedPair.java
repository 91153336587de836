package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A server transport listening and a client transport connected to it, with a {@link Recorder}
 * on each end of the connection. Made by {@link TransportContractTest#connect}, which closes
 * everything after the test; {@link #reconnect} makes another connection between the same two.
 */
public final class ConnectedPair {

    public final Transport serverTransport;
    public final Transport clientTransport;
    public final Listener listener;
    public final Endpoint client;
    public final Endpoint server;
    public final Recorder clientEvents = new Recorder();
    public final Recorder serverEvents;
    private final BlockingQueue<Accepted> accepted;

    private record Accepted(Endpoint endpoint, Recorder events) {
    }

    ConnectedPair(Transport serverTransport, Transport clientTransport, InetSocketAddress listenAddress)
            throws Exception {
        this.serverTransport = serverTransport;
        this.clientTransport = clientTransport;
        this.accepted = new LinkedBlockingQueue<>();
        BlockingQueue<Accepted> queue = accepted;
        this.listener = serverTransport.listen(listenAddress, endpoint -> {
            Recorder events = new Recorder();
            queue.add(new Accepted(endpoint, events));
            return events;
        });
        this.client = TestSupport.await(clientTransport.connect(listener.localAddress(), clientEvents));
        Accepted a = TestSupport.take(accepted, "accepted endpoint");
        this.server = a.endpoint();
        this.serverEvents = a.events();
    }

    private ConnectedPair(ConnectedPair first) throws Exception {
        this.serverTransport = first.serverTransport;
        this.clientTransport = first.clientTransport;
        this.listener = first.listener;
        this.accepted = first.accepted;
        this.client = TestSupport.await(clientTransport.connect(listener.localAddress(), clientEvents));
        Accepted a = TestSupport.take(accepted, "accepted endpoint");
        this.server = a.endpoint();
        this.serverEvents = a.events();
    }

    /** A new connection between the same two transports, with recorders of its own. */
    public ConnectedPair reconnect() throws Exception {
        return new ConnectedPair(this);
    }

    /** Fails the test if either side's recorder saw a contract breach. */
    public void assertNoViolations() {
        assertThat(clientEvents.violations).as("client-side breaches").isEmpty();
        assertThat(serverEvents.violations).as("server-side breaches").isEmpty();
    }
}
