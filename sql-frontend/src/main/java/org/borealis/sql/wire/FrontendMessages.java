package org.borealis.sql.wire;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.buffer.ByteBuf;

/**
 * Decodes one complete message body into its {@link FrontendMessage} record, validating every
 * field. The body buffer is read but not released (the decoder owns it).
 */
final class FrontendMessages {

    private FrontendMessages() {
    }

    /** An untyped startup-phase packet: StartupMessage, SSLRequest, GSSENCRequest or CancelRequest. */
    static FrontendMessage startup(ByteBuf body) {
        MessageReader r = new MessageReader(body, "startup packet");
        int code = r.int32();
        switch (code) {
            case SslRequest.CODE -> {
                r.end();
                return new SslRequest();
            }
            case GssEncRequest.CODE -> {
                r.end();
                return new GssEncRequest();
            }
            case CancelRequest.CODE -> {
                CancelRequest c = new CancelRequest(r.int32(), r.int32());
                r.end();
                return c;
            }
            default -> {
            }
        }
        if (code >> 16 != 3) {
            throw new ProtocolException("unsupported frontend protocol " + (code >> 16) + "." + (code & 0xFFFF)
                    + ": server supports 3.0 to 3.0");
        }
        Map<String, String> params = new LinkedHashMap<>();
        while (true) {
            String name = r.cstring();
            if (name.isEmpty()) {
                break;
            }
            params.put(name, r.cstring());
        }
        r.end();
        return new StartupMessage(code, params);
    }

    /** A typed message of the normal phase. */
    static FrontendMessage typed(byte type, ByteBuf body) {
        switch (type) {
            case 'Q' -> {
                MessageReader r = new MessageReader(body, "Query");
                String sql = r.cstring();
                r.end();
                return new QueryMessage(sql);
            }
            case 'P' -> {
                MessageReader r = new MessageReader(body, "Parse");
                String name = r.cstring();
                String sql = r.cstring();
                int n = r.count(r.int16() & 0xFFFF, 4);
                int[] types = new int[n];
                for (int i = 0; i < n; i++) {
                    types[i] = r.int32();
                }
                r.end();
                return new ParseMessage(name, sql, types);
            }
            case 'B' -> {
                return bind(body);
            }
            case 'D', 'C' -> {
                MessageReader r = new MessageReader(body, type == 'D' ? "Describe" : "Close");
                byte kind = r.int8();
                String name = r.cstring();
                r.end();
                if (kind != 'S' && kind != 'P') {
                    throw new ProtocolException("invalid " + (type == 'D' ? "DESCRIBE" : "CLOSE")
                            + " message subtype " + kind);
                }
                return type == 'D' ? new DescribeMessage(kind, name) : new CloseMessage(kind, name);
            }
            case 'E' -> {
                MessageReader r = new MessageReader(body, "Execute");
                String portal = r.cstring();
                int max = r.int32();
                r.end();
                return new ExecuteMessage(portal, max);
            }
            case 'S', 'H', 'X', 'c' -> {
                new MessageReader(body, "Sync").end();
                return switch (type) {
                    case 'S' -> new SyncMessage();
                    case 'H' -> new FlushMessage();
                    case 'X' -> new TerminateMessage();
                    default -> new CopyDoneMessage();
                };
            }
            case 'd' -> {
                byte[] data = new byte[body.readableBytes()];
                body.readBytes(data);
                return new CopyDataMessage(data);
            }
            case 'f' -> {
                MessageReader r = new MessageReader(body, "CopyFail");
                String reason = r.cstring();
                r.end();
                return new CopyFailMessage(reason);
            }
            case 'p' -> {
                byte[] data = new byte[body.readableBytes()];
                body.readBytes(data);
                return new PasswordMessage(data);
            }
            case 'F' -> {
                return new FunctionCallMessage();
            }
            default -> throw new ProtocolException("invalid frontend message type " + (type & 0xFF));
        }
    }

    private static BindMessage bind(ByteBuf body) {
        MessageReader r = new MessageReader(body, "Bind");
        String portal = r.cstring();
        String stmt = r.cstring();
        int nf = r.count(r.int16() & 0xFFFF, 2);
        short[] formats = new short[nf];
        for (int i = 0; i < nf; i++) {
            formats[i] = r.int16();
            if (formats[i] != 0 && formats[i] != 1) {
                throw new ProtocolException("unsupported format code: " + formats[i]);
            }
        }
        int np = r.count(r.int16() & 0xFFFF, 4);
        byte[][] values = new byte[np][];
        for (int i = 0; i < np; i++) {
            int len = r.int32();
            if (len == -1) {
                continue;
            }
            if (len < 0) {
                throw new ProtocolException("invalid Bind message format");
            }
            values[i] = r.bytes(len);
        }
        int nr = r.count(r.int16() & 0xFFFF, 2);
        short[] results = new short[nr];
        for (int i = 0; i < nr; i++) {
            results[i] = r.int16();
            if (results[i] != 0 && results[i] != 1) {
                throw new ProtocolException("unsupported format code: " + results[i]);
            }
        }
        r.end();
        if (nf > 1 && nf != np) {
            throw new ProtocolException("bind message has " + nf + " parameter formats but " + np + " parameters");
        }
        return new BindMessage(portal, stmt, formats, values, results);
    }
}
