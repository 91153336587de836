package org.borealis.pagestore.log;

/**
 * The answer to a durable AppendLog: the group's SCL once the batch was durable, and the epoch
 * the group now has. With a hole before the batch the SCL does not include it yet.
 *
 * @param scl      highest LSN of the group with no hole before it, durable here
 * @param epoch    the group's epoch
 * @param appended records of the batch stored now (the rest were already here)
 */
public record AppendAck(long scl, int epoch, int appended) {
}
