package org.borealis.pagestore.node;

import org.borealis.pagestore.log.GroupLog;
import org.borealis.pagestore.replay.ApplyWaiters;
import org.borealis.pagestore.store.GroupStore;

/**
 * One protection group hosted on this node: its durable log, its page versions and the reads
 * waiting for its replay.
 */
public record Group(int id, GroupLog log, GroupStore store, ApplyWaiters waiters) {
}
