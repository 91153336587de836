package org.borealis.transport.rdma;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Constructor;

import com.ibm.disni.verbs.impl.NativeDispatcher;

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

    /**
     * Loads libdisni (DiSNi's own version and size checks run as it loads) and returns DiSNi's
     * dispatcher over it; skips the test where the library was not built (no gcc or rdma-core
     * headers). Needs no device.
     */
    public static NativeDispatcher loadNativeLibrary() throws ReflectiveOperationException {
        assumeTrue(NativeSupport.findOnLibraryPath(System.getProperty("java.library.path", "")) != null,
                "libdisni.so was not built here (native/ skipped: no gcc or rdma-core headers)");
        Constructor<NativeDispatcher> c = NativeDispatcher.class.getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }
}
