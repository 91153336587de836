package org.borealis.fabric.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.borealis.fabric.admin.AdminConfig;
import org.borealis.fabric.admin.Health;
import org.borealis.fabric.config.ConfigBinder;
import org.borealis.fabric.node.NodeRuntime;
import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borealis storage --config FILE}: runs one storage node until SIGTERM/SIGINT. The file
 * binds to {@link StorageConfig} ({@code conf/storage.yaml} is the annotated example). A damaged
 * log stops the start with the segment and offset named.
 */
@Command(name = "storage", mixinStandardHelpOptions = true,
        description = "Run one storage node: durable log, replay, GetPage@LSN.")
public final class StorageCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the node's YAML configuration")
    Path config;

    @Option(names = "--transport", defaultValue = "auto", paramLabel = "KIND",
            description = "auto, tcp or rdma (default: ${DEFAULT-VALUE})")
    String transport;

    @Override
    public Integer call() throws Exception {
        StorageConfig c = ConfigBinder.load(config, StorageConfig.class);
        TransportKind kind = parseKind(transport);
        int adminPort = c.service().adminPort();
        AdminConfig admin = new AdminConfig(adminPort >= 0, new InetSocketAddress(c.service().host(),
                Math.max(adminPort, 0)));
        NodeRuntime rt = NodeRuntime.start(c.nodeId(), admin, true);
        try {
            Transport t = Transports.create(TransportConfig.defaults(kind, c.nodeId()));
            rt.closeOnShutdown(t);
            StorageNode node;
            try {
                node = StorageNode.start(c, t, rt.registry());
            } catch (CorruptionException e) {
                throw new UserException("storage node " + c.nodeId() + " refuses to start: " + e.getMessage(), e);
            }
            rt.closeOnShutdown(node);
            rt.addHealthCheck("storage", () -> {
                Map<String, Object> d = new java.util.LinkedHashMap<>();
                for (GroupState s : node.engine().state()) {
                    d.put("group " + Integer.toUnsignedString(s.group()), "scl " + s.scl() + ", applied "
                            + s.applied() + ", horizon " + s.horizon() + ", epoch " + Integer.toUnsignedString(s.epoch()));
                }
                d.put("log-mode", node.engine().logMode().configName());
                return Health.up(d);
            });
            System.out.println("storage node " + c.nodeId() + " serving on " + node.address().getHostString() + ":"
                    + node.address().getPort() + " over " + t.name() + ", log mode "
                    + node.engine().logMode().configName());
            rt.runUntilShutdown();
            return 0;
        } catch (Exception e) {
            rt.close();
            throw e;
        }
    }

    static TransportKind parseKind(String s) {
        try {
            return TransportKind.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--transport must be auto, tcp or rdma, got '" + s + "'");
        }
    }
}
