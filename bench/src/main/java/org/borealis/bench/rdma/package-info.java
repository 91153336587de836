/**
 * Latency of the rdma transport against perftest in the same soft-RoCE guest, and against the
 * tcp transport. Read {@link org.borealis.bench.rdma.TransportLatency}; {@code lab/bench.sh}
 * runs it with perftest's {@code ib_send_lat}/{@code ib_read_lat}/{@code ib_read_bw} in one boot
 * and prints the ratios; {@link org.borealis.bench.rdma.ReadThroughput} is the bandwidth case.
 */
package org.borealis.bench.rdma;
