package org.borealis.sql.engine;

import java.util.Iterator;

/**
 * A forward iterator over a scan that holds no page latch between calls. Close it when done
 * (closing twice is harmless).
 */
public interface Cursor<T> extends Iterator<T>, AutoCloseable {

    @Override
    void close();
}
