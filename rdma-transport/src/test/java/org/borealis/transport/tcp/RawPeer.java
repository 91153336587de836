package org.borealis.transport.tcp;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import org.borealis.transport.TestSupport;
import org.borealis.transport.tcp.wire.FrameCrc;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.FrameType;
import org.borealis.transport.tcp.wire.HelloFrame;
import org.borealis.transport.tcp.wire.HelloFrame.Hello;

/**
 * A peer speaking the tcp transport's wire format by hand over a plain blocking socket, so tests
 * can send what no well-behaved transport would.
 */
public final class RawPeer implements AutoCloseable {

    public static final ByteBufAllocator ALLOC = UnpooledByteBufAllocator.DEFAULT;

    /** A frame as read off the socket. */
    public record Frame(FrameType type, long requestId, byte[] payload) {
        int errorCode() {
            return ByteBuffer.wrap(payload).getShort() & 0xFFFF;
        }

        String errorReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    public final FrameCrc crc = new FrameCrc();
    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    public RawPeer(InetSocketAddress server) throws IOException {
        socket = new Socket(server.getAddress(), server.getPort());
        socket.setSoTimeout((int) TestSupport.TIMEOUT.toMillis());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new DataInputStream(socket.getInputStream());
    }

    /** Sends a valid HELLO and reads the server's. */
    public Frame handshake() throws IOException {
        send(HelloFrame.encode(ALLOC, crc, new Hello(1, 1, 1 << 20, 1 << 20, 256, "raw-peer")));
        return read();
    }

    /** Sends an encoded frame and releases it. */
    public void send(ByteBuf frame) throws IOException {
        byte[] b = new byte[frame.readableBytes()];
        frame.readBytes(b);
        frame.release();
        send(b);
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    Frame read() throws IOException {
        byte[] header = new byte[FrameHeader.SIZE];
        in.readFully(header);
        ByteBuffer h = ByteBuffer.wrap(header);
        h.getShort();
        h.get();
        FrameType type = FrameType.of(h.get() & 0xFF);
        long id = h.getLong();
        byte[] payload = new byte[h.getInt()];
        in.readFully(payload);
        return new Frame(type, id, payload);
    }

    /**
     * Reads until the server closes the connection; returns the last frame it sent (its ERROR with
     * the reason), or null when it sent none.
     */
    Frame readUntilClosed() throws IOException {
        Frame last = null;
        try {
            for (;;) {
                last = read();
            }
        } catch (EOFException | SocketException closed) {
            return last;
        }
    }

    /** Whether the server closed the connection (reads end of stream, or a reset). */
    boolean closedByServer() throws IOException {
        try {
            return in.read() < 0;
        } catch (SocketException reset) {
            return true;
        }
    }

    /** A header with the given fields and a zero CRC, for hand-made frames. */
    static byte[] header(int magic, int version, int type, long requestId, int length) {
        return ByteBuffer.allocate(FrameHeader.SIZE).putShort((short) magic).put((byte) version).put((byte) type)
                .putLong(requestId).putInt(length).putInt(0).array();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
