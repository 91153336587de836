package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * A read cursor over a byte range, the reading side of {@link ByteSink}. Reads past the end throw
 * {@link SqlException} with the state given at construction (binary input from a client is
 * 22P03; a stored row or key that does not decode is data corruption, XX001).
 */
public final class ByteSource {

    private final byte[] buf;
    private int pos;
    private final int end;
    private final SqlState onShort;

    public ByteSource(byte[] buf, int off, int len, SqlState onShort) {
        this.buf = buf;
        this.pos = off;
        this.end = off + len;
        this.onShort = onShort;
    }

    public static ByteSource ofBinaryInput(byte[] b) {
        return new ByteSource(b, 0, b.length, SqlState.INVALID_BINARY_REPRESENTATION);
    }

    public static ByteSource ofStored(byte[] b) {
        return new ByteSource(b, 0, b.length, SqlState.DATA_CORRUPTED);
    }

    private void need(int n) {
        if (n < 0 || end - pos < n) {
            throw new SqlException(onShort, onShort == SqlState.INVALID_BINARY_REPRESENTATION
                    ? "insufficient data left in message" : "stored value is truncated");
        }
    }

    public int remaining() {
        return end - pos;
    }

    public int position() {
        return pos;
    }

    public byte[] array() {
        return buf;
    }

    public int get() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public int peek() {
        need(1);
        return buf[pos] & 0xFF;
    }

    public short getShort() {
        need(2);
        int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
        pos += 2;
        return (short) v;
    }

    public int getInt() {
        need(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16)
                | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public long getLong() {
        long hi = getInt() & 0xFFFFFFFFL;
        long lo = getInt() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    public int getVarint() {
        int v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = get();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new SqlException(onShort, "malformed length");
    }

    public byte[] getBytes(int n) {
        need(n);
        byte[] out = new byte[n];
        System.arraycopy(buf, pos, out, 0, n);
        pos += n;
        return out;
    }

    public String getUtf8(int n) {
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public void skip(int n) {
        need(n);
        pos += n;
    }
}
