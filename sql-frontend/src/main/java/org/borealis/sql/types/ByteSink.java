package org.borealis.sql.types;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that the row format, the key encoding and binary output write into.
 * Not thread-safe; owned by whoever created it.
 */
public final class ByteSink {

    private byte[] buf;
    private int len;

    public ByteSink() {
        this(64);
    }

    public ByteSink(int capacity) {
        buf = new byte[Math.max(8, capacity)];
    }

    private void ensure(int extra) {
        int need = len + extra;
        if (need > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(need, buf.length * 2));
        }
    }

    public ByteSink put(int b) {
        ensure(1);
        buf[len++] = (byte) b;
        return this;
    }

    public ByteSink put(byte[] b) {
        return put(b, 0, b.length);
    }

    public ByteSink put(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    public ByteSink putShort(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteSink putInt(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public ByteSink putLong(long v) {
        putInt((int) (v >>> 32));
        return putInt((int) v);
    }

    /** Unsigned LEB128 varint. */
    public ByteSink putVarint(int v) {
        while ((v & ~0x7F) != 0) {
            put((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        return put(v);
    }

    public ByteSink putUtf8(String s) {
        return put(s.getBytes(StandardCharsets.UTF_8));
    }

    public int length() {
        return len;
    }

    /** Overwrites the byte at {@code pos} (below {@link #length()}). */
    public void set(int pos, int b) {
        buf[pos] = (byte) b;
    }

    public byte get(int pos) {
        return buf[pos];
    }

    public void reset() {
        len = 0;
    }

    /** Inverts every byte from {@code from} to the end (descending key components). */
    public void invertFrom(int from) {
        for (int i = from; i < len; i++) {
            buf[i] = (byte) ~buf[i];
        }
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** The backing array; valid up to {@link #length()} until the next write. */
    public byte[] array() {
        return buf;
    }
}
