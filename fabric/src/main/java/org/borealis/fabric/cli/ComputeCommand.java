package org.borealis.fabric.cli;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.borealis.fabric.admin.AdminConfig;
import org.borealis.fabric.admin.Health;
import org.borealis.fabric.config.ConfigBinder;
import org.borealis.fabric.node.NodeRuntime;
import org.borealis.sql.node.ComputeConfig;
import org.borealis.sql.node.ComputeNode;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borealis compute --config FILE}: runs one compute node (engine + PostgreSQL protocol)
 * on its storage node until SIGTERM/SIGINT. The file binds to {@link ComputeConfig}
 * ({@code conf/compute.yaml} is the annotated example).
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = "Run one compute node: the PostgreSQL protocol, SQL and the storage engine.")
public final class ComputeCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "the node's YAML configuration")
    Path config;

    @Option(names = "--transport", defaultValue = "auto", paramLabel = "KIND",
            description = "auto, tcp or rdma (default: ${DEFAULT-VALUE})")
    String transport;

    @Override
    public Integer call() throws Exception {
        ComputeConfig c = ConfigBinder.load(config, ComputeConfig.class);
        TransportKind kind = StorageCommand.parseKind(transport);
        AdminConfig admin = new AdminConfig(c.adminPort() >= 0, new InetSocketAddress("127.0.0.1", Math.max(c.adminPort(), 0)));
        NodeRuntime rt = NodeRuntime.start(c.nodeId(), admin, true);
        try {
            Transport t = Transports.create(TransportConfig.defaults(kind, c.nodeId()));
            rt.closeOnShutdown(t);
            ComputeNode node;
            try {
                node = ComputeNode.start(c, t);
            } catch (java.io.IOException e) {
                throw new UserException("compute node " + c.nodeId() + " cannot start: " + e.getMessage(), e);
            }
            rt.closeOnShutdown(node);
            rt.addHealthCheck("compute", () -> Health.up(Map.of("database", node.engine().databaseName(),
                    "sessions", node.activeSessions(), "last-lsn", node.engine().lastLsn())));
            System.out.println("compute node " + c.nodeId() + " serving PostgreSQL on " + c.wire().host() + ":" + node.port());
            rt.runUntilShutdown();
            return 0;
        } catch (Exception e) {
            rt.close();
            throw e;
        }
    }
}
