package org.borealis.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.transport.TestSupport.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.Listener;
import org.borealis.transport.Recorder;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TestSeed;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.tcp.wire.AckFrame;
import org.borealis.transport.tcp.wire.ErrorFrame;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.FrameType;
import org.borealis.transport.tcp.wire.HelloFrame;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;
import org.borealis.transport.tcp.wire.ReadRequestFrame;
import org.borealis.transport.tcp.wire.ReadResponseFrame;
import org.borealis.transport.tcp.wire.SendFrame;
import org.borealis.transport.tcp.wire.WriteRequestFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input from a peer over a real socket: each case must close only that connection, telling the
 * peer why in an ERROR frame, or (one-sided access outside a registration or with a wrong key)
 * refuse only that request. A well-behaved connection to the same server keeps working throughout.
 */
@ExtendWith(NettyLeakCheck.class)
class TcpBadInputTest {

    private static final TransportLimits LIMITS = new TransportLimits(64 * 1024, 64 * 1024, 8, 1000);
    private static final int MAGIC = FrameHeader.MAGIC;

    private final List<Recorder> accepted = new CopyOnWriteArrayList<>();
    private TcpTransport server;
    private TcpTransport client;
    private Listener listener;
    private Endpoint good;
    private RegisteredBuffer memory;

