package org.borealis.sql.wire;

/** Parse ('P'): statement name ("" = unnamed), text and parameter type OIDs (0 = infer). */
public record ParseMessage(String name, String sql, int[] paramTypes) implements FrontendMessage {
}
