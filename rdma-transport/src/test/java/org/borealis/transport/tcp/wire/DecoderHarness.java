package org.borealis.transport.tcp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * A {@link FrameDecoder} in an {@link EmbeddedChannel}, with a handler after it that keeps what it
 * emits and every exception it fires. Tracks every input buffer so {@link #finishAndCheckReleased}
 * can prove the decoder released them all (and the test every frame).
 */
final class DecoderHarness {

    final List<ByteBuf> frames = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    private final List<ByteBuf> inputs = new ArrayList<>();
    private final EmbeddedChannel channel;

    DecoderHarness(FrameLimits limits) {
        channel = new EmbeddedChannel(new FrameDecoder(limits), new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                frames.add((ByteBuf) msg);
            }

            @Override
            public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                errors.add(cause);
            }
        });
    }

    /** Feeds {@code bytes[from, to)} as one read. */
    void feed(byte[] bytes, int from, int to) {
        ByteBuf in = Unpooled.buffer(to - from);
        in.writeBytes(bytes, from, to - from);
        inputs.add(in);
        channel.writeInbound(in);
    }

    void feed(byte[] bytes) {
        feed(bytes, 0, bytes.length);
    }

    /** Feeds an encoded frame (copied, then released). */
    void feed(ByteBuf frame) {
        byte[] b = toBytes(frame);
        feed(b);
    }

    /** The bytes of an encoded frame; releases it. */
    static byte[] toBytes(ByteBuf frame) {
        byte[] b = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), b);
        frame.release();
        return b;
    }

    /** The bytes of a decoded frame, without releasing it. */
    static byte[] bytesOf(ByteBuf frame) {
        byte[] b = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), b);
        return b;
    }

    /** The one error fired, which must be a {@link FrameException}. */
    FrameException onlyError() {
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).isInstanceOf(FrameException.class);
        return (FrameException) errors.get(0);
    }

    /** Releases the decoded frames, closes the channel, and checks nothing is left unreleased. */
    void finishAndCheckReleased() {
        for (ByteBuf f : frames) {
            f.release();
        }
        channel.finishAndReleaseAll();
        for (int i = 0; i < inputs.size(); i++) {
            assertThat(inputs.get(i).refCnt()).as("reference count of input buffer %d", i).isZero();
        }
    }
}
