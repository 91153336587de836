package org.borealis.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.borealis.transport.Listener;
import org.borealis.transport.NettyLeakCheck;
import org.borealis.transport.Recorder;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.tcp.wire.FrameType;
import org.borealis.transport.tcp.wire.ReadRequestFrame;
import org.borealis.transport.tcp.wire.SendFrame;
import org.borealis.transport.tcp.wire.WriteRequestFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When the ACK of a peer's one-sided writes leaves: with what this side writes next, after half the
 * agreed window of writes, or on its own after the ACK delay. The rules that need the ACK to ride
 * along run with a delay of ten minutes, so an ACK seen within the test can only have ridden along.
 */
@ExtendWith(NettyLeakCheck.class)
class TcpWriteAckTest {

    private static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 64, 1000);

    private TcpTransport server;
    private Listener listener;
    private RegisteredBuffer memory;
    private final List<Recorder> accepted = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new TcpTransport(new TransportConfig(TransportKind.TCP, LIMITS, 1, "server"));
        // the server's application answers each message with the same bytes
        listener = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ep -> {
            Recorder r = new Recorder();
            r.onMessageHook = m -> {
                ByteBuffer copy = ByteBuffer.allocate(m.remaining()).put(m.duplicate()).flip();
                ep.send(copy, r, 1);
            };
            synchronized (accepted) {
                accepted.add(r);
            }
            return r;
        });
        memory = server.allocate(4096);
    }

    @AfterEach
    void stop() {
        System.clearProperty(Connection.ACK_DELAY_PROPERTY);
        memory.close();
        listener.close();
        server.close();
    }

    private RawPeer peer(long ackDelayMicros) throws Exception {
        System.setProperty(Connection.ACK_DELAY_PROPERTY, Long.toString(ackDelayMicros));
        RawPeer p = new RawPeer(listener.localAddress());
        assertThat(p.handshake().type()).isEqualTo(FrameType.HELLO);
        return p;
    }

    private void write(RawPeer p, long id, int offset, byte value) throws Exception {
        RemoteRegion r = memory.region();
        p.send(WriteRequestFrame.encode(RawPeer.ALLOC, p.crc, id, r.address() + offset, r.key(),
                ByteBuffer.wrap(new byte[] {value}), 0, 1));
    }

    @Test
    void aLoneWriteIsAcknowledgedAfterTheDelay() throws Exception {
        try (RawPeer p = peer(200)) {
            write(p, 1, 7, (byte) 42);
            RawPeer.Frame ack = p.read();
            assertThat(ack.type()).isEqualTo(FrameType.ACK);
            assertThat(ack.requestId()).isEqualTo(1);
            assertThat(memory.buffer().get(7)).isEqualTo((byte) 42);
        }
    }

    @Test
    void theAckRidesAlongWithTheApplicationsReply() throws Exception {
        try (RawPeer p = peer(600_000_000L)) {
            write(p, 1, 0, (byte) 1);
            write(p, 2, 1, (byte) 2);
            // let the writes be read as batches of their own: acknowledging at the end of a read
            // batch would send the ACK now, before the reply below
            Thread.sleep(100);
            p.send(SendFrame.encode(RawPeer.ALLOC, p.crc, 3, ByteBuffer.wrap(new byte[] {5, 6, 7})));
            RawPeer.Frame reply = p.read();
            assertThat(reply.type()).as("the reply comes first, the ACK behind it").isEqualTo(FrameType.SEND);
            assertThat(reply.payload()).endsWith((byte) 5, (byte) 6, (byte) 7);
            RawPeer.Frame ack = p.read();
            assertThat(ack.type()).isEqualTo(FrameType.ACK);
            assertThat(ack.requestId()).as("one cumulative ACK for both writes").isEqualTo(2);
            assertThat(memory.buffer().get(0)).isEqualTo((byte) 1);
            assertThat(memory.buffer().get(1)).isEqualTo((byte) 2);
        }
    }

    @Test
    void aReadIsAnsweredBehindThePendingAck() throws Exception {
        try (RawPeer p = peer(600_000_000L)) {
            write(p, 1, 100, (byte) 9);
            RemoteRegion r = memory.region();
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 2, r.address() + 100, r.key(), 1));
            RawPeer.Frame ack = p.read();
            assertThat(ack.type()).isEqualTo(FrameType.ACK);
            assertThat(ack.requestId()).isEqualTo(1);
            RawPeer.Frame data = p.read();
            assertThat(data.type()).isEqualTo(FrameType.READ_RESPONSE);
            assertThat(data.payload()).containsExactly((byte) 9);
        }
    }

    @Test
    void halfTheWindowOfWritesIsAcknowledgedAtOnce() throws Exception {
        try (RawPeer p = peer(600_000_000L)) {
            // the raw peer offers a window of 256, the server 64: agreed 64, so every 16 writes at most
            for (int i = 1; i <= Connection.MAX_ACK_EVERY; i++) {
                write(p, i, i, (byte) i);
            }
            RawPeer.Frame ack = p.read();
            assertThat(ack.type()).isEqualTo(FrameType.ACK);
            assertThat(ack.requestId()).isGreaterThanOrEqualTo(Connection.MAX_ACK_EVERY);
        }
    }
}
