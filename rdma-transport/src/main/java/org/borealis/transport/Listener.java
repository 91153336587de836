package org.borealis.transport;

import java.net.InetSocketAddress;

/** A listening socket or RDMA id. Closing it stops accepting; accepted endpoints stay open. */
public interface Listener extends AutoCloseable {

    /** The bound address, with the real port when port 0 was asked for. */
    InetSocketAddress localAddress();

    @Override
    void close();
}
