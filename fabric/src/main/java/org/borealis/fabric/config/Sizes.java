package org.borealis.fabric.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte sizes as written in configuration files: a plain number of bytes, or a number with a unit
 * {@code B, KiB, MiB, GiB, TiB} (powers of 1024; {@code KB, MB, GB} are read the same way, as most
 * people mean them for memory and files).
 */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([KMGT]?I?B)?", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /** Parses a size; throws IllegalArgumentException saying what is accepted. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a size like 4096, 64KiB, 64MiB or 1GiB, got '" + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        int shift = switch (unit) {
            case "B" -> 0;
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            case "TB" -> 40;
            default -> throw new IllegalArgumentException("unknown size unit in '" + text + "'");
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("size '" + text + "' is too large");
        }
        return n << shift;
    }
}
