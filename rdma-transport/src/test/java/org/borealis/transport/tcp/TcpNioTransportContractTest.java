package org.borealis.transport.tcp;

import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportContractTest;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;

/** The transport contract on tcp with Java NIO, the I/O where native epoll is unavailable. */
class TcpNioTransportContractTest extends TransportContractTest {

    @Override
    protected Transport newTransport(String nodeId, TransportLimits limits) {
        return new TcpTransport(new TransportConfig(TransportKind.TCP, limits, 1, nodeId), IoMode.NIO);
    }
}
