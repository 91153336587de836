/**
 * The transport benchmark: round trips, one-sided reads and streaming over the transport SPI,
 * each measured side by side with a plain blocking-socket baseline of the same sizes in the same
 * run. Read {@link org.borealis.bench.transport.TransportBench} first; the transport side is
 * {@link org.borealis.bench.transport.TransportSide}, the baseline
 * {@link org.borealis.bench.transport.SocketBaseline}.
 */
package org.borealis.bench.transport;
