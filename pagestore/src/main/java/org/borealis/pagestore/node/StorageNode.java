package org.borealis.pagestore.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.borealis.pagestore.CorruptionException;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.service.StorageService;
import org.borealis.transport.Transport;
import org.borealis.transport.rpc.RpcServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running storage node: the {@link StorageEngine} on its data folder, served by a
 * {@link StorageService} on an {@link RpcServer} over the given transport, with its metrics in
 * the given registry. Start with {@link #start}; {@link #close} stops serving, then closes the
 * engine. The node's log lines carry its id.
 */
public final class StorageNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageNode.class);

    private final StorageEngine engine;
    private final StorageService service;
    private final RpcServer server;
    private final ExecutorService executor;

    private StorageNode(StorageEngine engine, StorageService service, RpcServer server, ExecutorService executor) {
        this.engine = engine;
        this.service = service;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Opens the data folder (validating the log; a damaged one stops here with the segment and
     * offset named) and starts serving on {@code service.host:service.port}.
     */
    public static StorageNode start(StorageConfig config, Transport transport, MeterRegistry meters)
            throws IOException, CorruptionException {
        StorageEngine engine = StorageEngine.open(config, meters);
        AtomicInteger n = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(config.service().threads(), r -> {
            Thread t = new Thread(r, config.nodeId() + "-rpc-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        StorageService service = null;
        try {
            service = new StorageService(engine, transport, config.service().pageSlots());
            RpcServer server = new RpcServer(config.nodeId(), transport,
                    new InetSocketAddress(config.service().host(), config.service().port()), service, executor,
                    config.service().maxInFlight());
            LOG.info("[{}] storage node serving on {} over {}", config.nodeId(), server.localAddress(), transport.name());
            return new StorageNode(engine, service, server, executor);
        } catch (IOException | RuntimeException e) {
            if (service != null) {
                service.close();
            }
            executor.shutdownNow();
            engine.close();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return server.localAddress();
    }

    public StorageEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        server.close();
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        service.close();
        engine.close();
    }
}
