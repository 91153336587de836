package org.borealis.transport.tcp;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.spi.TransportProvider;

/** Makes {@link TcpTransport}s; found by {@link java.util.ServiceLoader}. Always available. */
public final class TcpTransportProvider implements TransportProvider {

    @Override
    public TransportKind kind() {
        return TransportKind.TCP;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public String unavailableReason() {
        return "";
    }

    @Override
    public Transport create(TransportConfig config) {
        return new TcpTransport(config);
    }
}
