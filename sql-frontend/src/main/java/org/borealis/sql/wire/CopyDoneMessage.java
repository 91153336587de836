package org.borealis.sql.wire;

/** CopyDone ('c'). */
public record CopyDoneMessage() implements FrontendMessage {
}
