package org.borealis.sql.wire;

/** Flush ('H'): send everything buffered now. */
public record FlushMessage() implements FrontendMessage {
}
