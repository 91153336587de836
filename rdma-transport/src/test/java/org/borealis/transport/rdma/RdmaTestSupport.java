package org.borealis.transport.rdma;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Skips a test that needs a verbs device where there is none, saying why, unless
 * {@code -Dborealis.rdma.required=true} (set by the lab, which has soft-RoCE): then a missing
 * device fails the test, so the lab can never pass by skipping.
 */
public final class RdmaTestSupport {

    private RdmaTestSupport() {
    }

    public static void requireRdma() {
        RdmaTransportProvider p = new RdmaTransportProvider();
        if (Boolean.getBoolean("borealis.rdma.required") && !p.isAvailable()) {
            fail("rdma is required here (-Dborealis.rdma.required) but unavailable: " + p.unavailableReason());
        }
        assumeTrue(p.isAvailable(), () -> "rdma unavailable here: " + p.unavailableReason());
    }
}
