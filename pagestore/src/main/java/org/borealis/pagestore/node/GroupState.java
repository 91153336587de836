package org.borealis.pagestore.node;

/**
 * What a node reports about one protection group (GetState).
 *
 * @param group   the protection group
 * @param scl     highest LSN with no hole before it, durable here
 * @param applied highest LSN replayed into page versions
 * @param horizon oldest LSN readers may ask for
 * @param epoch   the group's epoch; older writers are refused
 */
public record GroupState(int group, long scl, long applied, long horizon, int epoch) {
}
