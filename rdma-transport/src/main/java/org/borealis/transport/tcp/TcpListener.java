package org.borealis.transport.tcp;

import java.net.InetSocketAddress;

import io.netty.channel.Channel;
import org.borealis.transport.Listener;

/** A listening tcp socket. Closing it stops accepting; endpoints it accepted stay open. */
final class TcpListener implements Listener {

    private final TcpTransport transport;
    private final Channel channel;

    TcpListener(TcpTransport transport, Channel channel) {
        this.transport = transport;
        this.channel = channel;
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Stops accepting; waits for the socket to close unless called on an I/O thread. */
    @Override
    public void close() {
        var closed = channel.close();
        if (!channel.eventLoop().inEventLoop()) {
            closed.awaitUninterruptibly();
        }
        transport.forget(this);
    }

    Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "tcp listener on " + channel.localAddress();
    }
}
