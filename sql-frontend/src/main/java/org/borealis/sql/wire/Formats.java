package org.borealis.sql.wire;

/** Format codes of Bind: none means text for all, one applies to all, else one per column. */
final class Formats {

    private Formats() {
    }

    static short of(short[] formats, int i) {
        if (formats == null || formats.length == 0) {
            return 0;
        }
        return formats.length == 1 ? formats[0] : formats[i];
    }
}
