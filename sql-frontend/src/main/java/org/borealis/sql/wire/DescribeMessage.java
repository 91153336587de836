package org.borealis.sql.wire;

/** Describe ('D'): kind 'S' (statement) or 'P' (portal), and its name. */
public record DescribeMessage(byte kind, String name) implements FrontendMessage {
}
