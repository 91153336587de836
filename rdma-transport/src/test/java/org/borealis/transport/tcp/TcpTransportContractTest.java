package org.borealis.transport.tcp;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportContractTest;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;

/** The transport contract on tcp, made the way nodes make it: through {@link Transports}. */
class TcpTransportContractTest extends TransportContractTest {

    @Override
    protected Transport newTransport(String nodeId, TransportLimits limits) throws Exception {
        return Transports.create(new TransportConfig(TransportKind.TCP, limits, 1, nodeId));
    }
}
