package org.borealis.pagestore.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import jdk.nio.mapmode.ExtendedMapMode;

/**
 * One log segment file: the only class that writes or flushes log bytes, so the three durability
 * modes live here and nowhere else. The file has its full size from creation; it is mapped once
 * (read-write for {@code pmem} and {@code mmap}, read-only for {@code fsync}) and every read goes
 * through the mapping.
 *
 * <p>Not thread-safe for writes: the owning {@link GroupLog} writes under its lock. {@link #force}
 * may run on another thread concurrently with writes to later ranges.
 */
final class SegmentFile implements AutoCloseable {

    private final Path path;
    private final long sequence;
    private final LogMode mode;
    private final FileChannel channel;
    private final MappedByteBuffer map;
    private final int size;

    private SegmentFile(Path path, long sequence, LogMode mode, FileChannel channel, MappedByteBuffer map) {
        this.path = path;
        this.sequence = sequence;
        this.mode = mode;
        this.channel = channel;
        this.map = map;
        this.size = map.capacity();
    }

    /** The suffix of a segment being created: renamed to its final name once complete and durable. */
    static final String CREATING = ".creating";

    /**
     * Creates a segment of {@code size} bytes with {@code header}, durable before this returns. The
     * file is written with zeros first, as PostgreSQL fills new WAL segments: appends then
     * overwrite allocated blocks, so a later {@code fdatasync} flushes data only, without the
     * journal commit that allocating blocks of a sparse file costs on every flush. It is built
     * under a temporary name ({@value #CREATING}) and renamed when complete, so a crash during
     * creation never leaves a short or headerless file under a segment's name.
     */
    static SegmentFile create(Path path, int size, LogMode mode, SegmentFormat.Header header) throws IOException {
        if (Files.exists(path)) {
            throw new java.nio.file.FileAlreadyExistsException(path.toString());
        }
        Path temp = path.resolveSibling(path.getFileName() + CREATING);
        Files.deleteIfExists(temp);
        FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean renamed = false;
        try {
            ch.truncate(0);
            ByteBuffer zeros = ByteBuffer.allocateDirect(Math.min(size, 1 << 20));
            for (long at = 0; at < size; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), size - at));
                at += ch.write(zeros, at);
            }
            SegmentFile f = new SegmentFile(path, header.sequence(), mode, ch, map(ch, mode, size));
            ByteBuffer h = ByteBuffer.allocate(SegmentFormat.HEADER_SIZE);
            SegmentFormat.writeHeader(h, header);
            f.write(0, h);
            f.force(0, SegmentFormat.HEADER_SIZE);
            ch.force(true);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
            renamed = true;
            syncDirectory(path.getParent());
            return f;
        } catch (IOException | RuntimeException e) {
            ch.close();
            Files.deleteIfExists(renamed ? path : temp);
            throw e;
        }
    }

    /** Opens an existing segment for scanning and, if it is the last one, appending. */
    static SegmentFile open(Path path, long sequence, LogMode mode) throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long len = ch.size();
            if (len < SegmentFormat.HEADER_SIZE || len > Integer.MAX_VALUE) {
                throw new IOException("segment " + path + " has " + len + " bytes, not a segment size");
            }
            return new SegmentFile(path, sequence, mode, ch, map(ch, mode, (int) len));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static MappedByteBuffer map(FileChannel ch, LogMode mode, int size) throws IOException {
        return switch (mode) {
            case PMEM -> ch.map(ExtendedMapMode.READ_WRITE_SYNC, 0, size);
            case MMAP -> ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
            case FSYNC -> ch.map(FileChannel.MapMode.READ_ONLY, 0, size);
            case AUTO -> throw new IllegalArgumentException("resolve log mode auto before opening segments");
        };
    }

    static void syncDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    Path path() {
        return path;
    }

    long sequence() {
        return sequence;
    }

    int size() {
        return size;
    }

    /** Writes {@code src}'s remaining bytes at {@code pos} (not durable yet); src's position is unchanged. */
    void write(int pos, ByteBuffer src) throws IOException {
        int n = src.remaining();
        if (pos < 0 || pos + n > size) {
            throw new IllegalArgumentException("write of " + n + " bytes at " + pos + " outside segment of " + size);
        }
        if (mode == LogMode.FSYNC) {
            ByteBuffer d = src.duplicate();
            long at = pos;
            while (d.hasRemaining()) {
                at += channel.write(d, at);
            }
        } else {
            map.put(pos, src, src.position(), n);
        }
    }

    /** Makes bytes {@code [from, to)} durable: flushed cache lines, msync, or fdatasync by mode. */
    void force(int from, int to) throws IOException {
        if (to <= from) {
            return;
        }
        try {
            if (mode == LogMode.FSYNC) {
                channel.force(false);
            } else {
                map.force(from, to - from);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** True when {@link #force} is a cache-line flush, cheap enough to do inline. */
    boolean cheapForce() {
        return mode == LogMode.PMEM;
    }

    /** A read-only view of the whole segment (position 0). */
    ByteBuffer view() {
        return map.asReadOnlyBuffer();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
