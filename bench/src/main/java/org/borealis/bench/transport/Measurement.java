package org.borealis.bench.transport;

import org.HdrHistogram.Histogram;

/**
 * What one case measured: per-operation latency and, for cases that move bulk data, throughput.
 *
 * @param latency nanoseconds per operation (round trip, or post to completion)
 * @param bytes   payload bytes moved in the measured part
 * @param nanos   wall time of the measured part
 * @param ops     operations in the measured part
 * @param cpuNanos CPU time this process used in the measured part (both sides: they share it)
 */
record Measurement(Histogram latency, long bytes, long nanos, long ops, long cpuNanos) {

    /** CPU time this process has used so far. */
    static long cpuNow() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** CPU microseconds per operation, both sides together. */
    double cpuMicrosPerOp() {
        return ops == 0 ? 0 : cpuNanos / 1000.0 / ops;
    }

    static Histogram histogram() {
        return new Histogram(60_000_000_000L, 3);
    }

    double micros(double percentile) {
        return latency.getValueAtPercentile(percentile) / 1000.0;
    }

    double gigabytesPerSecond() {
        return nanos == 0 ? 0 : (double) bytes / nanos;
    }

    /** Adds another round of the same case. */
    Measurement plus(Measurement other) {
        Histogram h = latency.copy();
        h.add(other.latency);
        return new Measurement(h, bytes + other.bytes, nanos + other.nanos, ops + other.ops, cpuNanos + other.cpuNanos);
    }
}
