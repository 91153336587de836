package org.borealis.sql.wire;

/**
 * Bind ('B'): portal and statement names, parameter format codes (none = all text, one = all
 * that, else one per parameter), parameter values (null = SQL NULL) and result format codes.
 */
public record BindMessage(String portal, String statement, short[] paramFormats, byte[][] values,
                          short[] resultFormats) implements FrontendMessage {
}
