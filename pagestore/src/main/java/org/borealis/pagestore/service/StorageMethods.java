package org.borealis.pagestore.service;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.page.PageId;
import org.borealis.transport.RemoteRegion;

/**
 * Method numbers and payload layouts of the storage service (version 1,
 * {@code docs/formats/storage-rpc.md}), shared by {@link StorageService} and
 * {@link StorageClient}. Big-endian.
 *
 * <pre>
 * 1 APPEND_LOG   req: u32 group, u32 epoch, records...          resp: ack
 * 2 GET_PAGE     req: u32 group, page id (9), u64 LSN,           resp: u64 version LSN, u32 checksum, u8 flags
 *                     remote region (16) to write the page into       (bit 0: cache hit); the page is in the region
 * 3 GET_STATE    req: empty (every group) or u32 group           resp: u32 count, count x state
 * 4 SET_HORIZON  req: u32 group, u64 LSN                         resp: empty
 * 5 TRUNCATE     req: u32 group, u32 epoch, u64 above-LSN        resp: ack
 * ack   = u64 SCL, u32 epoch, u32 records appended
 * state = u32 group, u64 SCL, u64 applied LSN, u64 horizon, u32 epoch  (32 bytes)
 * </pre>
 */
public final class StorageMethods {

    public static final int APPEND_LOG = 1;
    public static final int GET_PAGE = 2;
    public static final int GET_STATE = 3;
    public static final int SET_HORIZON = 4;
    public static final int TRUNCATE = 5;

    public static final int APPEND_HEADER = 8;
    public static final int GET_PAGE_REQUEST = 4 + PageId.SIZE + 8 + RemoteRegion.SIZE;
    public static final int GET_PAGE_RESPONSE = 13;
    public static final int ACK_SIZE = 16;
    public static final int STATE_SIZE = 32;
    public static final byte FLAG_CACHE_HIT = 1;

    private StorageMethods() {
    }

    public static String name(int method) {
        return switch (method) {
            case APPEND_LOG -> "AppendLog";
            case GET_PAGE -> "GetPage";
            case GET_STATE -> "GetState";
            case SET_HORIZON -> "SetHorizon";
            case TRUNCATE -> "Truncate";
            default -> "method " + method;
        };
    }

    static ByteBuffer encodeAck(AppendAck a) {
        return ByteBuffer.allocate(ACK_SIZE).putLong(a.scl()).putInt(a.epoch()).putInt(a.appended()).flip();
    }

    static AppendAck decodeAck(ByteBuffer b) {
        return new AppendAck(b.getLong(), b.getInt(), b.getInt());
    }

    static ByteBuffer encodeStates(List<GroupState> states) {
        ByteBuffer b = ByteBuffer.allocate(4 + STATE_SIZE * states.size()).putInt(states.size());
        for (GroupState s : states) {
            b.putInt(s.group()).putLong(s.scl()).putLong(s.applied()).putLong(s.horizon()).putInt(s.epoch());
        }
        return b.flip();
    }

    static List<GroupState> decodeStates(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining() / STATE_SIZE) {
            throw new IllegalArgumentException("state count " + n + " does not fit " + b.remaining() + " bytes");
        }
        List<GroupState> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new GroupState(b.getInt(), b.getLong(), b.getLong(), b.getLong(), b.getInt()));
        }
        return out;
    }
}
