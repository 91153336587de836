package org.borealis.pagestore.page;

import java.nio.ByteBuffer;

/**
 * Names one page: relation, fork and block number. Written as 9 bytes big-endian (relation u32,
 * fork u8, block u32), so byte order equals (relation, fork, block) order. Printed and parsed as
 * {@code REL/FORK/BLOCK}.
 *
 * @param relation relation number (unsigned 32-bit; 0 is invalid)
 * @param fork     {@link Fork}
 * @param block    block number within the fork (unsigned 32-bit)
 */
public record PageId(int relation, int fork, int block) implements Comparable<PageId> {

    public static final int SIZE = 9;

    public PageId {
        if (fork < 0 || fork > 255) {
            throw new IllegalArgumentException("fork out of range: " + fork);
        }
    }

    public void writeTo(ByteBuffer out) {
        out.putInt(relation).put((byte) fork).putInt(block);
    }

    public void writeTo(ByteBuffer out, int index) {
        out.putInt(index, relation).put(index + 4, (byte) fork).putInt(index + 5, block);
    }

    public static PageId readFrom(ByteBuffer in) {
        int rel = in.getInt();
        int fork = Byte.toUnsignedInt(in.get());
        int block = in.getInt();
        return new PageId(rel, fork, block);
    }

    public static PageId readFrom(ByteBuffer in, int index) {
        return new PageId(in.getInt(index), Byte.toUnsignedInt(in.get(index + 4)), in.getInt(index + 5));
    }

    /** Parses {@code REL/FORK/BLOCK}, where FORK is a number or main, fsm, vm. */
    public static PageId parse(String text) {
        String[] parts = text.split("/");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a page id is REL/FORK/BLOCK, got '" + text + "'");
        }
        try {
            int rel = Integer.parseUnsignedInt(parts[0]);
            int fork = switch (parts[1]) {
                case "main" -> Fork.MAIN;
                case "fsm" -> Fork.FSM;
                case "vm" -> Fork.VM;
                default -> Integer.parseInt(parts[1]);
            };
            int block = Integer.parseUnsignedInt(parts[2]);
            return new PageId(rel, fork, block);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a page id is REL/FORK/BLOCK with numbers, got '" + text + "'", e);
        }
    }

    @Override
    public int compareTo(PageId o) {
        int c = Integer.compareUnsigned(relation, o.relation);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(fork, o.fork);
        return c != 0 ? c : Integer.compareUnsigned(block, o.block);
    }

    @Override
    public String toString() {
        return Integer.toUnsignedString(relation) + "/" + fork + "/" + Integer.toUnsignedString(block);
    }
}
