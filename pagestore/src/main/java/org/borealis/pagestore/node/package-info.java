/**
 * The storage node: {@link org.borealis.pagestore.node.StorageNode} starts one (engine, service,
 * metrics); {@link org.borealis.pagestore.node.StorageEngine} is the node without its network —
 * the groups it hosts and the five operations AppendLog, Truncate, GetPage, GetState and
 * SetHorizon. Read {@code StorageEngine} first.
 */
package org.borealis.pagestore.node;
