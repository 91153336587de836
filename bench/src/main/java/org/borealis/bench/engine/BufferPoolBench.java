package org.borealis.bench.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.pagestore.page.Fork;
import org.borealis.pagestore.page.PageId;
import org.borealis.sql.buffer.BufferPool;
import org.borealis.sql.buffer.Frame;
import org.borealis.sql.buffer.LastWrittenLsn;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The buffer pool's hit path: {@code pin} of a cached page and {@code unpin}, over 1024 cached
 * pages in a 2048-frame pool (frames from the tcp transport's registered memory). Baseline in the
 * same run: the bare data-structure cost of a hit (a {@link ConcurrentHashMap} lookup and an
 * atomic increment and decrement).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class BufferPoolBench {

    private static final int PAGES = 1024;

    private Transport transport;
    private BufferPool pool;
    private final PageId[] pages = new PageId[PAGES];
    private final ConcurrentHashMap<PageId, AtomicInteger> baseline = new ConcurrentHashMap<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        transport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "bench"));
        pool = new BufferPool("bench", 2 * PAGES, transport, new CachedVolume(), new LastWrittenLsn(1 << 16, 0),
                lsn -> CompletableFuture.completedFuture(null));
        for (int i = 0; i < PAGES; i++) {
            pages[i] = new PageId(16384 + i % 7, Fork.MAIN, i);
            pool.unpin(pool.pin(pages[i]));
            baseline.put(pages[i], new AtomicInteger());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
        transport.close();
    }

    @Benchmark
    public Frame pinUnpin() {
        PageId p = pages[next++ & (PAGES - 1)];
        Frame f = pool.pin(p);
        pool.unpin(f);
        return f;
    }

    @Benchmark
    public int baselineMapAndCounter() {
        PageId p = pages[next++ & (PAGES - 1)];
        AtomicInteger c = baseline.get(p);
        c.incrementAndGet();
        return c.decrementAndGet();
    }
}
