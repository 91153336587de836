package org.borealis.sql.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.junit.jupiter.api.Test;

/** The frame decoder and backend encoders through Netty's EmbeddedChannel, no sockets. */
class PgFrameDecoderTest {

    private static ByteBuf startup() {
        byte[] body = "user\0bob\0database\0db\0options\0-c search_path=x\0\0".getBytes(StandardCharsets.UTF_8);
        return Unpooled.wrappedBuffer(ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).putInt(196608).put(body).array());
    }

    private static ByteBuf typed(char type, byte[] body) {
        return Unpooled.wrappedBuffer(ByteBuffer.allocate(5 + body.length).put((byte) type).putInt(4 + body.length).put(body).array());
    }

    @Test
    void decodesStartupThenTypedMessagesAcrossArbitrarySplits() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrameDecoder(1 << 20));
        ByteBuf all = Unpooled.buffer();
        all.writeBytes(startup());
        all.writeBytes(typed('Q', "select 1\0".getBytes(StandardCharsets.UTF_8)));
        all.writeBytes(typed('P', "s1\0select $1\0\0\1\0\0\0\27".getBytes(StandardCharsets.ISO_8859_1)));
        all.writeBytes(typed('E', "\0\0\0\0\5".getBytes(StandardCharsets.ISO_8859_1)));
        all.writeBytes(typed('S', new byte[0]));
        while (all.isReadable()) {
            ch.writeInbound(all.readRetainedSlice(Math.min(3, all.readableBytes())));
        }
        all.release();
        StartupMessage sm = ch.readInbound();
        assertThat(sm.parameters()).containsEntry("user", "bob").containsEntry("options", "-c search_path=x");
        assertThat(((QueryMessage) ch.readInbound()).sql()).isEqualTo("select 1");
        ParseMessage p = ch.readInbound();
        assertThat(p.name()).isEqualTo("s1");
        assertThat(p.paramTypes()).containsExactly(23);
        assertThat(((ExecuteMessage) ch.readInbound()).maxRows()).isEqualTo(5);
        assertThat((Object) ch.readInbound()).isInstanceOf(SyncMessage.class);
        assertThat(ch.finish()).isFalse();
    }

    @Test
    void sslAndCancelRequestsKeepTheStartupPhase() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrameDecoder(1 << 20));
        ch.writeInbound(Unpooled.wrappedBuffer(ByteBuffer.allocate(8).putInt(8).putInt(SslRequest.CODE).array()));
        assertThat((Object) ch.readInbound()).isInstanceOf(SslRequest.class);
        ch.writeInbound(Unpooled.wrappedBuffer(ByteBuffer.allocate(16).putInt(16).putInt(CancelRequest.CODE).putInt(7).putInt(9).array()));
        CancelRequest c = ch.readInbound();
        assertThat(c.processId()).isEqualTo(7);
        assertThat(c.secretKey()).isEqualTo(9);
        ch.writeInbound(startup());
        assertThat((Object) ch.readInbound()).isInstanceOf(StartupMessage.class);
        ch.finishAndReleaseAll();
    }

    @Test
    void anOverLongLengthFailsBeforeAnyBodyArrivesAndLaterBytesAreDropped() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgFrameDecoder(1024));
        ch.writeInbound(startup());
        ch.readInbound();
        ch.writeInbound(Unpooled.wrappedBuffer(ByteBuffer.allocate(5).put((byte) 'Q').putInt(1 << 30).array()));
        ProtocolException e = ch.readInbound();
        assertThat(e.state()).isEqualTo(SqlState.PROTOCOL_VIOLATION);
        assertThat(e.severity()).isEqualTo(SqlException.Severity.FATAL);
        ch.writeInbound(typed('Q', "select 1\0".getBytes(StandardCharsets.UTF_8)));
        assertThat((Object) ch.readInbound()).isNull();
        ch.finishAndReleaseAll();
    }

    @Test
    void invalidUtf8AndUnknownTypesAreProtocolViolations() {
        for (ByteBuf bad : new ByteBuf[] {typed('Q', new byte[] {'a', (byte) 0xFF, 0}), typed('!', new byte[0]),
                typed('Q', new byte[] {'a'}), typed('D', new byte[] {'X', 0})}) {
            EmbeddedChannel ch = new EmbeddedChannel(new PgFrameDecoder(1024));
            ch.writeInbound(startup());
            ch.readInbound();
            ch.writeInbound(bad);
            assertThat((Object) ch.readInbound()).isInstanceOf(ProtocolException.class);
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void encodersWriteTypeLengthAndFields() {
        ByteBuf out = Unpooled.buffer();
        new ReadyForQueryMessage('T').encode(out);
        assertThat(out.readByte()).isEqualTo((byte) 'Z');
        assertThat(out.readInt()).isEqualTo(5);
        assertThat(out.readByte()).isEqualTo((byte) 'T');
        ErrorResponseMessage.of(new SqlException(SqlState.SYNTAX_ERROR, "boom").withPosition(3)).encode(out);
        assertThat(out.readByte()).isEqualTo((byte) 'E');
        int len = out.readInt();
        String body = out.readCharSequence(len - 4, StandardCharsets.UTF_8).toString();
        assertThat(body).isEqualTo("SERROR\0VERROR\0C42601\0Mboom\0P3\0\0");
        out.release();
    }
}
