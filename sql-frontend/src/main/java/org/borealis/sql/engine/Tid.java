package org.borealis.sql.engine;

/**
 * A tuple id: where a row version lives in its table's heap (block and slot). Stable until vacuum
 * removes the version.
 */
public record Tid(int block, int slot) implements Comparable<Tid> {

    public Tid {
        if (slot < 0 || slot > 0xFFFF) {
            throw new IllegalArgumentException("slot out of range: " + slot);
        }
    }

    @Override
    public int compareTo(Tid o) {
        int c = Integer.compareUnsigned(block, o.block);
        return c != 0 ? c : Integer.compare(slot, o.slot);
    }

    @Override
    public String toString() {
        return "(" + Integer.toUnsignedString(block) + "," + slot + ")";
    }
}
