package org.borealis.transport.tcp;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.tcp.wire.FrameDecoder;
import org.borealis.transport.tcp.wire.FrameLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tcp transport: the transport SPI on Netty, with native epoll where available. Each
 * connection's pipeline is a {@link FrameDecoder} and a {@link Connection}; the posting side of a
 * connection is its {@link TcpEndpoint}; registered memory lives in a {@link MemoryRegistry} and
 * peers' one-sided requests are served by a {@link OneSidedResponder} on the I/O thread.
 *
 * <p>Threads: {@code ioThreads} event loops named {@code tcp-<nodeId>-...}; each connection stays
 * on one of them for its life, and all its callbacks run there.
 */
public final class TcpTransport implements Transport {

    private static final Logger LOG = LoggerFactory.getLogger(TcpTransport.class);
    private static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    private final String nodeId;
    private final TransportLimits limits;
    private final IoMode mode;
    private final EventLoopGroup group;
    private final MemoryRegistry registry = new MemoryRegistry();
    private final Set<TcpEndpoint> endpoints = ConcurrentHashMap.newKeySet();
    private final Set<TcpListener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public TcpTransport(TransportConfig config) {
        this(config, IoMode.pick());
    }

    TcpTransport(TransportConfig config, IoMode mode) {
        this.nodeId = config.nodeId();
        this.limits = config.limits();
        this.mode = mode;
        int threads = config.ioThreads() > 0 ? config.ioThreads()
                : Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("tcp-" + nodeId, true),
                mode.ioHandlerFactory());
        LOG.info("[{}] tcp transport: {}, {} I/O thread(s)", nodeId, mode.reason(), threads);
    }

    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public TransportLimits limits() {
        return limits;
    }

    /** Whether this transport uses native epoll (else Java NIO). */
    public boolean usesEpoll() {
        return mode == IoMode.EPOLL;
    }

    @Override
    public RegisteredBuffer allocate(int capacity) throws TransportException {
        if (capacity < 0) {
            throw new IllegalArgumentException("negative capacity " + capacity);
        }
        checkOpen();
        try {
            return registry.register(capacity);
        } catch (OutOfMemoryError e) {
            throw new TransportException("[" + nodeId + "] cannot allocate " + capacity + " bytes of direct memory: "
                    + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new TransportException("[" + nodeId + "] cannot allocate: " + e.getMessage(), e);
        }
    }

    @Override
    public Listener listen(InetSocketAddress address, EndpointHandler.Factory handlers) throws TransportException {
        checkOpen();
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(mode.serverChannel())
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        TcpEndpoint endpoint = new TcpEndpoint(TcpTransport.this, ch, (InetSocketAddress) ch.remoteAddress());
                        init(ch, endpoint, new Connection(endpoint, ch, null, handlers, null));
                    }
                });
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            throw new TransportException("[" + nodeId + "] cannot listen on " + address + ": " + bound.cause().getMessage(),
                    bound.cause());
        }
        TcpListener listener = new TcpListener(this, bound.channel());
        listeners.add(listener);
        if (closed.get()) {
            listener.close();
            throw new TransportException("[" + nodeId + "] the transport is closed");
        }
        LOG.debug("[{}] listening on {}", nodeId, listener.localAddress());
        return listener;
    }

    @Override
    public CompletableFuture<Endpoint> connect(InetSocketAddress address, EndpointHandler handler) {
        CompletableFuture<Endpoint> result = new CompletableFuture<>();
        if (closed.get()) {
            result.completeExceptionally(new TransportException("[" + nodeId + "] the transport is closed"));
            return result;
        }
        Bootstrap bootstrap = new Bootstrap().group(group).channel(mode.socketChannel())
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, limits.connectTimeoutMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.SO_KEEPALIVE, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel ch) {
                        TcpEndpoint endpoint = new TcpEndpoint(TcpTransport.this, ch, address);
                        init(ch, endpoint, new Connection(endpoint, ch, handler, null, result));
                    }
                });
        bootstrap.connect(address).addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                Throwable cause = f.cause();
                result.completeExceptionally(new TransportException("[" + nodeId + "] cannot connect to "
                        + address.getHostString() + ":" + address.getPort() + ": "
                        + (cause.getMessage() != null ? cause.getMessage() : cause.toString()), cause));
            }
        });
        return result;
    }

    /**
     * Closes every listener and endpoint (their pending operations fail, their handlers hear
     * {@code onClosed}), stops the I/O threads and releases every registration. Waits for all
     * that unless called on one of this transport's own I/O threads.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        boolean onOwnThread = onOwnThread();
        for (TcpListener l : listeners) {
            l.channel().close();
        }
        for (TcpEndpoint e : endpoints) {
            Connection c = e.connection();
            if (c != null) {
                c.closeLocally("the transport of " + nodeId + " is closing");
            }
        }
        var terminated = group.shutdownGracefully(0, 5, TimeUnit.SECONDS);
        if (!onOwnThread) {
            terminated.awaitUninterruptibly(15, TimeUnit.SECONDS);
        }
        registry.closeAll();
        LOG.debug("[{}] tcp transport closed", nodeId);
    }

    String nodeId() {
        return nodeId;
    }

    MemoryRegistry registry() {
        return registry;
    }

    /** Open endpoints (connected or accepted, handshake done or not). */
    int endpointCount() {
        return endpoints.size();
    }

    void forget(TcpEndpoint endpoint) {
        endpoints.remove(endpoint);
    }

    void forget(TcpListener listener) {
        listeners.remove(listener);
    }

    private void init(Channel ch, TcpEndpoint endpoint, Connection connection) {
        endpoints.add(endpoint);
        ch.pipeline().addLast("frames", new FrameDecoder(FrameLimits.of(limits))).addLast("connection", connection);
        if (closed.get()) {
            connection.closeLocally("the transport of " + nodeId + " is closing");
        }
    }

    private boolean onOwnThread() {
        for (EventExecutor e : group) {
            if (e.inEventLoop()) {
                return true;
            }
        }
        return false;
    }

    private void checkOpen() throws TransportException {
        if (closed.get()) {
            throw new TransportException("[" + nodeId + "] the transport is closed");
        }
    }
}
