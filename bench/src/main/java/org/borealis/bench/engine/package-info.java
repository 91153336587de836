/**
 * Benchmarks of the compute node's storage engine: {@link org.borealis.bench.engine.BufferPoolBench}
 * (buffer-pool hit path, JMH), {@link org.borealis.bench.engine.BTreeLookupBench} (point lookup on
 * cached pages, JMH) and {@link org.borealis.bench.engine.InsertDriver} (inserts per second into a
 * table with a primary key against a local storage node, with commit latency). Each runs beside a
 * baseline in the same run; figures in {@code bench/README.md}.
 */
package org.borealis.bench.engine;
