package org.borealis.sql.wire;

/** CopyFail ('f') with the client's reason. */
public record CopyFailMessage(String reason) implements FrontendMessage {
}
