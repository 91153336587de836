package org.borealis.fabric.admin;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Admin HTTP of one node on one small event loop: {@code GET /metrics} answers Prometheus text
 * exposition of the node's registry; {@code GET /health} answers JSON with every registered
 * {@link Health} check, 200 when all are up and 503 otherwise. Anything else is 404 (405 for other
 * methods). Request bodies are capped at 8 KiB. Scrapes run on the admin thread, never on a node's
 * I/O threads.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

    private final String nodeId;
    private final PrometheusMeterRegistry registry;
    private final Map<String, Supplier<Health>> checks = new ConcurrentSkipListMap<>();
    private final EventLoopGroup group;
    private final Channel channel;

    public AdminServer(String nodeId, InetSocketAddress listen, PrometheusMeterRegistry registry)
            throws InterruptedException {
        this.nodeId = nodeId;
        this.registry = registry;
        this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(nodeId + "-admin", true),
                NioIoHandler.newFactory());
        try {
            this.channel = new ServerBootstrap()
                    .group(group)
                    .channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(8192), new Handler());
                        }
                    })
                    .bind(listen).sync().channel();
        } catch (RuntimeException | InterruptedException e) {
            group.shutdownGracefully();
            throw e;
        }
        LOG.info("[{}] admin HTTP on http://{}:{}/ (metrics, health)", nodeId,
                localAddress().getHostString(), localAddress().getPort());
    }

    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /** Adds (or replaces) a named check shown at {@code /health}. */
    public void addHealthCheck(String name, Supplier<Health> check) {
        checks.put(name, check);
    }

    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).awaitUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest> {

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
            String path = req.uri();
            int q = path.indexOf('?');
            if (q >= 0) {
                path = path.substring(0, q);
            }
            FullHttpResponse resp;
            if (!req.method().equals(HttpMethod.GET) && !req.method().equals(HttpMethod.HEAD)) {
                resp = text(HttpResponseStatus.METHOD_NOT_ALLOWED, "text/plain", "only GET\n");
            } else if (path.equals("/metrics")) {
                resp = text(HttpResponseStatus.OK, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
            } else if (path.equals("/health")) {
                resp = health();
            } else {
                resp = text(HttpResponseStatus.NOT_FOUND, "text/plain", "not found; try /metrics or /health\n");
            }
            ctx.writeAndFlush(resp).addListener(ChannelFutureListener.CLOSE);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("[{}] admin connection failed: {}", nodeId, cause.toString());
            ctx.close();
        }
    }

    private FullHttpResponse health() {
        StringBuilder json = new StringBuilder("{\"node\":").append(Json.quote(nodeId)).append(",\"checks\":{");
        boolean allUp = true;
        boolean first = true;
        for (Map.Entry<String, Supplier<Health>> e : checks.entrySet()) {
            Health h;
            try {
                h = e.getValue().get();
            } catch (RuntimeException ex) {
                h = Health.down("check failed: " + ex);
            }
            allUp &= h.up();
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append(Json.quote(e.getKey())).append(":{\"status\":").append(h.up() ? "\"up\"" : "\"down\"");
            for (Map.Entry<String, Object> d : h.details().entrySet()) {
                json.append(',').append(Json.quote(d.getKey())).append(':').append(Json.value(d.getValue()));
            }
            json.append('}');
        }
        json.append("},\"status\":").append(allUp ? "\"up\"" : "\"down\"").append("}\n");
        return text(allUp ? HttpResponseStatus.OK : HttpResponseStatus.SERVICE_UNAVAILABLE, "application/json",
                json.toString());
    }

    private static FullHttpResponse text(HttpResponseStatus status, String type, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
        r.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
        // one request per connection: say so, or clients reuse a connection this side has closed
        r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        return r;
    }
}
