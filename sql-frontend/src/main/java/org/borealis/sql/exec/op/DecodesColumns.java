package org.borealis.sql.exec.op;

import java.util.BitSet;

/**
 * A table scan that can leave the columns no expression of the query reads undecoded: they come
 * back NULL in its rows, and their stored bytes are stepped over (a wide text column a count or
 * an aggregate over other columns never looks at costs no string). The planner asks only when it
 * knows every column the query reads of the scan.
 */
public interface DecodesColumns {

    /** Decode only the table's visible columns set in {@code columns} (0-based positions). */
    void decodeOnly(BitSet columns);
}
