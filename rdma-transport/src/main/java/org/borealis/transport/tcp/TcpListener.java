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

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
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
