package org.borealis.sql.node;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A bare PostgreSQL protocol client on a socket, for feeding the server exact (and wrong) bytes. */
final class RawClient implements AutoCloseable {

    final Socket socket;
    final DataInputStream in;
    final OutputStream out;

    RawClient(int port) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    static byte[] startup(String user) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] body = ("user\0" + user + "\0database\0postgres\0\0").getBytes(StandardCharsets.UTF_8);
        ByteBuffer h = ByteBuffer.allocate(8).putInt(8 + body.length).putInt(196608);
        b.writeBytes(h.array());
        b.writeBytes(body);
        return b.toByteArray();
    }

    static byte[] message(char type, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put((byte) type).putInt(4 + body.length).put(body).array();
    }

    static byte[] query(String sql) {
        return message('Q', (sql + "\0").getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** One backend message: type and body; null on EOF. */
    record Msg(char type, byte[] body) {
        String field(char code) {
            for (int i = 0; i < body.length; ) {
                char c = (char) body[i];
                if (c == 0) {
                    return null;
                }
                int end = i + 1;
                while (body[end] != 0) {
                    end++;
                }
                if (c == code) {
                    return new String(body, i + 1, end - i - 1, StandardCharsets.UTF_8);
                }
                i = end + 1;
            }
            return null;
        }
    }

    Msg read() throws IOException {
        try {
            int t = in.read();
            if (t < 0) {
                return null;
            }
            int len = in.readInt();
            byte[] body = new byte[len - 4];
            in.readFully(body);
            return new Msg((char) t, body);
        } catch (EOFException | java.net.SocketException e) {
            return null;
        }
    }

    /** Reads until ReadyForQuery or EOF; returns the last ErrorResponse, if any. */
    Msg readUntilReady() throws IOException {
        Msg err = null;
        while (true) {
            Msg m;
            try {
                m = read();
            } catch (SocketTimeoutException e) {
                return err;
            }
            if (m == null || m.type() == 'Z') {
                return err;
            }
            if (m.type() == 'E') {
                err = m;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
