package org.borealis.transport.tcp.wire;

import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Splits the byte stream into frames and checks each one: magic, version, type and length from the
 * header alone (so a length above the limits is refused before its payload is buffered), then the
 * CRC once the whole frame is in. Emits each good frame as a retained slice (header included) that
 * the next handler must release.
 *
 * <p>The first bad frame ends decoding for good: the decoder discards everything after it and
 * fires one {@link FrameException} saying what was wrong; the handler after it closes the
 * connection. Frames decoded before the bad one are still passed on, in order.
 *
 * <p>One instance per channel (it keeps state); runs on that channel's I/O thread.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

    private final FrameLimits limits;
    private final FrameCrc crc = new FrameCrc();
    private boolean failed;

    public FrameDecoder(FrameLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        if (in.readableBytes() < FrameHeader.SIZE) {
            return;
        }
        int start = in.readerIndex();
        String problem = FrameHeader.check(in, start, limits);
        if (problem != null) {
            fail(ctx, in, problem);
            return;
        }
        int length = in.getInt(start + FrameHeader.LENGTH_OFFSET);
        if (in.readableBytes() < FrameHeader.SIZE + length) {
            return;
        }
        int expected = in.getInt(start + FrameHeader.CRC_OFFSET);
        int actual = crc.compute(in, start, length);
        if (expected != actual) {
            fail(ctx, in, String.format("bad CRC32C in a %s frame of %d bytes: header says %08x, content gives %08x",
                    FrameType.of(in.getUnsignedByte(start + FrameHeader.TYPE_OFFSET)), length, expected, actual));
            return;
        }
        out.add(in.readRetainedSlice(FrameHeader.SIZE + length));
    }

    private void fail(ChannelHandlerContext ctx, ByteBuf in, String problem) {
        failed = true;
        in.skipBytes(in.readableBytes());
        ctx.fireExceptionCaught(new FrameException(problem));
    }
}
