package org.borealis.sql.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.borealis.pagestore.client.SingleNodeLogSink;
import org.borealis.pagestore.client.SingleNodePageSource;
import org.borealis.pagestore.client.StorageConnection;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.sql.auth.HbaRules;
import org.borealis.sql.auth.PasswordVerifiers;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.EngineConfig;
import org.borealis.sql.exec.storage.EngineStorage;
import org.borealis.sql.wire.PgServer;
import org.borealis.sql.wire.WireConfig;
import org.borealis.transport.Transport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compute node: connects to its storage node, opens the storage engine on the single-node
 * {@link SingleNodeLogSink}/{@link SingleNodePageSource} (recovering or bootstrapping the volume)
 * and serves the PostgreSQL protocol. Closing stops accepting, ends sessions, closes the engine
 * and then the storage connection.
 */
public final class ComputeNode implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ComputeNode.class);

    private final ComputeConfig config;
    private final StorageConnection connection;
    private final SingleNodeLogSink sink;
    private final SingleNodePageSource source;
    private final Engine engine;
    private final PgServer server;

    private ComputeNode(ComputeConfig config, StorageConnection connection, SingleNodeLogSink sink, SingleNodePageSource source,
                        Engine engine, PgServer server) {
        this.config = config;
        this.connection = connection;
        this.sink = sink;
        this.source = source;
        this.engine = engine;
        this.server = server;
    }

    /** Starts the node; the transport is the caller's (it outlives the node). */
    public static ComputeNode start(ComputeConfig config, Transport transport) throws IOException, InterruptedException {
        String id = config.nodeId();
        InetSocketAddress addr = config.storage().address();
        InetSocketAddress resolved = addr.isUnresolved() ? new InetSocketAddress(addr.getHostString(), addr.getPort()) : addr;
        long timeout = config.storage().connectTimeout().toMillis();
        StorageClient client = connect(transport, resolved, timeout, id);
        // the sink and the page source share one connection, dialled again when it is lost (a storage
        // node restarted on the same address): the sink resends what was not acknowledged
        StorageConnection connection = new StorageConnection(id, transport, resolved, client, Math.min(timeout, 5000));
        SingleNodeLogSink sink = new SingleNodeLogSink(client, false, config.storage().group(), 4L << 20, 256 << 10,
                connection::reconnect, timeout, config.storage().logLinger().toNanos() / 1000);
        SingleNodePageSource source = new SingleNodePageSource(connection, config.storage().group(), timeout);
        Engine engine = null;
        PgServer server = null;
        try {
            ComputeConfig.EngineSection e = config.engine();
            boolean md5 = config.wire().passwordEncryption().equals("md5");
            String verifier = e.superuserPassword() == null || e.superuserPassword().isEmpty() ? null
                    : new PasswordVerifiers(md5).make(e.superuser(), e.superuserPassword());
            EngineConfig ec = EngineConfig.defaults(id).withBufferPoolPages(e.bufferPoolPages())
                    .withBootstrap(e.database(), e.superuser(), verifier).withAutovacuumInterval(e.autovacuumInterval())
                    .withAutoAnalyze(e.autovacuumAnalyzeThreshold(), e.autovacuumAnalyzeScaleFactor());
            engine = Engine.open(ec, sink, source, transport);
            server = new PgServer(wireConfig(config), new EngineStorage(engine, id));
            server.start();
            LOG.info("[{}] compute node serving database \"{}\" on {}:{}, storage at {}", id, engine.databaseName(),
                    config.wire().host(), server.port(), resolved);
            return new ComputeNode(config, connection, sink, source, engine, server);
        } catch (InterruptedException | RuntimeException ex) {
            if (server != null) {
                server.close();
            }
            if (engine != null) {
                engine.close();
            }
            sink.close();
            source.close();
            connection.close();
            throw ex;
        }
    }

    private static StorageClient connect(Transport t, InetSocketAddress addr, long timeoutMillis, String id)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            try {
                return StorageClient.connect(t, addr, Math.min(timeoutMillis, 5000)).get();
            } catch (java.util.concurrent.ExecutionException e) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("cannot reach storage node at " + addr + ": " + e.getCause().getMessage(), e.getCause());
                }
                LOG.info("[{}] waiting for storage node at {}", id, addr);
                Thread.sleep(200);
            }
        }
    }

    static WireConfig wireConfig(ComputeConfig c) {
        ComputeConfig.WireSection w = c.wire();
        Map<String, String> settings = new HashMap<>();
        w.settings().forEach((k, v) -> settings.put(k.toLowerCase(Locale.ROOT), v));
        // the engine's values, which SHOW and pg_settings report (they are not session settings)
        settings.put("autovacuum_analyze_threshold", Integer.toString(c.engine().autovacuumAnalyzeThreshold()));
        settings.put("autovacuum_analyze_scale_factor",
                java.math.BigDecimal.valueOf(c.engine().autovacuumAnalyzeScaleFactor()).stripTrailingZeros().toPlainString());
        return new WireConfig(c.nodeId(), w.host(), w.port(), w.maxConnections(), w.maxMessageLength(),
                w.tlsCertificate().isEmpty() ? null : java.nio.file.Path.of(w.tlsCertificate()),
                w.tlsKey().isEmpty() ? null : java.nio.file.Path.of(w.tlsKey()), HbaRules.parse(w.access()), settings,
                w.passwordEncryption().equals("md5"));
    }

    public int port() {
        return server.port();
    }

    public Engine engine() {
        return engine;
    }

    public ComputeConfig config() {
        return config;
    }

    /** Sessions currently connected. */
    public int activeSessions() {
        return server.activeSessions();
    }

    @Override
    public void close() {
        LOG.info("[{}] compute node stopping", config.nodeId());
        server.close();
        engine.close();
        sink.close();
        source.close();
        connection.close();
    }
}
