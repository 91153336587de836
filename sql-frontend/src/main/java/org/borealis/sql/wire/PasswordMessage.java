package org.borealis.sql.wire;

/**
 * 'p': PasswordMessage, SASLInitialResponse or SASLResponse. Which one depends on the
 * authentication exchange in progress, so the body is kept raw for the authenticator.
 */
public record PasswordMessage(byte[] body) implements FrontendMessage {
}
