package org.borealis.sql.wire;

/** Sync ('S'): ends an extended-query cycle; answered by ReadyForQuery. */
public record SyncMessage() implements FrontendMessage {
}
