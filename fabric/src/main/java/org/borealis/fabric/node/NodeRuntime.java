package org.borealis.fabric.node;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.borealis.fabric.admin.AdminConfig;
import org.borealis.fabric.admin.AdminServer;
import org.borealis.fabric.admin.Health;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide parts of one node: node id in every log line, a Prometheus-backed Micrometer
 * registry tagged with the node id (JVM metrics included), the admin HTTP server, and shutdown.
 * Components register what must be closed with {@link #closeOnShutdown}; they are closed in
 * reverse order when the process gets SIGTERM/SIGINT or {@link #close()} is called.
 */
public final class NodeRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NodeRuntime.class);

    /** System property naming the pid of the process that supervises this node, if any. */
    public static final String PARENT_PID_PROPERTY = "borealis.parent.pid";

    private final String nodeId;
    private final PrometheusMeterRegistry registry;
    private final AdminServer admin;
    private final Deque<AutoCloseable> closers = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private boolean closed;

    private NodeRuntime(String nodeId, AdminConfig adminConfig) throws InterruptedException {
        this.nodeId = nodeId;
        this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("node", nodeId);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        this.admin = adminConfig.enabled() ? new AdminServer(nodeId, adminConfig.listen(), registry) : null;
    }

    /**
     * Starts the runtime of node {@code nodeId}: from here on every log line carries the id.
     *
     * @param reloadLogging reload the logging configuration with the node id (once per process;
     *                      tests running several nodes in one JVM pass false)
     */
    public static NodeRuntime start(String nodeId, AdminConfig admin, boolean reloadLogging) throws InterruptedException {
        if (reloadLogging) {
            NodeLogging.useNodeId(nodeId);
        }
        return new NodeRuntime(nodeId, admin);
    }

    public String nodeId() {
        return nodeId;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The admin server, or null when disabled. */
    public AdminServer admin() {
        return admin;
    }

    public void addHealthCheck(String name, Supplier<Health> check) {
        if (admin != null) {
            admin.addHealthCheck(name, check);
        }
    }

    /** Registers something to close at shutdown; closed in reverse order of registration. */
    public synchronized void closeOnShutdown(AutoCloseable c) {
        closers.push(c);
    }

    /**
     * Blocks until SIGTERM/SIGINT (or {@link #close()} from another thread), then closes everything.
     */
    public void runUntilShutdown() throws InterruptedException {
        Thread hook = new Thread(() -> {
            LOG.info("[{}] shutting down", nodeId);
            close();
        }, nodeId + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        watchParent();
        stopped.await();
    }

    /**
     * A node started by {@code borealis up} gets its parent's pid in {@code borealis.parent.pid}:
     * when that process is gone (even killed with SIGKILL, which it cannot forward), the node stops
     * itself instead of living on unmanaged.
     */
    private void watchParent() {
        String pid = System.getProperty(PARENT_PID_PROPERTY);
        if (pid == null) {
            return;
        }
        java.util.Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(pid));
        Thread t = new Thread(() -> {
            while (parent.map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            LOG.warn("[{}] parent process {} is gone; stopping", nodeId, pid);
            System.exit(0);
        }, nodeId + "-parent-watch");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        while (true) {
            AutoCloseable c;
            synchronized (this) {
                c = closers.poll();
            }
            if (c == null) {
                break;
            }
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("[{}] error while stopping {}: {}", nodeId, c, e.toString());
            }
        }
        if (admin != null) {
            admin.close();
        }
        gcMetrics.close();
        registry.close();
        LOG.info("[{}] stopped", nodeId);
        stopped.countDown();
    }
}
