package org.borealis.transport;

import java.util.EnumMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.borealis.transport.spi.TransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the transport a configuration asks for. {@code auto} takes rdma when its provider is
 * available (native library loaded and a verbs device present) and otherwise tcp, logging one
 * INFO line that says which and why.
 */
public final class Transports {

    private static final Logger LOG = LoggerFactory.getLogger(Transports.class);

    private Transports() {
    }

    public static Transport create(TransportConfig config) throws TransportException {
        Map<TransportKind, TransportProvider> providers = providers();
        TransportKind kind = config.kind();
        if (kind == TransportKind.AUTO) {
            TransportProvider rdma = providers.get(TransportKind.RDMA);
            if (rdma != null && rdma.isAvailable()) {
                LOG.info("[{}] transport auto: using rdma", config.nodeId());
                return rdma.create(config);
            }
            String why = rdma == null ? "no rdma provider on the class path" : rdma.unavailableReason();
            LOG.info("[{}] transport auto: using tcp because rdma is unavailable: {}", config.nodeId(), why);
            kind = TransportKind.TCP;
        }
        TransportProvider provider = providers.get(kind);
        if (provider == null) {
            throw new TransportException("no " + kind.configName() + " transport provider on the class path");
        }
        if (!provider.isAvailable()) {
            throw new TransportException("transport " + kind.configName() + " is unavailable: "
                    + provider.unavailableReason());
        }
        return provider.create(config);
    }

    /** The providers on the class path, by kind. */
    public static Map<TransportKind, TransportProvider> providers() {
        Map<TransportKind, TransportProvider> found = new EnumMap<>(TransportKind.class);
        for (TransportProvider p : ServiceLoader.load(TransportProvider.class, Transports.class.getClassLoader())) {
            found.putIfAbsent(p.kind(), p);
        }
        return found;
    }
}
