package org.borealis.sql.wire;

/** CopyData ('d') from the client during COPY FROM STDIN. */
public record CopyDataMessage(byte[] data) implements FrontendMessage {
}
