package org.borealis.pagestore;

/**
 * Bytes that fail their checksum or break their format: a damaged record, page, frame or segment.
 * Kept apart from I/O errors on purpose: corruption is never retried, and a node that finds it in
 * data it already acknowledged stops serving that data (fail-stop) instead of guessing.
 */
public class CorruptionException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorruptionException(String message) {
        super(message);
    }

    public CorruptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
