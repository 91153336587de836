package org.borealis.transport.spi;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;

/**
 * A transport implementation, found through {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.borealis.transport.spi.TransportProvider}).
 */
public interface TransportProvider {

    /** {@link TransportKind#TCP} or {@link TransportKind#RDMA}. */
    TransportKind kind();

    /**
     * Whether this implementation can run on this machine. When it cannot, {@link #unavailableReason()}
     * says why (for example: native library missing, no verbs device).
     */
    boolean isAvailable();

    /** Why {@link #isAvailable()} is false; empty when it is true. */
    String unavailableReason();

    Transport create(TransportConfig config) throws TransportException;
}
