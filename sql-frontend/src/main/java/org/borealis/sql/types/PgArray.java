package org.borealis.sql.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A one-dimensional array value: its elements (null for SQL NULL) and the subscript of the first
 * (1 for ordinary arrays, 0 for int2vector and oidvector). Immutable.
 */
public record PgArray(int lower, List<Object> items) {

    public PgArray {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }

    public static PgArray of(List<?> items) {
        return new PgArray(1, new ArrayList<>(items));
    }

    public int size() {
        return items.size();
    }

    /** The element at a subscript, or null when it is out of range (as PostgreSQL). */
    public Object at(long subscript) {
        long i = subscript - lower;
        return i < 0 || i >= items.size() ? null : items.get((int) i);
    }

    /** The upper bound, or null for an empty array. */
    public Integer upper() {
        return items.isEmpty() ? null : lower + items.size() - 1;
    }
}
