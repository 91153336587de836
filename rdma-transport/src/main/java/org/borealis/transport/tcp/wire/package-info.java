/**
 * The byte format of the tcp transport: one class per frame type, the frame decoder and the CRC.
 *
 * <p>Read {@link org.borealis.transport.tcp.wire.FrameHeader} first: it draws the 20-byte header
 * every frame starts with. {@link org.borealis.transport.tcp.wire.FrameDecoder} turns a byte stream
 * into checked frames (magic, version, type, length against the configured limits before anything
 * is allocated, CRC32C); the frame classes ({@link org.borealis.transport.tcp.wire.HelloFrame},
 * {@link org.borealis.transport.tcp.wire.SendFrame}, {@link org.borealis.transport.tcp.wire.ReadRequestFrame},
 * {@link org.borealis.transport.tcp.wire.ReadResponseFrame}, {@link org.borealis.transport.tcp.wire.WriteRequestFrame},
 * {@link org.borealis.transport.tcp.wire.AckFrame}, {@link org.borealis.transport.tcp.wire.ErrorFrame})
 * encode frames and read the fields of decoded ones in place, without allocating a message object.
 * The format is described byte by byte in {@code docs/formats/transport-frame.md}.
 *
 * <p>Buffer ownership: every {@code encode} returns a new buffer the caller owns (and hands to
 * Netty, which releases it). The static readers never retain or release the frame they read.
 */
package org.borealis.transport.tcp.wire;
