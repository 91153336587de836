/**
 * The durable log of a storage node: one {@link org.borealis.pagestore.log.GroupLog} per
 * protection group, each a series of segment files of frames of records (format in
 * {@code docs/formats/segment.md}). Read {@code GroupLog} first, then {@code GroupCommit}
 * (durability), {@code LogRecovery} (start-up validation) and {@code SegmentFile} (the one
 * place bytes are written and flushed, by {@link org.borealis.pagestore.log.LogMode}).
 */
package org.borealis.pagestore.log;
