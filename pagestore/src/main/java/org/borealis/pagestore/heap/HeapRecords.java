package org.borealis.pagestore.heap;

import java.nio.ByteBuffer;

/**
 * Heap record types (range 0x0100-0x01FF of {@link org.borealis.pagestore.record.RecordTypes}) and
 * their payload encoders. Payloads, big-endian:
 *
 * <pre>
 * HEAP_INSERT   u16 slot, tuple bytes (header and data)
 * HEAP_SET_XMAX u16 slot, u64 xmax, u32 cmax, u32 ctid block, u16 ctid slot, u16 infomask bits to set
 * HEAP_PRUNE    u16 n, n x u16 slot to mark dead, u16 m, m x u16 slot to mark unused; then compacts
 * HEAP_PRUNE_HOT u16 r, r x (u16 slot, u16 target) to make redirects, u16 n, n x u16 slot to mark
 *               dead, u16 m, m x u16 slot to mark unused; then compacts
 * HEAP_VISIBLE  (empty) sets {@link HeapPage#PD_ALL_VISIBLE} on the heap page
 * VM_SET        u32 heap block: sets the block's bit on its visibility-map page
 * VM_CLEAR      u32 heap block: clears the block's bit on its visibility-map page
 * </pre>
 * The redo of every other heap record clears {@link HeapPage#PD_ALL_VISIBLE}.
 * Pages are created by the generic {@code INIT_PAGE} record with type {@code HEAP}.
 */
public final class HeapRecords {

    public static final int HEAP_INSERT = 0x0101;
    public static final int HEAP_SET_XMAX = 0x0102;
    public static final int HEAP_PRUNE = 0x0103;
    public static final int HEAP_PRUNE_HOT = 0x0104;
    public static final int HEAP_VISIBLE = 0x0105;
    public static final int VM_SET = 0x0106;
    public static final int VM_CLEAR = 0x0107;
    /** Payload bytes of VM_SET and VM_CLEAR. */
    public static final int VM_SIZE = 4;

    private HeapRecords() {
    }

    /** Bytes of a HEAP_INSERT payload for a row of {@code dataLength} bytes. */
    public static int insertSize(int dataLength) {
        return 2 + HeapPage.TUPLE_HEADER_SIZE + dataLength;
    }

    /** Puts a HEAP_INSERT payload: a fresh tuple made by {@code xmin}/{@code cmin} whose ctid is itself. */
    public static void putInsert(ByteBuffer out, int block, int slot, long xmin, int cmin, int infomask, byte[] data) {
        out.putShort((short) slot)
           .putLong(xmin).putLong(0L).putInt(cmin).putInt(0)
           .putInt(block).putShort((short) slot).putShort((short) infomask)
           .put(data);
    }

    public static final int SET_XMAX_SIZE = 2 + 8 + 4 + 4 + 2 + 2;

    public static void putSetXmax(ByteBuffer out, int slot, long xmax, int cmax, int ctidBlock, int ctidSlot,
                                  int infomaskBits) {
        out.putShort((short) slot).putLong(xmax).putInt(cmax).putInt(ctidBlock).putShort((short) ctidSlot)
           .putShort((short) infomaskBits);
    }

    public static int pruneSize(int dead, int unused) {
        return 4 + 2 * (dead + unused);
    }

    public static void putPrune(ByteBuffer out, int[] dead, int[] unused) {
        out.putShort((short) dead.length);
        for (int s : dead) {
            out.putShort((short) s);
        }
        out.putShort((short) unused.length);
        for (int s : unused) {
            out.putShort((short) s);
        }
    }

    public static int pruneHotSize(int redirects, int dead, int unused) {
        return 6 + 4 * redirects + 2 * (dead + unused);
    }

    /** Puts a HEAP_PRUNE_HOT payload; {@code redirects} holds (slot, target) pairs. */
    public static void putPruneHot(ByteBuffer out, int[] redirects, int[] dead, int[] unused) {
        out.putShort((short) (redirects.length / 2));
        for (int s : redirects) {
            out.putShort((short) s);
        }
        putPrune(out, dead, unused);
    }
}
