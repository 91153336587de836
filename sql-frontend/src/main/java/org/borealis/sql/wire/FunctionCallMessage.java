package org.borealis.sql.wire;

/** FunctionCall ('F'): the legacy fast-path interface; answered with an error. */
public record FunctionCallMessage() implements FrontendMessage {
}
