package org.borealis.pagestore.node;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.log.GroupLog;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.log.LogModeSelector;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.pagestore.redo.RedoRegistry;
import org.borealis.pagestore.replay.ApplyWaiters;
import org.borealis.pagestore.replay.Replayer;
import org.borealis.pagestore.service.StorageException;
import org.borealis.pagestore.service.StorageStatus;
import org.borealis.pagestore.store.GroupStore;
import org.borealis.pagestore.store.Materializer;
import org.borealis.pagestore.store.PageCache;
import org.borealis.pagestore.store.VersionGc;
import org.borealis.pagestore.store.VersionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A storage node without its network: the protection groups it hosts (log, versions, waiters),
 * the replay thread, the GC thread and the cache, behind the five operations the service exposes
 * (append, truncate, getPage, state, setHorizon). Coordinates only; the work is in
 * {@link GroupLog}, {@link Replayer}, {@link VersionStore} and {@link VersionGc}.
 *
 * <p>Write path hop 3 ({@link #append}) and read path hop 3 ({@link #getPage}). Thread-safe.
 * Failures are {@link StorageException}s with their {@link StorageStatus}.
 */
public final class StorageEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageEngine.class);

    private final StorageConfig config;
    private final String nodeId;
    private final Path logDir;
    private final LogMode mode;
    private final VersionStore store;
    private final PageCache cache;
    private final StorageMetrics metrics;
    private final Replayer replayer;
    private final Map<Integer, Group> groups = new ConcurrentHashMap<>();
    private final Map<Integer, Long> collapsedTo = new ConcurrentHashMap<>();
    private final ExecutorService reads;
    private final ScheduledExecutorService gc;

    private StorageEngine(StorageConfig config, LogMode mode, VersionStore store, MeterRegistry meters) {
        this.config = config;
        this.nodeId = config.nodeId();
        this.logDir = Path.of(config.dataDir()).resolve("log");
        this.mode = mode;
        this.store = store;
        this.cache = new PageCache(config.store().cachePages());
        this.metrics = new StorageMetrics(meters, nodeId);
        this.replayer = new Replayer(nodeId, store, cache, RedoRegistry.standard(), config.store().imageEvery(),
                config.store().replayBatch(), this::groupList, (g, n, lsn) -> metrics.replayed.increment(n));
        this.reads = Executors.newFixedThreadPool(config.service().threads(), named(nodeId + "-read"));
        this.gc = Executors.newSingleThreadScheduledExecutor(named(nodeId + "-gc"));
    }

    /** Opens the node's data folder: the page store, then each group's log (validated), then starts replay and GC. */
    public static StorageEngine open(StorageConfig config, MeterRegistry meters) throws IOException, CorruptionException {
        Path data = Path.of(config.dataDir());
        Files.createDirectories(data.resolve("log"));
        LogMode mode = LogModeSelector.select(config.log().mode(), data.resolve("log"), config.nodeId());
        VersionStore store = VersionStore.open(data.resolve("versions"), RedoRegistry.standard());
        StorageEngine e = new StorageEngine(config, mode, store, meters);
        try {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(data.resolve("log"), "g*")) {
                for (Path p : ds) {
                    e.openGroup(Integer.parseUnsignedInt(p.getFileName().toString().substring(1)));
                }
            }
        } catch (IOException | CorruptionException | RuntimeException ex) {
            e.closeQuietly();
            throw ex;
        }
        e.replayer.start();
        long every = config.store().gcInterval().toMillis();
        e.gc.scheduleWithFixedDelay(e::gcAll, every, every, TimeUnit.MILLISECONDS);
        LOG.info("[{}] storage engine open in {}: {} group(s), log mode {}", e.nodeId, data, e.groups.size(),
                mode.configName());
        return e;
    }

    private Group openGroup(int id) throws IOException, CorruptionException {
        GroupStore gs = store.group(id);
        GroupLog log = GroupLog.open(nodeId, id, logDir.resolve("g" + Integer.toUnsignedString(id)), mode,
                (int) config.log().segmentSize(), gs.applied());
        if (Integer.compareUnsigned(log.truncateEpoch(), gs.truncatedEpoch()) > 0) {
            // a crash came between the truncation and its rollback: finish it before replaying
            LOG.info("[{}] group {}: finishing the rollback of truncation epoch {} to LSN {}", nodeId, id,
                    Integer.toUnsignedString(log.truncateEpoch()), log.truncatePoint());
            store.rollback(gs, log.truncatePoint(), log.truncateEpoch());
        }
        Group g = new Group(id, log, gs, new ApplyWaiters(gs::applied));
        log.onDurable(lsn -> replayer.wake());
        groups.put(id, g);
        metrics.watchGroup(g);
        return g;
    }

    private Group group(int id, boolean create) {
        Group g = groups.get(id);
        if (g != null || !create) {
            return g;
        }
        synchronized (this) {
            g = groups.get(id);
            if (g == null) {
                try {
                    g = openGroup(id);
                } catch (IOException e) {
                    throw new StorageException(StorageStatus.IO_ERROR, "cannot create group " + id + " on " + nodeId
                            + ": " + e.getMessage(), e);
                } catch (CorruptionException e) {
                    throw new StorageException(StorageStatus.CORRUPTION, e.getMessage(), e);
                }
            }
            return g;
        }
    }

    private Collection<Group> groupList() {
        return groups.values();
    }

    public String nodeId() {
        return nodeId;
    }

    public LogMode logMode() {
        return mode;
    }

    public StorageMetrics metrics() {
        return metrics;
    }

    /** AppendLog: stores a batch of a group durably; completes with the group's SCL. */
    public CompletableFuture<AppendAck> append(int group, int epoch, ByteBuffer records) {
        long start = System.nanoTime();
        int bytes = records.remaining();
        Group g;
        try {
            g = group(group, true);
            StorageException f = g.store().failure();
            if (f != null && f.storageStatus() == StorageStatus.CORRUPTION) {
                throw f;
            }
        } catch (StorageException e) {
            return CompletableFuture.failedFuture(e);
        }
        return g.log().append(epoch, records).whenComplete((ack, err) -> {
            if (ack != null) {
                metrics.appendRecords.increment(ack.appended());
                metrics.appendBytes.increment(bytes);
                metrics.recordAck(System.nanoTime() - start);
            }
        });
    }

    /**
     * Truncate for writer recovery: durably takes {@code epoch} and discards records above
     * {@code above}, rolling back page versions already replayed above it.
     */
    public CompletableFuture<AppendAck> truncate(int group, int epoch, long above) {
        Group g;
        try {
            g = group(group, true);
        } catch (StorageException e) {
            return CompletableFuture.failedFuture(e);
        }
        return g.log().truncate(epoch, above).thenCompose(ack -> replayer.submit(() -> {
            long point = ack.scl(); // the SCL right after the truncation: replay restarts there
            boolean rolled = g.store().applied() > point;
            try {
                store.rollback(g.store(), point, epoch);
            } catch (IOException e) {
                StorageException se = new StorageException(StorageStatus.IO_ERROR, "group " + group + " on " + nodeId
                        + ": rolling back versions above LSN " + above + " failed: " + e.getMessage(), e);
                g.store().fail(se);
                g.waiters().failAll(se);
                throw se;
            }
            if (rolled) {
                cache.invalidateGroup(group);
            }
            return new AppendAck(g.log().durableScl(), g.log().epoch(), 0);
        }));
    }

    /**
     * GetPage@LSN: the page as of {@code lsn}. Fails with NOT_DURABLE above the SCL, BELOW_HORIZON
     * below the horizon, NOT_YET_APPLIED after waiting {@code store.apply-wait} for replay,
     * CORRUPTION for fail-stopped data. A page never written is the all-zero page.
     */
    public CompletableFuture<PageRead> getPage(int group, PageId page, long lsn) {
        long start = System.nanoTime();
        Group g = groups.get(group);
        if (g == null && lsn == 0) {
            return CompletableFuture.completedFuture(new PageRead(new byte[PageLayout.PAGE_SIZE], 0, false));
        }
        StorageException refused = refusal(g, group, lsn);
        if (refused != null) {
            return CompletableFuture.failedFuture(refused);
        }
        CompletableFuture<PageRead> result;
        if (g.store().applied() >= lsn) {
            try {
                result = CompletableFuture.completedFuture(read(g, page, lsn));
            } catch (StorageException e) {
                result = CompletableFuture.failedFuture(e);
            }
        } else {
            long waitMs = config.store().applyWait().toMillis();
            result = g.waiters().await(lsn).orTimeout(waitMs, TimeUnit.MILLISECONDS)
                    .handle((v, err) -> {
                        if (err == null) {
                            return null;
                        }
                        Throwable c = err instanceof CompletionException ? err.getCause() : err;
                        if (c instanceof TimeoutException) {
                            throw new StorageException(StorageStatus.NOT_YET_APPLIED, "LSN " + lsn + " of group "
                                    + group + " is durable on " + nodeId + " but replay is at "
                                    + g.store().applied() + " after waiting " + waitMs + " ms");
                        }
                        throw c instanceof RuntimeException re ? re : new CompletionException(c);
                    })
                    .thenApplyAsync(v -> read(g, page, lsn), reads);
        }
        return result.whenComplete((r, err) -> metrics.getPageLatency.record(System.nanoTime() - start,
                TimeUnit.NANOSECONDS));
    }

    /** Why GetPage cannot be answered at {@code lsn} of group {@code g} (null: {@code group} is not hosted), or null. */
    private StorageException refusal(Group g, int group, long lsn) {
        if (lsn < 0) {
            return new StorageException(StorageStatus.BAD_ARGUMENT, "LSN " + Long.toUnsignedString(lsn)
                    + " is outside 0..2^63-1");
        }
        if (g == null) {
            return new StorageException(StorageStatus.NOT_DURABLE, "group " + group + " has no records on "
                    + nodeId + " (SCL 0), LSN " + lsn + " asked");
        }
        long scl = g.log().durableScl();
        if (lsn > scl) {
            return new StorageException(StorageStatus.NOT_DURABLE, "LSN " + lsn + " is above group " + group
                    + "'s SCL " + scl + " on " + nodeId);
        }
        long horizon = g.store().horizon();
        if (lsn < horizon) {
            return new StorageException(StorageStatus.BELOW_HORIZON, "LSN " + lsn + " is below group " + group
                    + "'s GC horizon " + horizon + " on " + nodeId + "; those versions are gone");
        }
        return null;
    }

    /**
     * GetPage's fast path, for a caller that must not block (an I/O thread): when the newest
     * version of {@code page} at or below {@code lsn} is in the hot-page cache and may be served now
     * (durable, applied, above the horizon), copies it into {@code dst} at {@code offset} and
     * returns its LSN. Otherwise returns -1 and changes nothing; {@link #getPage} then gives the
     * answer or the error. Takes only the cache's short lock, never touches RocksDB.
     */
    public long copyCachedPage(int group, PageId page, long lsn, ByteBuffer dst, int offset) {
        long start = System.nanoTime();
        Group g = groups.get(group);
        if (refusal(g, group, lsn) != null || g.store().applied() < lsn || g.store().failure() != null) {
            return -1;
        }
        PageCache.Entry c = cache.get(g.id(), page);
        if (c == null || c.lsn() > lsn) {
            return -1;
        }
        // cache entries are never changed once cached (replay caches a new array), so no copy is needed first
        dst.put(offset, c.page(), 0, PageLayout.PAGE_SIZE);
        metrics.cacheHits.increment();
        metrics.getPageLatency.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        return c.lsn();
    }

    private PageRead read(Group g, PageId page, long lsn) {
        StorageException f = g.store().failure();
        if (f != null && lsn > g.store().applied()) {
            throw f;
        }
        PageCache.Entry c = cache.get(g.id(), page);
        if (c != null && c.lsn() <= lsn) {
            metrics.cacheHits.increment();
            return new PageRead(c.page().clone(), c.lsn(), true);
        }
        metrics.cacheMisses.increment();
        try {
            Materializer.Page p = store.materialize(g.store(), page, lsn);
            long horizon = g.store().horizon();
            if (lsn < horizon) {
                // the horizon passed the LSN during the read: GC may have removed what it needed
                throw new StorageException(StorageStatus.BELOW_HORIZON, "LSN " + lsn + " fell below group " + g.id()
                        + "'s GC horizon " + horizon + " on " + nodeId + " while it was being read");
            }
            return new PageRead(p.bytes(), p.lsn(), false);
        } catch (CorruptionException e) {
            StorageException se = new StorageException(StorageStatus.CORRUPTION, "group " + g.id() + " on " + nodeId
                    + ": " + e.getMessage(), e);
            LOG.error("[{}] group {}: damaged page version, not serving it: {}", nodeId, g.id(), e.getMessage());
            throw se;
        } catch (IOException e) {
            throw new StorageException(StorageStatus.IO_ERROR, "reading page " + page + " on " + nodeId + ": "
                    + e.getMessage(), e);
        }
    }

    /** GetState: every group hosted here. */
    public List<GroupState> state() {
        List<GroupState> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(stateOf(g));
        }
        out.sort((a, b) -> Integer.compareUnsigned(a.group(), b.group()));
        return out;
    }

    /** GetState of one group; a group never seen here reads as all zero. */
    public GroupState state(int group) {
        Group g = groups.get(group);
        return g == null ? new GroupState(group, 0, 0, 0, 0) : stateOf(g);
    }

    private static GroupState stateOf(Group g) {
        return new GroupState(g.id(), g.log().durableScl(), g.store().applied(), g.store().horizon(), g.log().epoch());
    }

    /** SetHorizon: readers will not ask below {@code lsn}; versions older may be collapsed. Only raises. */
    public void setHorizon(int group, long lsn) {
        if (lsn < 0) {
            throw new StorageException(StorageStatus.BAD_ARGUMENT, "horizon " + Long.toUnsignedString(lsn)
                    + " is outside 0..2^63-1");
        }
        Group g = group(group, true);
        try {
            store.setHorizon(g.store(), lsn);
        } catch (IOException e) {
            throw new StorageException(StorageStatus.IO_ERROR, e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} on the replay thread between two batches (maintenance, and tests that
     * need replay held at a known point).
     */
    public <T> CompletableFuture<T> onReplayThread(java.util.concurrent.Callable<T> work) {
        return replayer.submit(work);
    }

    /** Runs the version GC of a group now, on the GC thread, and waits for it. */
    public VersionGc.Result collapseNow(int group) throws IOException {
        Group g = groups.get(group);
        if (g == null) {
            return new VersionGc.Result(0, 0);
        }
        try {
            return gc.submit(() -> collapse(g)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private VersionGc.Result collapse(Group g) throws IOException, CorruptionException {
        long h = Math.min(g.store().horizon(), g.store().applied());
        VersionGc.Result r = VersionGc.collapse(store, g.store(), h);
        collapsedTo.put(g.id(), h);
        if (r.pages() > 0) {
            LOG.info("[{}] group {}: GC collapsed {} version(s) of {} page(s) below LSN {}", nodeId, g.id(),
                    r.versionsRemoved(), r.pages(), h);
        }
        return r;
    }

    private void gcAll() {
        for (Group g : groups.values()) {
            long h = Math.min(g.store().horizon(), g.store().applied());
            if (h > collapsedTo.getOrDefault(g.id(), 0L) && g.store().failure() == null) {
                try {
                    collapse(g);
                } catch (IOException | CorruptionException | RuntimeException e) {
                    LOG.error("[{}] group {}: version GC failed: {}", nodeId, g.id(), e.toString());
                }
            }
        }
    }

    private static java.util.concurrent.ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            LOG.warn("[{}] closing after a failed start: {}", nodeId, e.toString());
        }
    }

    @Override
    public void close() {
        gc.shutdownNow();
        replayer.close();
        reads.shutdownNow();
        try {
            gc.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Group g : groups.values()) {
            g.log().close();
        }
        store.close();
        LOG.info("[{}] storage engine closed", nodeId);
    }
}
