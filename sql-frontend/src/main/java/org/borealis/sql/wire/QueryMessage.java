package org.borealis.sql.wire;

/** Query ('Q'): simple query protocol, one or more statements. */
public record QueryMessage(String sql) implements FrontendMessage {
}
