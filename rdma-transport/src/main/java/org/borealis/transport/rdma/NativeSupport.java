package org.borealis.transport.rdma;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import com.ibm.disni.util.MemBuf;
import com.ibm.disni.util.MemoryAllocation;
import com.ibm.disni.verbs.RdmaCm;
import com.ibm.disni.verbs.RdmaEventChannel;
import com.ibm.disni.verbs.RdmaProvider;
import com.ibm.disni.verbs.RdmaVerbs;

/**
 * Finds out, once per JVM, whether the rdma transport can run here: DiSNi's native library
 * ({@code libdisni.so}, built from {@code native/}) on {@code java.library.path}, the JDK package
 * DiSNi reads buffer addresses from exported to it, a verbs device, and a working rdma_cm.
 *
 * <p>DiSNi loads its library with {@code System.loadLibrary("disni")}, which searches only
 * {@code java.library.path} as it was when the JVM started; so the JVM must be started with
 * {@value #JVM_FLAGS_HINT}. Without a device the library still loads and this reports why
 * rdma is unavailable.
 */
final class NativeSupport {

    static final String LIBRARY_FILE = "libdisni.so";
    static final String JVM_FLAGS_HINT =
            "-Djava.library.path=<repository>/native/target --add-exports java.base/sun.nio.ch=ALL-UNNAMED";
    static final Path DEVICES = Path.of("/sys/class/infiniband");
    static final Path RDMA_CM_NODE = Path.of("/dev/infiniband/rdma_cm");

    /** The outcome of the probe; {@code cm} and {@code verbs} are set when {@code reason} is empty. */
    record Status(String reason, RdmaCm cm, RdmaVerbs verbs) {
        boolean available() {
            return reason.isEmpty();
        }
    }

    private static Status status;

    private NativeSupport() {
    }

    static synchronized Status status() {
        if (status == null) {
            status = probe();
        }
        return status;
    }

    private static Status probe() {
        String libraryPath = System.getProperty("java.library.path", "");
        if (findOnLibraryPath(libraryPath) == null) {
            return unavailable(LIBRARY_FILE + " not found on java.library.path (" + libraryPath
                    + "); build native/ (it needs libibverbs-dev and librdmacm-dev) and start the JVM with "
                    + JVM_FLAGS_HINT);
        }
        RdmaCm cm;
        RdmaVerbs verbs;
        try {
            RdmaProvider provider = RdmaProvider.provider(); // loads libdisni and checks struct layouts
            cm = provider.openCm();
            verbs = provider.openVerbs();
            MemBuf probe = MemoryAllocation.getInstance().allocate(64);
            probe.free();
        } catch (IllegalAccessError e) {
            return unavailable("DiSNi cannot read direct-buffer addresses (" + e.getMessage()
                    + "); start the JVM with --add-exports java.base/sun.nio.ch=ALL-UNNAMED");
        } catch (IOException | LinkageError e) {
            return unavailable("DiSNi's native library did not load: " + e);
        }
        String devices = deviceNames();
        if (devices.isEmpty()) {
            return unavailable("no RDMA device (" + DEVICES + " is empty or missing); for soft-RoCE: "
                    + "modprobe rdma_rxe && rdma link add rxe0 type rxe netdev <interface>");
        }
        try {
            RdmaEventChannel channel = cm.createEventChannel();
            cm.destroyEventChannel(channel);
        } catch (IOException e) {
            return unavailable("RDMA device " + devices + " present but rdma_cm does not work: " + e.getMessage()
                    + (Files.exists(RDMA_CM_NODE) ? "" : " (" + RDMA_CM_NODE + " is missing: modprobe rdma_ucm)"));
        }
        return new Status("", cm, verbs);
    }

    private static Status unavailable(String reason) {
        return new Status(reason, null, null);
    }

    static File findOnLibraryPath(String libraryPath) {
        for (String dir : libraryPath.split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                File f = new File(dir, LIBRARY_FILE);
                if (f.isFile()) {
                    return f;
                }
            }
        }
        return null;
    }

    /** Names of the verbs devices, comma-separated; empty when there are none. */
    static String deviceNames() {
        if (!Files.isDirectory(DEVICES)) {
            return "";
        }
        try (Stream<Path> entries = Files.list(DEVICES)) {
            return String.join(",", entries.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            return "";
        }
    }
}
