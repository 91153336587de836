package org.borealis.bench.storage;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;
import org.borealis.pagestore.log.GroupLog;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;

/**
 * Log ingest: records/s, MB/s and ack latency (p50, p99) of {@code GroupLog.append} for batches of
 * 1, 16 and 256 records of 100 bytes, side by side with a plain {@code FileChannel.write} +
 * {@code force(false)} loop writing the same bytes per batch to a file on the same disk. One writer,
 * one batch at a time (each waits for its ack), alternating ours and the baseline per round.
 *
 * <p>Usage: {@code LogIngestBench DIR [seconds-per-case] [mode fsync|mmap]}.
 */
public final class LogIngestBench {

    static final int RECORD = 100;

    private LogIngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-log");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        LogMode mode = args.length > 2 ? LogMode.valueOf(args[2].toUpperCase()) : LogMode.FSYNC;
        Files.createDirectories(dir);
        System.out.printf("log ingest, %d-byte records, mode %s, %.1f s per case, dir %s%n", RECORD,
                mode.configName(), seconds, dir.toAbsolutePath());
        System.out.printf("%-6s %-9s %12s %9s %10s %10s%n", "batch", "what", "records/s", "MB/s", "p50 us", "p99 us");
        for (int batch : new int[] {1, 16, 256}) {
            Result ours = null;
            Result base = null;
            for (int round = 0; round < 2; round++) {
                Result o = runLog(dir.resolve("log-" + batch + "-" + round), mode, batch, seconds / 2);
                Result b = runPlain(dir.resolve("plain-" + batch + "-" + round), batch, seconds / 2);
                ours = ours == null ? o : ours.plus(o);
                base = base == null ? b : base.plus(b);
            }
            print(batch, "borealis", ours);
            print(batch, "plain", base);
            System.out.printf("%-6d ratio     %11.0f%%%n", batch, 100.0 * ours.recordsPerSec() / base.recordsPerSec());
        }
    }

    record Result(long records, double seconds, Histogram latency) {
        double recordsPerSec() {
            return records / seconds;
        }

        Result plus(Result o) {
            Histogram h = latency.copy();
            h.add(o.latency);
            return new Result(records + o.records, seconds + o.seconds, h);
        }
    }

    static void print(int batch, String what, Result r) {
        System.out.printf("%-6d %-9s %12.0f %9.2f %10.1f %10.1f%n", batch, what, r.recordsPerSec(),
                r.recordsPerSec() * RECORD / 1e6, r.latency.getValueAtPercentile(50) / 1e3,
                r.latency.getValueAtPercentile(99) / 1e3);
    }

    /** Pre-built batches of sealed, chained records, so only the append is measured. */
    static List<ByteBuffer> batches(int batch, int count, long firstLsn) {
        List<ByteBuffer> out = new ArrayList<>(count);
        long lsn = firstLsn;
        PageId page = new PageId(1, 0, 0);
        byte[] payload = new byte[RECORD - LogRecord.OVERHEAD];
        payload[1] = 64; // WRITE_BYTES offset 64
        for (int i = 0; i < count; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(batch * RECORD);
            for (int r = 0; r < batch; r++) {
                LogRecordWriter.write(b, RecordTypes.WRITE_BYTES, 0, lsn + 1, lsn, 1, 0, page, ByteBuffer.wrap(payload));
                lsn++;
            }
            out.add(b.flip());
        }
        return out;
    }

    static Result runLog(Path dir, LogMode mode, int batch, double seconds) throws Exception {
        Files.createDirectories(dir);
        try (GroupLog log = GroupLog.open("bench", 1, dir, mode, 64 << 20, 0)) {
            int pool = 4096;
            List<ByteBuffer> bs = batches(batch, pool, 0);
            Histogram h = new Histogram(3_600_000_000L, 3);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            int i = 0;
            while (System.nanoTime() < end && i < pool) {
                long s = System.nanoTime();
                log.append(1, bs.get(i++).duplicate()).join();
                h.recordValue(System.nanoTime() - s);
            }
            return new Result((long) i * batch, (System.nanoTime() - t0) / 1e9, h);
        } finally {
            deleteTree(dir);
        }
    }

    static Result runPlain(Path dir, int batch, double seconds) throws Exception {
        Files.createDirectories(dir);
        Path f = dir.resolve("plain.dat");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocateDirect(batch * RECORD);
            Histogram h = new Histogram(3_600_000_000L, 3);
            long end = System.nanoTime() + (long) (seconds * 1e9);
            long t0 = System.nanoTime();
            long n = 0;
            long pos = 0;
            while (System.nanoTime() < end && n < 4096) {
                long s = System.nanoTime();
                b.clear();
                while (b.hasRemaining()) {
                    pos += ch.write(b, pos);
                }
                ch.force(false);
                h.recordValue(System.nanoTime() - s);
                n++;
            }
            return new Result(n * batch, (System.nanoTime() - t0) / 1e9, h);
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
