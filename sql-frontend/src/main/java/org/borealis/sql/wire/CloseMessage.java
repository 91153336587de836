package org.borealis.sql.wire;

/** Close ('C'): kind 'S' (statement) or 'P' (portal), and its name. */
public record CloseMessage(byte kind, String name) implements FrontendMessage {
}
