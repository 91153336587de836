package org.borealis.transport.rdma;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.spi.TransportProvider;

/**
 * The {@code rdma} transport's entry in the SPI. Available when DiSNi's native library loads and
 * a verbs device with rdma_cm is present (see {@link NativeSupport}); otherwise
 * {@link #unavailableReason()} says which of these is missing and how to fix it.
 */
public final class RdmaTransportProvider implements TransportProvider {

    @Override
    public TransportKind kind() {
        return TransportKind.RDMA;
    }

    @Override
    public boolean isAvailable() {
        return NativeSupport.status().available();
    }

    @Override
    public String unavailableReason() {
        return NativeSupport.status().reason();
    }

    @Override
    public Transport create(TransportConfig config) throws TransportException {
        NativeSupport.Status status = NativeSupport.status();
        if (!status.available()) {
            throw new TransportException("transport rdma is unavailable: " + status.reason());
        }
        return RdmaTransport.open(config, status.cm(), status.verbs());
    }
}
