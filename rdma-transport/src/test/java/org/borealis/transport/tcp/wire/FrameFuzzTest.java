package org.borealis.transport.tcp.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.borealis.transport.TestSeed;
import org.borealis.transport.TestSupport;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Seeded randomised tests of the decoder: random frame streams split anywhere decode to exactly
 * the frames encoded; random bytes and mutated streams are refused with a {@link FrameException}
 * (or simply not completed), never yield a changed frame, never throw anything else, and leave
 * no buffer unreleased. A failure prints its seed; {@code -Dtest.seed=N} replays it.
 */
@ExtendWith(NettyLeakCheck.class)
class FrameFuzzTest {

    private static final FrameLimits LIMITS = new FrameLimits(4096, 8192);
    private static final ByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;

    @Test
    void randomFrameStreamsRoundTripHoweverTheyAreSplit() throws Exception {
        TestSeed.run(seed -> {
            Random rnd = new Random(seed);
            for (int round = 0; round < TestSupport.scaled(100); round++) {
                List<byte[]> frames = randomFrames(rnd, 1 + rnd.nextInt(30));
                DecoderHarness h = new DecoderHarness(LIMITS);
                feedInRandomChunks(h, concat(frames), rnd);
                assertThat(h.errors).as("round %d", round).isEmpty();
                assertPrefix(h, frames, round);
                assertThat(h.frames).as("round %d", round).hasSize(frames.size());
                h.finishAndCheckReleased();
            }
        });
    }

    @Test
    void randomBytesAreRefusedCleanly() throws Exception {
        TestSeed.run(seed -> {
            Random rnd = new Random(seed);
            for (int round = 0; round < TestSupport.scaled(200); round++) {
                byte[] garbage = new byte[rnd.nextInt(3000)];
                rnd.nextBytes(garbage);
                if (rnd.nextBoolean() && garbage.length >= FrameHeader.SIZE) {
                    // a plausible header, so the checks past magic, version and type run too
                    ByteBuffer.wrap(garbage).putShort((short) FrameHeader.MAGIC).put((byte) 1)
                            .put((byte) (1 + rnd.nextInt(7))).putLong(rnd.nextLong()).putInt(rnd.nextInt(300));
                }
                DecoderHarness h = new DecoderHarness(LIMITS);
                feedInRandomChunks(h, garbage, rnd);
                assertThat(h.errors.size()).as("round %d: errors", round).isLessThanOrEqualTo(1);
                h.errors.forEach(e -> assertThat(e).isInstanceOf(FrameException.class));
                assertThat(h.frames).as("round %d: frames out of random bytes", round).isEmpty();
                h.finishAndCheckReleased();
            }
        });
    }

    @Test
    void mutatedStreamsNeverYieldAChangedFrame() throws Exception {
        TestSeed.run(seed -> {
            Random rnd = new Random(seed);
            int refused = 0;
            int rounds = TestSupport.scaled(300);
            for (int round = 0; round < rounds; round++) {
                List<byte[]> frames = randomFrames(rnd, 1 + rnd.nextInt(10));
                byte[] stream = mutate(concat(frames), rnd);
                DecoderHarness h = new DecoderHarness(LIMITS);
                feedInRandomChunks(h, stream, rnd);
                assertThat(h.errors.size()).as("round %d: errors", round).isLessThanOrEqualTo(1);
                h.errors.forEach(e -> assertThat(e).isInstanceOf(FrameException.class));
                assertPrefix(h, frames, round);
                assertThat(h.frames.size()).as("round %d: the mutated frame got through", round)
                        .isLessThan(frames.size());
                refused += h.errors.size();
                h.finishAndCheckReleased();
            }
            assertThat(refused).as("mutations refused outright (the rest were cut short)").isGreaterThan(rounds / 2);
        });
    }

    private static void assertPrefix(DecoderHarness h, List<byte[]> frames, int round) {
        for (int i = 0; i < h.frames.size(); i++) {
            byte[] got = DecoderHarness.bytesOf(h.frames.get(i));
            if (!Arrays.equals(got, frames.get(i))) {
                throw new AssertionError("round " + round + ": frame " + i + " decoded differently from what was encoded");
            }
        }
    }

    private static byte[] mutate(byte[] stream, Random rnd) {
        int at = rnd.nextInt(stream.length);
        return switch (rnd.nextInt(4)) {
            case 0 -> { // flip one to three bits near each other
                byte[] s = stream.clone();
                for (int n = 1 + rnd.nextInt(3), i = 0; i < n; i++) {
                    int p = Math.min(s.length - 1, at + rnd.nextInt(4));
                    s[p] ^= (byte) (1 << rnd.nextInt(8));
                }
                if (Arrays.equals(s, stream)) { // two flips of one bit cancelled out
                    s[at] ^= 1;
                }
                yield s;
            }
            case 1 -> { // replace a byte with a different one
                byte[] s = stream.clone();
                s[at] ^= (byte) (1 + rnd.nextInt(255));
                yield s;
            }
            case 2 -> { // lose a byte
                byte[] s = new byte[stream.length - 1];
                System.arraycopy(stream, 0, s, 0, at);
                System.arraycopy(stream, at + 1, s, at, stream.length - at - 1);
                yield s;
            }
            default -> Arrays.copyOf(stream, at); // cut short
        };
    }

    static List<byte[]> randomFrames(Random rnd, int n) {
        FrameCrc crc = new FrameCrc();
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = rnd.nextLong();
            ByteBuf f = switch (rnd.nextInt(7)) {
                case 0 -> HelloFrame.encode(ALLOC, crc, new Hello(1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(1 << 20),
                        1 + rnd.nextInt(1 << 20), 1 + rnd.nextInt(65_536), "node-" + rnd.nextInt(1000)));
                case 1 -> SendFrame.encode(ALLOC, crc, id, ByteBuffer.wrap(randomBytes(rnd, LIMITS.maxMessageSize())));
                case 2 -> ReadRequestFrame.encode(ALLOC, crc, id, rnd.nextLong(), rnd.nextInt(), rnd.nextInt());
                case 3 -> {
                    byte[] data = randomBytes(rnd, LIMITS.maxOneSidedSize());
                    yield ReadResponseFrame.encode(ALLOC, crc, id, ByteBuffer.wrap(data), 0, data.length);
                }
                case 4 -> {
                    byte[] data = randomBytes(rnd, LIMITS.maxOneSidedSize());
                    yield WriteRequestFrame.encode(ALLOC, crc, id, rnd.nextLong(), rnd.nextInt(), ByteBuffer.wrap(data),
                            0, data.length);
                }
                case 5 -> AckFrame.encode(ALLOC, crc, id);
                default -> ErrorFrame.encode(ALLOC, crc, id, rnd.nextInt(5), "reason " + rnd.nextInt());
            };
            out.add(DecoderHarness.toBytes(f));
        }
        return out;
    }

    /** Mostly short, sometimes the maximum. */
    private static byte[] randomBytes(Random rnd, int max) {
        int length = rnd.nextInt(12) == 0 ? max : rnd.nextInt(Math.min(max, 300) + 1);
        byte[] b = new byte[length];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static void feedInRandomChunks(DecoderHarness h, byte[] stream, Random rnd) {
        int at = 0;
        while (at < stream.length) {
            int n = 1 + rnd.nextInt(rnd.nextInt(4) == 0 ? 16 : stream.length - at);
            n = Math.min(n, stream.length - at);
            h.feed(stream, at, at + n);
            at += n;
        }
    }
}
