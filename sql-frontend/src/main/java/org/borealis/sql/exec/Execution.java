package org.borealis.sql.exec;

/**
 * A running statement: rows one by one (a portal with a row limit stops pulling and resumes
 * later), then the command tag. Owned by the session thread.
 */
public interface Execution extends AutoCloseable {

    /** Next row or null when done. */
    Object[] next();

    /** The CommandComplete tag once {@link #next} returned null, e.g. {@code SELECT 3}. */
    String tag();

    @Override
    void close();
}
