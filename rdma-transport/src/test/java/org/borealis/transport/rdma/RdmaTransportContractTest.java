package org.borealis.transport.rdma;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportContractTest;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.BeforeAll;

/**
 * The transport contract on rdma, made the way nodes make it: through {@link Transports}. Needs a
 * verbs device (the lab guest has rxe0); skipped with the reason elsewhere.
 */
class RdmaTransportContractTest extends TransportContractTest {

    @BeforeAll
    static void needsDevice() {
        RdmaTestSupport.requireRdma();
    }

    @Override
    protected Transport newTransport(String nodeId, TransportLimits limits) throws Exception {
        return Transports.create(new TransportConfig(TransportKind.RDMA, limits, 1, nodeId));
    }
}
