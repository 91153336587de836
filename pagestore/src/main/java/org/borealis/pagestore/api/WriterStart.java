package org.borealis.pagestore.api;

/**
 * What a writer continues from after {@link LogSink#open()}: every record at or below
 * {@code durableLsn} is durable and part of the volume; anything a previous writer sent above it
 * has been discarded. New records take LSNs above {@code durableLsn} and carry {@code epoch}.
 */
public record WriterStart(long durableLsn, int epoch) {
}
