package org.borealis.transport.tcp.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every frame type through the decoder, and every way a header can be refused, without sockets. */
@ExtendWith(NettyLeakCheck.class)
class FrameCodecTest {

    private static final FrameLimits LIMITS = new FrameLimits(4096, 8192);
    private final ByteBufAllocator alloc = UnpooledByteBufAllocator.DEFAULT;
    private final FrameCrc crc = new FrameCrc();
    private final DecoderHarness h = new DecoderHarness(LIMITS);

    @AfterEach
    void released() {
        h.finishAndCheckReleased();
    }

    private ByteBuf only() {
        assertThat(h.errors).isEmpty();
        assertThat(h.frames).hasSize(1);
        return h.frames.get(0);
    }

    @Test
    void helloRoundTrip() {
        Hello hello = new Hello(1, 3, 4096, 8192, 256, "storage-1 ünïcode");
        h.feed(HelloFrame.encode(alloc, crc, hello));
        ByteBuf f = only();
        assertThat(FrameHeader.type(f)).isEqualTo(FrameType.HELLO);
        assertThat(FrameHeader.requestId(f)).isZero();
        assertThat(HelloFrame.decode(f)).isEqualTo(hello);
    }

    @Test
    void helloTruncatesALongNodeIdToTheFormatsLimit() {
        h.feed(HelloFrame.encode(alloc, crc, new Hello(1, 1, 64, 64, 1, "n".repeat(400))));
        assertThat(HelloFrame.decode(only()).nodeId()).hasSize(255);
    }

    @Test
    void helloWithBadFieldsIsRefusedOnDecode() {
        h.feed(HelloFrame.encode(alloc, crc, new Hello(2, 1, 64, 64, 1, "x")));
        h.feed(HelloFrame.encode(alloc, crc, new Hello(1, 1, 64, 64, 0, "x")));
        assertThat(h.frames).hasSize(2);
        assertThatThrownBy(() -> HelloFrame.decode(h.frames.get(0))).isInstanceOf(FrameException.class)
                .hasMessageContaining("version range");
        assertThatThrownBy(() -> HelloFrame.decode(h.frames.get(1))).isInstanceOf(FrameException.class)
                .hasMessageContaining("outstanding");
    }

    @Test
    void sendRoundTripLeavesTheMessagePositionAlone() {
        ByteBuffer message = ByteBuffer.wrap("hello, storage".getBytes(StandardCharsets.UTF_8));
        message.position(7);
        h.feed(SendFrame.encode(alloc, crc, 42, message));
        assertThat(message.position()).isEqualTo(7);
        ByteBuf f = only();
        assertThat(FrameHeader.type(f)).isEqualTo(FrameType.SEND);
        assertThat(FrameHeader.requestId(f)).isEqualTo(42);
        assertThat(f.toString(SendFrame.messageIndex(f), SendFrame.messageLength(f), StandardCharsets.UTF_8))
                .isEqualTo("storage");
    }

    @Test
    void emptySendRoundTrip() {
        h.feed(SendFrame.encode(alloc, crc, 1, ByteBuffer.allocate(0)));
        assertThat(SendFrame.messageLength(only())).isZero();
    }

    @Test
    void readRequestAndResponseRoundTrip() {
        h.feed(ReadRequestFrame.encode(alloc, crc, 7, 0x1234_5678_9000L, 0xCAFEBABE, 8192));
        ByteBuffer memory = ByteBuffer.allocateDirect(100);
        for (int i = 0; i < 100; i++) {
            memory.put(i, (byte) i);
        }
        h.feed(ReadResponseFrame.encode(alloc, crc, 7, memory, 10, 20));
        assertThat(h.errors).isEmpty();
        ByteBuf req = h.frames.get(0);
        assertThat(ReadRequestFrame.address(req)).isEqualTo(0x1234_5678_9000L);
        assertThat(ReadRequestFrame.key(req)).isEqualTo(0xCAFEBABE);
        assertThat(ReadRequestFrame.length(req)).isEqualTo(8192);
        ByteBuf resp = h.frames.get(1);
        assertThat(FrameHeader.type(resp)).isEqualTo(FrameType.READ_RESPONSE);
        assertThat(ReadResponseFrame.dataLength(resp)).isEqualTo(20);
        for (int i = 0; i < 20; i++) {
            assertThat(resp.getByte(ReadResponseFrame.dataIndex(resp) + i)).isEqualTo((byte) (10 + i));
        }
        assertThat(memory.position()).isZero();
    }

