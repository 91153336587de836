package org.borealis.bench.storage;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.record.LogRecord;
import org.borealis.pagestore.record.LogRecordWriter;
import org.borealis.pagestore.record.RecordTypes;
import org.borealis.pagestore.redo.RedoRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Redo on one core: small {@code WRITE_BYTES} records (16-byte payloads, 70-byte records) applied
 * to one page through {@link RedoRegistry#standard()}, as replay does. Each invocation applies a
 * run of 1024 records with increasing LSNs; {@code checkedRedo} also verifies each record's CRC
 * first (what replay does for records read back from the log).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
public class RedoBench {

    static final int N = 1024;

    private final RedoRegistry redo = RedoRegistry.standard();
    private final ByteBuffer page = ByteBuffer.allocate(PageLayout.PAGE_SIZE);
    private final LogRecord view = new LogRecord();
    private ByteBuffer records;
    private int[] offsets;

    @Setup
    public void setup() {
        records = ByteBuffer.allocate(N * 80);
        offsets = new int[N];
        PageId p = new PageId(1, 0, 0);
        byte[] payload = new byte[18];
        for (int i = 0; i < N; i++) {
            offsets[i] = records.position();
            ByteBuffer pl = ByteBuffer.wrap(payload);
            pl.putShort(0, (short) (32 + (i * 16) % 8000));
            LogRecordWriter.write(records, RecordTypes.WRITE_BYTES, 0, i + 1, i, 1, 0, p, pl);
        }
        PageLayout.init(page, 1, 0);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long redo() {
        PageLayout.setLsn(page, 0);
        for (int i = 0; i < N; i++) {
            redo.apply(page, view.wrap(records, offsets[i]));
        }
        return PageLayout.lsn(page);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long checkedRedo() throws Exception {
        PageLayout.setLsn(page, 0);
        for (int i = 0; i < N; i++) {
            LogRecord.check(records, offsets[i], records.limit() - offsets[i]);
            redo.apply(page, view.wrap(records, offsets[i]));
        }
        return PageLayout.lsn(page);
    }
}
