package org.borealis.sql.wire;

/** Terminate ('X'). */
public record TerminateMessage() implements FrontendMessage {
}
