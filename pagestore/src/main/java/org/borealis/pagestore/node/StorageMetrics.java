package org.borealis.pagestore.node;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The metrics of a storage node, all tagged with the node id: append rate (records, bytes), ack
 * latency, applied-LSN lag per group, GetPage latency and the hot-image cache's hits and misses.
 */
public final class StorageMetrics {

    private final MeterRegistry registry;
    private final String nodeId;
    final Counter appendRecords;
    final Counter appendBytes;
    final Timer ackLatency;
    final Timer getPageLatency;
    final Counter cacheHits;
    final Counter cacheMisses;
    final Counter replayed;

    public StorageMetrics(MeterRegistry registry, String nodeId) {
        this.registry = registry;
        this.nodeId = nodeId;
        appendRecords = Counter.builder("borealis.storage.append.records").tag("node", nodeId)
                .description("log records appended").register(registry);
        appendBytes = Counter.builder("borealis.storage.append.bytes").tag("node", nodeId).baseUnit("bytes")
                .description("log bytes appended").register(registry);
        ackLatency = Timer.builder("borealis.storage.append.ack").tag("node", nodeId)
                .description("AppendLog: batch received to durable ack").publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().register(registry);
        getPageLatency = Timer.builder("borealis.storage.getpage").tag("node", nodeId)
                .description("GetPage@LSN: call to page ready").publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram().register(registry);
        cacheHits = Counter.builder("borealis.storage.getpage.cache").tag("node", nodeId).tag("result", "hit")
                .register(registry);
        cacheMisses = Counter.builder("borealis.storage.getpage.cache").tag("node", nodeId).tag("result", "miss")
                .register(registry);
        replayed = Counter.builder("borealis.storage.replay.records").tag("node", nodeId)
                .description("records applied by replay").register(registry);
        Gauge.builder("borealis.storage.getpage.cache.hit.ratio", this, StorageMetrics::hitRatio)
                .tag("node", nodeId).register(registry);
    }

    double hitRatio() {
        double h = cacheHits.count();
        double t = h + cacheMisses.count();
        return t == 0 ? 0 : h / t;
    }

    void recordAck(long nanos) {
        ackLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** AppendLog calls acknowledged so far. */
    public long appendCalls() {
        return ackLatency.count();
    }

    /** Registers the applied-LSN lag (SCL minus applied LSN) of a group. */
    void watchGroup(Group g) {
        Gauge.builder("borealis.storage.applied.lag", g, x -> (double) (x.log().durableScl() - x.store().applied()))
                .tag("node", nodeId).tag("group", Integer.toUnsignedString(g.id()))
                .description("LSNs durable but not yet replayed").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }
}
