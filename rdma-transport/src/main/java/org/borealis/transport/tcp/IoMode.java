package org.borealis.transport.tcp;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.SelectStrategyFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * How the tcp transport does I/O: Linux native epoll when Netty's native library loads, else
 * Java NIO. {@code -Dborealis.tcp.io=nio} forces NIO (for comparison and for tests).
 */
enum IoMode {
    EPOLL, NIO;

    /** The system property that forces a mode: {@code epoll} or {@code nio}. */
    static final String PROPERTY = "borealis.tcp.io";

    /** Epoll when available and not overridden. */
    static IoMode pick() {
        String forced = System.getProperty(PROPERTY, "");
        if (forced.equalsIgnoreCase("nio")) {
            return NIO;
        }
        return Epoll.isAvailable() ? EPOLL : NIO;
    }

    /** Why this mode was picked, for the log. */
    String reason() {
        if (this == EPOLL) {
            return "native epoll";
        }
        if (System.getProperty(PROPERTY, "").equalsIgnoreCase("nio")) {
            return "java nio (-D" + PROPERTY + "=nio)";
        }
        Throwable why = Epoll.unavailabilityCause();
        return "java nio, because epoll is unavailable: " + (why == null ? "unknown" : why.getMessage());
    }

    /** The system property with the spin budget of idle I/O threads, in microseconds; see {@link SpinThenBlock}. */
    static final String SPIN_PROPERTY = "borealis.tcp.spinMicros";

    /** The default spin budget: adaptive, so it backs off where spinning does not pay (bench/README.md). */
    static final long DEFAULT_SPIN_MICROS = 20;

    IoHandlerFactory ioHandlerFactory() {
        long spin = Long.getLong(SPIN_PROPERTY, DEFAULT_SPIN_MICROS);
        SelectStrategyFactory strategy = () -> new SpinThenBlock(spin);
        return this == EPOLL ? EpollIoHandler.newFactory(0, strategy)
                : NioIoHandler.newFactory(java.nio.channels.spi.SelectorProvider.provider(), strategy);
    }

    Class<? extends SocketChannel> socketChannel() {
        return this == EPOLL ? EpollSocketChannel.class : NioSocketChannel.class;
    }

    Class<? extends ServerChannel> serverChannel() {
        return this == EPOLL ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    }
}