    @BeforeEach
    void start() throws Exception {
        server = new TcpTransport(new TransportConfig(TransportKind.TCP, LIMITS, 1, "server"));
        client = new TcpTransport(new TransportConfig(TransportKind.TCP, LIMITS, 1, "client"));
        listener = server.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), ep -> {
            Recorder r = new Recorder();
            accepted.add(r);
            return r;
        });
        good = await(client.connect(listener.localAddress(), new Recorder()));
        memory = server.allocate(4096);
        for (int i = 0; i < 4096; i++) {
            memory.buffer().put(i, (byte) i);
        }
    }

    @AfterEach
    void goodConnectionStillWorks() throws Exception {
        try {
            Recorder sender = new Recorder();
            assertThat(good.send(ByteBuffer.wrap("still here".getBytes(StandardCharsets.UTF_8)), sender, 1)).isTrue();
            assertThat(new String(accepted.get(0).nextMessage(), StandardCharsets.UTF_8)).isEqualTo("still here");
            assertThat(sender.next().ok()).isTrue();
            assertThat(good.isOpen()).isTrue();
        } finally {
            client.close();
            server.close();
        }
    }

    private RawPeer raw() throws Exception {
        return new RawPeer(listener.localAddress());
    }

    /** The server closed the connection after an ERROR frame whose reason contains {@code fragment}. */
    private static void assertClosedWith(RawPeer peer, String fragment) throws Exception {
        RawPeer.Frame last = peer.readUntilClosed();
        assertThat(last).as("the ERROR frame before the close").isNotNull();
        assertThat(last.type()).isEqualTo(FrameType.ERROR);
        assertThat(last.requestId()).isZero();
        assertThat(last.errorCode()).isEqualTo(ErrorFrame.CLOSING);
        assertThat(last.errorReason()).contains(fragment);
    }

    @Test
    void wrongMagic() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(RawPeer.header(0x1234, 1, FrameType.SEND.code(), 1, 0));
            assertClosedWith(p, "bad magic 0x1234");
        }
    }

    @Test
    void wrongVersion() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(RawPeer.header(MAGIC, 9, FrameType.SEND.code(), 1, 0));
            assertClosedWith(p, "unsupported frame version 9");
        }
    }

    @Test
    void badCrc() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            io.netty.buffer.ByteBuf f = SendFrame.encode(RawPeer.ALLOC, p.crc, 1, ByteBuffer.wrap(new byte[100]));
            f.setByte(f.writerIndex() - 1, 1);
            p.send(f);
            assertClosedWith(p, "bad CRC32C");
        }
    }

    @Test
    void lengthAboveTheLimitClosesWithoutWaitingForThePayload() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(RawPeer.header(MAGIC, 1, FrameType.SEND.code(), 1, 100 << 20));
            assertClosedWith(p, "SEND frame with a payload of 104857600 bytes");
        }
    }

    @Test
    void unknownType() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(RawPeer.header(MAGIC, 1, 42, 1, 0));
            assertClosedWith(p, "unknown frame type 42");
        }
    }

    @Test
    void frameBeforeTheHandshake() throws Exception {
        try (RawPeer p = raw()) {
            assertThat(p.read().type()).isEqualTo(FrameType.HELLO);
            p.send(SendFrame.encode(RawPeer.ALLOC, p.crc, 1, ByteBuffer.wrap(new byte[] {1})));
            assertClosedWith(p, "SEND frame before the handshake");
        }
        assertThat(accepted).as("no handler was made for it").hasSize(1);
    }

    @Test
    void noCommonVersion() throws Exception {
        try (RawPeer p = raw()) {
            p.send(HelloFrame.encode(RawPeer.ALLOC, p.crc, new Hello(2, 3, 1024, 1024, 8, "future")));
            assertClosedWith(p, "no wire version in common");
        }
    }

    @Test
    void silentPeerIsDisconnectedAfterTheConnectTimeout() throws Exception {
        try (RawPeer p = raw()) {
            assertThat(p.read().type()).isEqualTo(FrameType.HELLO);
            assertClosedWith(p, "no HELLO from the peer within 1000 ms");
        }
    }

    @Test
    void requestIdGap() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(SendFrame.encode(RawPeer.ALLOC, p.crc, 5, ByteBuffer.wrap(new byte[] {1})));
            assertClosedWith(p, "request id 5 after 0");
        }
        assertThat(await(accepted.get(1).closed)).isInstanceOf(ConnectionClosedException.class)
                .hasMessageContaining("raw-peer").hasMessageContaining("request id 5 after 0");
    }

    @Test
    void ackOfNothing() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(AckFrame.encode(RawPeer.ALLOC, p.crc, 1));
            assertClosedWith(p, "ACK of request 1 while no requests are pending");
        }
    }

    @Test
    void readResponseForNothing() throws Exception {
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(ReadResponseFrame.encode(RawPeer.ALLOC, p.crc, 3, ByteBuffer.allocate(8), 0, 8));
            assertClosedWith(p, "READ_RESPONSE for request 3");
        }
    }

    @Test
    void randomGarbage() throws Exception {
        TestSeed.run(seed -> {
            byte[] junk = new byte[5000];
            new Random(seed).nextBytes(junk);
            junk[0] = 0x00; // not the magic
            try (RawPeer p = raw()) {
                p.handshake();
                p.send(junk);
                assertClosedWith(p, "bad magic");
            }
        });
    }

    /** The server answered request {@code id} with ERROR {@code code}, then ended the connection. */
    private static void assertRefusedThenClosed(RawPeer p, long id, int code) throws Exception {
        RawPeer.Frame refusal = p.read();
        assertThat(refusal.type()).isEqualTo(FrameType.ERROR);
        assertThat(refusal.requestId()).isEqualTo(id);
        assertThat(refusal.errorCode()).isEqualTo(code);
        assertThat(p.readUntilClosed()).as("nothing after the refusal").isNull();
    }

    @Test
    void goodOneSidedAccessesAreServedWithoutTheApplication() throws Exception {
        RemoteRegion r = memory.region();
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 1, r.address() + 100, r.key(), 16));
            RawPeer.Frame data = p.read();
            assertThat(data.type()).isEqualTo(FrameType.READ_RESPONSE);
            assertThat(data.requestId()).isEqualTo(1);
            assertThat(data.payload()).hasSize(16).startsWith((byte) 100, (byte) 101);
            p.send(WriteRequestFrame.encode(RawPeer.ALLOC, p.crc, 2, r.address(), r.key(),
                    ByteBuffer.wrap(new byte[] {9, 9, 9}), 0, 3));
            RawPeer.Frame ack = p.read();
            assertThat(ack.type()).isEqualTo(FrameType.ACK);
            assertThat(ack.requestId()).isEqualTo(2);
            assertThat(memory.buffer().get(0)).isEqualTo((byte) 9);
            assertThat(memory.buffer().get(3)).isEqualTo((byte) 3);
        }
        assertThat(accepted.get(1).messages).as("the server's application saw nothing").isEmpty();
    }

    @Test
    void readWithAnUnknownKeyIsRefusedAndTheConnectionEnds() throws Exception {
        RemoteRegion r = memory.region();
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 1, r.address(), r.key() + 1, 16));
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 2, r.address(), r.key(), 16)); // not served
            assertRefusedThenClosed(p, 1, ErrorFrame.UNKNOWN_KEY);
        }
        assertThat(await(accepted.get(1).closed)).hasMessageContaining("refused a one-sided read")
                .hasMessageContaining("UNKNOWN_KEY");
    }

    @Test
    void writeOutOfRangeIsRefusedStoresNothingAndTheConnectionEnds() throws Exception {
        RemoteRegion r = memory.region();
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(WriteRequestFrame.encode(RawPeer.ALLOC, p.crc, 1, r.address() + 4090, r.key(),
                    ByteBuffer.allocate(16), 0, 16));
            assertRefusedThenClosed(p, 1, ErrorFrame.OUT_OF_RANGE);
        }
        assertThat(memory.buffer().get(4090)).as("the refused write stored nothing").isEqualTo((byte) 4090);
    }

    @Test
    void anAddressThatOverflowsIsRefused() throws Exception {
        RemoteRegion r = memory.region();
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 1, Long.MAX_VALUE - 4, r.key(), 16));
            assertRefusedThenClosed(p, 1, ErrorFrame.OUT_OF_RANGE);
        }
    }

    @Test
    void aLengthAboveTheOneSidedLimitIsRefusedWithoutAllocating() throws Exception {
        RemoteRegion r = memory.region();
        try (RawPeer p = raw()) {
            p.handshake();
            p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, 1, r.address(), r.key(), -1)); // 4 GiB - 1
            assertRefusedThenClosed(p, 1, ErrorFrame.TOO_LARGE);
        }
    }

    @Test
    void peerThatDoesNotReadItsResponsesIsDisconnected() throws Exception {
        RegisteredBuffer served = server.allocate(64 * 1024);
        try (RawPeer p = raw()) {
            p.handshake();
            try {
                for (int i = 1; i <= 3000; i++) { // 3000 reads of 64 KiB, and not one response read
                    p.send(ReadRequestFrame.encode(RawPeer.ALLOC, p.crc, i, served.region().address(),
                            served.region().key(), 64 * 1024));
                }
            } catch (java.io.IOException closedMeanwhile) {
                // the server may hang up before all requests are written
            }
            assertThat(await(accepted.get(1).closed)).hasMessageContaining("does not read its responses");
        }
    }
}
