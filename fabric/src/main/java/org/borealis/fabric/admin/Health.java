package org.borealis.fabric.admin;

import java.util.Map;

/**
 * The health of one part of a node, reported at {@code /health}.
 *
 * @param up      whether this part can do its work
 * @param details short facts for operators (e.g. SCL, applied LSN, epoch)
 */
public record Health(boolean up, Map<String, Object> details) {

    public static Health up(Map<String, Object> details) {
        return new Health(true, Map.copyOf(details));
    }

    public static Health down(String reason) {
        return new Health(false, Map.of("reason", reason));
    }
}
