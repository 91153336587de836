package org.borealis.sql.node;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * A real storage node (RocksDB under a temp folder) and a compute node in this JVM, over the TCP
 * transport on loopback: what the SQL integration tests run against.
 */
public final class ComputeFixture implements AutoCloseable {

    public final Transport transport;
    public final StorageNode storage;
    public ComputeNode compute;
    private final ComputeConfig computeConfig;

    public ComputeFixture(Path dir) throws Exception {
        this(dir, ComputeConfig.WireSection.defaults().withPort(0));
    }

    public ComputeFixture(Path dir, ComputeConfig.WireSection wire) throws Exception {
        this(dir, wire, new ComputeConfig.EngineSection(4096, "postgres", "postgres", "", Duration.ZERO));
    }

    /** With these engine settings (the others' background vacuum is off). */
    public ComputeFixture(Path dir, ComputeConfig.EngineSection engine) throws Exception {
        this(dir, ComputeConfig.WireSection.defaults().withPort(0), engine);
    }

    public ComputeFixture(Path dir, ComputeConfig.WireSection wire, ComputeConfig.EngineSection engine)
            throws Exception {
        transport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "test"));
        StorageConfig sc = StorageConfig.defaults().withDataDir(dir.resolve("storage").toString())
                .withService(org.borealis.pagestore.config.ServiceConfig.defaults());
        storage = StorageNode.start(sc, transport, new SimpleMeterRegistry());
        ComputeConfig cc = ComputeConfig.defaults()
                .withStorage(new ComputeConfig.StorageSection(storage.address(), 0, Duration.ofSeconds(10)))
                .withEngine(engine)
                .withWire(wire);
        computeConfig = cc;
        compute = ComputeNode.start(cc, transport);
    }

    /** Stops the compute node and starts a new one on the same storage (it finds everything there again). */
    public void restartCompute() throws Exception {
        compute.close();
        compute = ComputeNode.start(computeConfig, transport);
    }

    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + compute.port() + "/postgres";
    }

    public Connection connect(String mode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("preferQueryMode", mode);
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        return DriverManager.getConnection(url(), p);
    }

    public InetSocketAddress storageAddress() {
        return storage.address();
    }

    @Override
    public void close() throws Exception {
        compute.close();
        storage.close();
        transport.close();
    }
}