    @Test
    void writeRequestRoundTrip() {
        ByteBuffer src = ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5});
        h.feed(WriteRequestFrame.encode(alloc, crc, 9, 4096, 77, src, 1, 3));
        ByteBuf f = only();
        assertThat(WriteRequestFrame.address(f)).isEqualTo(4096);
        assertThat(WriteRequestFrame.key(f)).isEqualTo(77);
        assertThat(WriteRequestFrame.dataLength(f)).isEqualTo(3);
        assertThat(f.getByte(WriteRequestFrame.dataIndex(f))).isEqualTo((byte) 2);
    }

    @Test
    void ackAndErrorRoundTrip() {
        h.feed(AckFrame.encode(alloc, crc, 123));
        h.feed(ErrorFrame.encode(alloc, crc, 5, ErrorFrame.OUT_OF_RANGE, "x".repeat(5000)));
        assertThat(h.errors).isEmpty();
        assertThat(FrameHeader.requestId(h.frames.get(0))).isEqualTo(123);
        ByteBuf err = h.frames.get(1);
        assertThat(ErrorFrame.code(err)).isEqualTo(ErrorFrame.OUT_OF_RANGE);
        assertThat(ErrorFrame.reason(err)).hasSize(1024);
    }

    @Test
    void framesSplitAtEveryByteAndJoinedDecodeTheSame() {
        byte[] a = DecoderHarness.toBytes(SendFrame.encode(alloc, crc, 1, ByteBuffer.wrap(new byte[300])));
        byte[] b = DecoderHarness.toBytes(AckFrame.encode(alloc, crc, 1));
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        for (int i = 0; i < both.length; i++) {
            h.feed(both, i, i + 1);
        }
        h.feed(both);
        assertThat(h.errors).isEmpty();
        assertThat(h.frames).hasSize(4);
        assertThat(DecoderHarness.bytesOf(h.frames.get(0))).isEqualTo(a);
        assertThat(DecoderHarness.bytesOf(h.frames.get(1))).isEqualTo(b);
        assertThat(DecoderHarness.bytesOf(h.frames.get(2))).isEqualTo(a);
        assertThat(DecoderHarness.bytesOf(h.frames.get(3))).isEqualTo(b);
    }

    // ---- refusals -------------------------------------------------------------------------

    private byte[] goodSend() {
        return DecoderHarness.toBytes(SendFrame.encode(alloc, crc, 1, ByteBuffer.wrap(new byte[] {1, 2, 3})));
    }

    @Test
    void badMagicIsRefused() {
        byte[] f = goodSend();
        f[0] = 0x12;
        h.feed(f);
        assertThat(h.onlyError()).hasMessageContaining("bad magic 0x12");
        assertThat(h.frames).isEmpty();
    }

    @Test
    void otherVersionIsRefused() {
        byte[] f = goodSend();
        f[2] = 2;
        h.feed(f);
        assertThat(h.onlyError()).hasMessageContaining("unsupported frame version 2");
    }

    @Test
    void unknownTypeIsRefused() {
        byte[] f = goodSend();
        f[3] = 99;
        h.feed(f);
        assertThat(h.onlyError()).hasMessageContaining("unknown frame type 99");
    }

    @Test
    void badCrcIsRefused() {
        byte[] f = goodSend();
        f[f.length - 1] ^= 0x40;
        h.feed(f);
        assertThat(h.onlyError()).hasMessageContaining("bad CRC32C");
    }

    @Test
    void corruptRequestIdIsCaughtByTheCrc() {
        byte[] f = goodSend();
        f[8] ^= 1;
        h.feed(f);
        assertThat(h.onlyError()).hasMessageContaining("bad CRC32C");
    }

    @Test
    void lengthAboveTheLimitIsRefusedFromTheHeaderAlone() {
        byte[] header = new byte[FrameHeader.SIZE];
        ByteBuffer.wrap(header).putShort((short) FrameHeader.MAGIC).put((byte) 1).put((byte) FrameType.SEND.code())
                .putLong(1).putInt(0x7FFF_FFF0);
        h.feed(header); // no payload follows: refused without waiting for (or buffering) it
        assertThat(h.onlyError()).hasMessageContaining("SEND frame with a payload of 2147483632 bytes");
    }

    @Test
    void unsignedLengthIsNotMistakenForSmall() {
        byte[] header = new byte[FrameHeader.SIZE];
        ByteBuffer.wrap(header).putShort((short) FrameHeader.MAGIC).put((byte) 1).put((byte) FrameType.SEND.code())
                .putLong(1).putInt(-1);
        h.feed(header);
        assertThat(h.onlyError()).hasMessageContaining("4294967295 bytes");
    }

    @Test
    void fixedSizeTypesRefuseOtherLengths() {
        byte[] header = new byte[FrameHeader.SIZE];
        ByteBuffer.wrap(header).putShort((short) FrameHeader.MAGIC).put((byte) 1)
                .put((byte) FrameType.READ_REQUEST.code()).putLong(1).putInt(17);
        h.feed(header);
        assertThat(h.onlyError()).hasMessageContaining("READ_REQUEST frame with a payload of 17 bytes");
    }

    @Test
    void oneSidedDataAboveTheLimitIsRefused() {
        byte[] header = new byte[FrameHeader.SIZE];
        ByteBuffer.wrap(header).putShort((short) FrameHeader.MAGIC).put((byte) 1)
                .put((byte) FrameType.READ_RESPONSE.code()).putLong(1).putInt(LIMITS.maxOneSidedSize() + 1);
        h.feed(header);
        assertThat(h.onlyError()).hasMessageContaining("READ_RESPONSE frame");
    }

    @Test
    void framesBeforeABadOneArePassedOnAndNothingAfterIt() {
        byte[] good = goodSend();
        byte[] bad = goodSend();
        bad[0] = 0;
        byte[] all = new byte[good.length * 3];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, good.length);
        System.arraycopy(good, 0, all, 2 * good.length, good.length);
        h.feed(all);
        h.feed(good);
        assertThat(h.frames).hasSize(1);
        assertThat(h.onlyError()).hasMessageContaining("bad magic");
    }
}
