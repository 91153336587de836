package org.borealis.sql.wire;

import java.io.File;
import java.net.InetSocketAddress;
import java.util.Optional;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.borealis.sql.auth.Authenticator;
import org.borealis.sql.auth.RoleCredentials;
import org.borealis.sql.session.Storage;
import org.borealis.sql.session.StorageSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL protocol v3 server of a compute node: a Netty listener whose pipeline per
 * connection is {@code [tls] -> PgFrameDecoder -> PgConnection}. Sessions run on virtual threads;
 * event loops only decode and encode. Bad input from one client closes that client only.
 */
public final class PgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PgServer.class);

    private final WireConfig config;
    private final Storage storage;
    private final ConnectionRegistry registry;
    private final Authenticator authenticator;
    private final SslContext sslContext;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private Channel listener;

    public PgServer(WireConfig config, Storage storage) {
        this.config = config;
        this.storage = storage;
        this.registry = new ConnectionRegistry(config.maxConnections());
        this.authenticator = new Authenticator(config.hba(), this::role);
        this.sslContext = loadTls(config);
    }

    private static SslContext loadTls(WireConfig c) {
        if (c.tlsCertificate() == null || c.tlsKey() == null) {
            return null;
        }
        try {
            return SslContextBuilder.forServer(new File(c.tlsCertificate().toString()), new File(c.tlsKey().toString())).build();
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot load TLS certificate " + c.tlsCertificate() + " / key " + c.tlsKey()
                    + ": " + e.getMessage(), e);
        }
    }

    private Optional<RoleCredentials> role(String name) {
        return storage == null ? Optional.of(new RoleCredentials(name, true, true, null)) : storage.role(name);
    }

    /** Binds and starts accepting; returns the bound port. */
    public int start() throws InterruptedException {
        boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        workers = new MultiThreadIoEventLoopGroup(Math.max(2, Runtime.getRuntime().availableProcessors()), NioIoHandler.newFactory());
        ServerBootstrap b = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 512)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("frames", new PgFrameDecoder(config.maxMessageLength()));
                        ch.pipeline().addLast("protocol", new PgConnection(PgServer.this));
                    }
                });
        listener = b.bind(new InetSocketAddress(config.host(), config.port())).sync().channel();
        int port = ((InetSocketAddress) listener.localAddress()).getPort();
        LOG.info("[{}] PostgreSQL protocol listening on {}:{}{}", config.nodeId(), config.host(), port,
                sslContext != null ? " (TLS available)" : "");
        return port;
    }

    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    WireConfig config() {
        return config;
    }

    ConnectionRegistry registry() {
        return registry;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    SslContext sslContext() {
        return sslContext;
    }

    String databaseName() {
        return storage == null ? "postgres" : storage.databaseName();
    }

    StorageSession openStorageSession() {
        return storage == null ? null : storage.openSession();
    }

    /** Sessions currently connected. */
    public int activeSessions() {
        return registry.active();
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        if (workers != null) {
            workers.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
        if (boss != null) {
            boss.shutdownGracefully(0, 2, java.util.concurrent.TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
