package org.borealis.transport.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.borealis.transport.tcp.wire.Bytes;
import org.borealis.transport.tcp.wire.ErrorFrame;
import org.borealis.transport.tcp.wire.FrameCrc;
import org.borealis.transport.tcp.wire.FrameHeader;
import org.borealis.transport.tcp.wire.ReadRequestFrame;
import org.borealis.transport.tcp.wire.ReadResponseFrame;
import org.borealis.transport.tcp.wire.WriteRequestFrame;

/**
 * Serves a peer's one-sided READ and WRITE requests against this transport's registrations, on
 * the connection's I/O thread and without the application: the tcp counterpart of an RDMA NIC.
 * Each access is checked like RDMA checks it: the key must name an open registration and the
 * whole range must lie inside it. A refused access is answered with an ERROR frame for that
 * request, after which {@link Connection} closes the connection, as RDMA does.
 */
final class OneSidedResponder {

    private final MemoryRegistry registry;

    OneSidedResponder(MemoryRegistry registry) {
        this.registry = registry;
    }

    /** Answers a READ_REQUEST: the response frame, or an ERROR frame. */
    ByteBuf read(ByteBufAllocator alloc, FrameCrc crc, ByteBuf request, TcpEndpoint endpoint) {
        long id = FrameHeader.requestId(request);
        long address = ReadRequestFrame.address(request);
        int key = ReadRequestFrame.key(request);
        long length = ReadRequestFrame.length(request);
        if (length > endpoint.session().maxOneSidedSize()) {
            return refuse(alloc, crc, id, ErrorFrame.TOO_LARGE, "read", address, key, length, endpoint,
                    "above the one-sided limit of " + endpoint.session().maxOneSidedSize() + " bytes");
        }
        TcpRegisteredBuffer target = registry.lookup(key);
        if (target == null) {
            return refuse(alloc, crc, id, ErrorFrame.UNKNOWN_KEY, "read", address, key, length, endpoint,
                    "no registration has this key");
        }
        int index = target.indexOf(address, length);
        if (index < 0) {
            return refuse(alloc, crc, id, ErrorFrame.OUT_OF_RANGE, "read", address, key, length, endpoint,
                    "outside " + target);
        }
        return ReadResponseFrame.encode(alloc, crc, id, target.memory(), index, (int) length);
    }

    /** Carries out a WRITE_REQUEST: null when stored, else the ERROR frame to answer with. */
    ByteBuf write(ByteBufAllocator alloc, FrameCrc crc, ByteBuf request, TcpEndpoint endpoint) {
        long id = FrameHeader.requestId(request);
        long address = WriteRequestFrame.address(request);
        int key = WriteRequestFrame.key(request);
        int length = WriteRequestFrame.dataLength(request);
        if (length > endpoint.session().maxOneSidedSize()) {
            return refuse(alloc, crc, id, ErrorFrame.TOO_LARGE, "write", address, key, length, endpoint,
                    "above the one-sided limit of " + endpoint.session().maxOneSidedSize() + " bytes");
        }
        TcpRegisteredBuffer target = registry.lookup(key);
        if (target == null) {
            return refuse(alloc, crc, id, ErrorFrame.UNKNOWN_KEY, "write", address, key, length, endpoint,
                    "no registration has this key");
        }
        int index = target.indexOf(address, length);
        if (index < 0) {
            return refuse(alloc, crc, id, ErrorFrame.OUT_OF_RANGE, "write", address, key, length, endpoint,
                    "outside " + target);
        }
        Bytes.copy(request, WriteRequestFrame.dataIndex(request), target.memory(), index, length);
        return null;
    }

    private ByteBuf refuse(ByteBufAllocator alloc, FrameCrc crc, long id, int code, String what, long address,
                           int key, long length, TcpEndpoint endpoint, String why) {
        String reason = String.format("%s of %d bytes at 0x%x with key %08x: %s", what, length, address, key, why);
        return ErrorFrame.encode(alloc, crc, id, code, reason);
    }
}
