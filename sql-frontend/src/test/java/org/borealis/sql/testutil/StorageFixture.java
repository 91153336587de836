package org.borealis.sql.testutil;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.client.SingleNodeLogSink;
import org.borealis.pagestore.client.SingleNodePageSource;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * A real storage node in this JVM (RocksDB and its durable log in a temporary folder, served over
 * the tcp transport on 127.0.0.1 port 0), and engines connected to it through StorageClient,
 * SingleNodeLogSink and SingleNodePageSource: no mock of storage.
 */
public final class StorageFixture implements AutoCloseable {

    public static final int GROUP = 1;

    private final Transport storageTransport;
    private final StorageNode node;
    private final List<AutoCloseable> open = new ArrayList<>();

    public StorageFixture(Path dir) throws Exception {
        storageTransport = Transports.create(TransportConfig.defaults(TransportKind.TCP, "storage-1"));
        node = StorageNode.start(StorageConfig.defaults().withDataDir(dir.toString()), storageTransport,
                new SimpleMeterRegistry());
    }

    public InetSocketAddress address() {
        return node.address();
    }

    /** An engine on the node with its own transport, client, sink and source (closed with the fixture). */
    public Engine open(EngineConfig config) throws Exception {
        return open(config, address());
    }

    public Engine open(EngineConfig config, InetSocketAddress address) throws Exception {
        return connect(config, address, open);
    }

    /** An engine on the storage node at {@code address}; what must be closed is added to {@code closeables}. */
    public static Engine connect(EngineConfig config, InetSocketAddress address, List<AutoCloseable> closeables)
            throws Exception {
        Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, config.nodeId()));
        StorageClient client = StorageClient.connect(t, address, 5_000).get(30, TimeUnit.SECONDS);
        SingleNodeLogSink sink = new SingleNodeLogSink(client, GROUP);
        SingleNodePageSource source = new SingleNodePageSource(client, false, GROUP);
        Engine e = Engine.open(config, sink, source, t);
        closeables.add(0, t);
        closeables.add(0, client);
        closeables.add(0, sink);
        closeables.add(0, source);
        closeables.add(0, e);
        return e;
    }

    /** Closes the engines opened so far (and their connections); the node keeps running. */
    public void closeEngines() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        open.clear();
    }

    @Override
    public void close() throws Exception {
        closeEngines();
        node.close();
        storageTransport.close();
    }
}
