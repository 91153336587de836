package org.borealis.pagestore.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

/**
 * What the soft-RoCE lab guest gives tests (see {@code lab/README.md}): a DAX filesystem, named by
 * {@code -Dborealis.test.daxDir} ({@code /mnt/pmem} there). Tests that need it are skipped with the
 * reason elsewhere; the lab always sets it, so they cannot pass there by skipping.
 */
public final class LabSupport {

    private LabSupport() {
    }

    /** The DAX folder, or the test is skipped. */
    public static Path daxDir() {
        String dir = System.getProperty("borealis.test.daxDir");
        assumeTrue(dir != null && !dir.isBlank(),
                "no DAX filesystem given (-Dborealis.test.daxDir=DIR, set by the soft-RoCE lab)");
        return Path.of(dir);
    }

    /** The DAX folder, or null when none is given. */
    public static Path daxDirOrNull() {
        String dir = System.getProperty("borealis.test.daxDir");
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }
}
