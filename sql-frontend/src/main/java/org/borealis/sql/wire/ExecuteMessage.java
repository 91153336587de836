package org.borealis.sql.wire;

/** Execute ('E'): portal name and row limit (0 = no limit). */
public record ExecuteMessage(String portal, int maxRows) implements FrontendMessage {
}
