package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;

/**
 * A server transport listening and a client transport connected to it, with a {@link Recorder}
 * on each end. Made by {@link TransportContractTest#connect}, which closes everything after the
 * test.
 */
public final class ConnectedPair {

    public final Transport serverTransport;
    public final Transport clientTransport;
    public final Listener listener;
    public final Endpoint client;
    public final Endpoint server;
    public final Recorder clientEvents = new Recorder();
    public final Recorder serverEvents = new Recorder();

    ConnectedPair(Transport serverTransport, Transport clientTransport, InetSocketAddress listenAddress)
            throws Exception {
        this.serverTransport = serverTransport;
        this.clientTransport = clientTransport;
        CompletableFuture<Endpoint> accepted = new CompletableFuture<>();
        listener = serverTransport.listen(listenAddress, endpoint -> {
            accepted.complete(endpoint);
            return serverEvents;
        });
        client = TestSupport.await(clientTransport.connect(listener.localAddress(), clientEvents));
        server = TestSupport.await(accepted);
    }

    /** Fails the test if either side's recorder saw a contract breach. */
    public void assertNoViolations() {
        assertThat(clientEvents.violations).as("client-side breaches").isEmpty();
        assertThat(serverEvents.violations).as("server-side breaches").isEmpty();
    }
}
