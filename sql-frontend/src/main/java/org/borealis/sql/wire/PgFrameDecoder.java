package org.borealis.sql.wire;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits the byte stream into PostgreSQL messages and decodes each into a {@link FrontendMessage}.
 *
 * <pre>
 *   startup phase:  int32 length (incl. itself), int32 code, body    (no type byte)
 *   normal phase:   byte type, int32 length (incl. itself), body
 * </pre>
 *
 * The phase switches at the first StartupMessage; SSLRequest, GSSENCRequest and CancelRequest keep
 * it. A length is checked against the limit before any byte of the body is awaited, so a client
 * cannot make the server allocate from an untrusted length: cumulation grows only with bytes that
 * actually arrive, up to the limit. A violation is emitted as a {@link ProtocolException} message
 * (so it is handled in order after what came before it) and every later byte is discarded.
 *
 * <p>Runs on the channel's event loop.
 */
public final class PgFrameDecoder extends ByteToMessageDecoder {

    /** PostgreSQL's limit on a startup packet. */
    static final int MAX_STARTUP_LENGTH = 10_000;

    private final int maxMessageLength;
    private boolean startupPhase = true;
    private boolean failed;

    /** @param maxMessageLength largest accepted message length in bytes (the length field's value) */
    public PgFrameDecoder(int maxMessageLength) {
        this.maxMessageLength = maxMessageLength;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            if (startupPhase) {
                decodeStartup(in, out);
            } else {
                decodeTyped(in, out);
            }
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            out.add(e);
        }
    }

    private void decodeStartup(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        int len = in.getInt(in.readerIndex());
        if (len < 8 || len > MAX_STARTUP_LENGTH) {
            throw new ProtocolException("invalid length of startup packet");
        }
        if (in.readableBytes() < len) {
            return;
        }
        in.skipBytes(4);
        ByteBuf body = in.readSlice(len - 4);
        FrontendMessage m = FrontendMessages.startup(body);
        if (m instanceof StartupMessage) {
            startupPhase = false;
        } else if ((m instanceof SslRequest || m instanceof GssEncRequest) && in.isReadable()) {
            throw new ProtocolException("received unencrypted data after SSL request");
        }
        out.add(m);
    }

    private void decodeTyped(ByteBuf in, List<Object> out) {
        while (in.readableBytes() >= 5) {
            int start = in.readerIndex();
            byte type = in.getByte(start);
            int len = in.getInt(start + 1);
            if (len < 4) {
                throw new ProtocolException("invalid message length");
            }
            if (len > maxMessageLength) {
                throw new ProtocolException("invalid message length " + len + " (limit " + maxMessageLength + ")");
            }
            if (in.readableBytes() < 1 + len) {
                return;
            }
            in.skipBytes(5);
            ByteBuf body = in.readSlice(len - 4);
            out.add(FrontendMessages.typed(type, body));
        }
    }
}
