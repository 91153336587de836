package org.borealis.sql.engine;

/** Order of an index scan. */
public enum ScanDirection {
    FORWARD, BACKWARD
}
