/**
 * Log records: the only thing compute sends to storage. Read {@link
 * org.borealis.pagestore.record.LogRecord} (a reusable view) and {@link
 * org.borealis.pagestore.record.LogRecordWriter}; every record type is listed in {@link
 * org.borealis.pagestore.record.RecordTypes}. Byte format: {@code docs/formats/log-record.md}.
 */
package org.borealis.pagestore.record;
