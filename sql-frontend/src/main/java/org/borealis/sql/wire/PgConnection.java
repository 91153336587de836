package org.borealis.sql.wire;

import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: the last handler of the pipeline. On the event loop it answers
 * SSLRequest ('S' and a TLS handshake, or 'N'), GSSENCRequest ('N') and CancelRequest, and queues
 * every other message for the connection's session thread (a virtual thread running
 * {@link ProtocolLoop}), so statements never run on an event loop. The queue applies back-pressure
 * by pausing reads when it grows.
 *
 * <pre>
 *   socket -> [SslHandler] -> PgFrameDecoder -> PgConnection --inbox--> ProtocolLoop (session thread)
 *   socket <------------------------------------ WireWriter <----------- ProtocolLoop
 * </pre>
 */
public final class PgConnection extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(PgConnection.class);
    private static final int PAUSE_AT = 256;
    static final Object CLOSED = new Object();

    private final PgServer server;
    private final LinkedBlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private volatile ChannelHandlerContext ctx;
    private volatile ProtocolLoop loop;
    private volatile WireWriter writer;
    private volatile boolean ssl;
    private volatile int secret;

    PgConnection(PgServer server) {
        this.server = server;
    }

    @Override
    public void channelActive(ChannelHandlerContext c) {
        this.ctx = c;
        c.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext c, Object msg) {
        if (msg instanceof SslRequest) {
            SslContext sslCtx = server.sslContext();
            if (sslCtx == null || ssl) {
                c.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'N'}));
            } else {
                c.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'S'}));
                c.pipeline().addFirst("tls", sslCtx.newHandler(c.alloc()));
                ssl = true;
            }
            return;
        }
        if (msg instanceof GssEncRequest) {
            c.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'N'}));
            return;
        }
        if (msg instanceof CancelRequest cr) {
            server.registry().cancel(cr.processId(), cr.secretKey());
            c.close();
            return;
        }
        if (loop == null) {
            writer = new WireWriter(c.channel());
            loop = new ProtocolLoop(server, this, writer);
            Thread.ofVirtual().name("pg-session-" + remoteAddress()).start(loop);
        }
        inbox.add(msg);
        if (inbox.size() >= PAUSE_AT) {
            c.channel().config().setAutoRead(false);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext c) {
        WireWriter w = writer;
        if (w != null) {
            w.writabilityChanged();
        }
        c.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext c) {
        inbox.add(CLOSED);
        c.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext c, Throwable cause) {
        LOG.debug("[{}] connection from {} failed: {}", server.config().nodeId(), remoteAddress(), cause.toString());
        c.close();
    }

    /** Next queued message for the session thread; null when the timeout passed first. */
    Object take(long timeoutMillis) throws InterruptedException {
        Object m = timeoutMillis > 0 ? inbox.poll(timeoutMillis, TimeUnit.MILLISECONDS) : inbox.take();
        if (m == CLOSED) {
            inbox.add(CLOSED);
        }
        if (inbox.size() < PAUSE_AT / 4 && ctx != null && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
        return m;
    }

    boolean isSsl() {
        return ssl || ctx.pipeline().get(SslHandler.class) != null;
    }

    InetSocketAddress remoteAddress() {
        return ctx == null ? null : (InetSocketAddress) ctx.channel().remoteAddress();
    }

    void close() {
        if (ctx != null) {
            ctx.channel().close();
        }
    }

    int secret() {
        return secret;
    }

    void setSecret(int s) {
        secret = s;
    }

    void cancelRunning() {
        ProtocolLoop l = loop;
        if (l != null) {
            l.cancel();
        }
    }
}
