package org.borealis.fabric.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.borealis.transport.spi.TransportProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code borealis version}: the build, the JDK, and which transports this machine can use. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Print the Borealis version, the JDK and the transports available here.")
public final class VersionCommand implements Runnable {

    @Override
    public void run() {
        for (String line : lines()) {
            System.out.println(line);
        }
    }

    static String version() {
        String v = VersionCommand.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev (not packaged)";
    }

    static List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("borealis " + version());
        out.add("java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home"));
        Map<TransportKind, TransportProvider> providers = Transports.providers();
        for (TransportKind kind : List.of(TransportKind.TCP, TransportKind.RDMA)) {
            TransportProvider p = providers.get(kind);
            String state = p == null ? "not built in"
                    : p.isAvailable() ? "available" : "unavailable: " + p.unavailableReason();
            out.add("transport " + kind.configName() + ": " + state);
        }
        return out;
    }

    /** Answers {@code borealis --version}. */
    public static final class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return lines().toArray(String[]::new);
        }
    }
}
