package org.borealis.pagestore.redo;

import java.nio.ByteBuffer;

import org.borealis.pagestore.record.LogRecord;

/**
 * Applies one record type to a page. Must be deterministic: the same page bytes and record give the
 * same result on every node. Reads the page at absolute indexes 0..PAGE_SIZE; must not set the page
 * LSN (the registry does). Throws {@link RedoException} when the record does not fit the page.
 */
@FunctionalInterface
public interface RedoHandler {

    void apply(ByteBuffer page, LogRecord record);
}
