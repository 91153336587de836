package org.borealis.fabric.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.borealis.fabric.config.ConfigBinder;
import org.borealis.pagestore.config.StorageConfig;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.service.StorageClient;
import org.borealis.sql.node.ComputeConfig;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code borealis status}: what is running. For the {@code borealis up} on a data folder (the
 * default) it reports the supervising process, then each node: whether it answers, each storage
 * group's SCL, applied LSN, horizon and epoch, and each node's admin health. With {@code --node}
 * it asks the given storage nodes directly. Exits 0 when everything answers, 3 otherwise.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show whether the nodes of a borealis up (or given storage nodes) are up, with their log state.")
public final class StatusCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "local cluster configuration (default: conf/local.yaml if present)")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "data folder of a borealis up (overrides data-dir)")
    Path data;

    @Option(names = "--node", paramLabel = "HOST:PORT", description = "a storage node to ask instead (repeatable)")
    List<String> nodes = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        boolean allUp = true;
        try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "status"))) {
            if (!nodes.isEmpty()) {
                for (String n : nodes) {
                    allUp &= storage(t, "storage", PageCommand.Get.address(n), -1);
                }
                out.flush();
                return allUp ? 0 : 3;
            }
            Path dir = (data != null ? data : UpCommand.load(config).dataDir()).toAbsolutePath().normalize();
            allUp &= supervisor(dir);
            Path storageYaml = dir.resolve("storage.yaml");
            Path computeYaml = dir.resolve("compute.yaml");
            if (!Files.exists(storageYaml) || !Files.exists(computeYaml)) {
                throw new UserException("no borealis up has run on " + dir + " (no storage.yaml/compute.yaml there)");
            }
            StorageConfig s = ConfigBinder.load(storageYaml, StorageConfig.class);
            allUp &= storage(t, s.nodeId(), new InetSocketAddress(s.service().host(), s.service().port()),
                    s.service().adminPort());
            ComputeConfig c = ConfigBinder.load(computeYaml, ComputeConfig.class);
            allUp &= compute(c);
        }
        out.flush();
        return allUp ? 0 : 3;
    }

    private boolean supervisor(Path dir) throws IOException {
        Path pidFile = dir.resolve(UpCommand.PID);
        if (!Files.exists(pidFile)) {
            out.println("borealis up on " + dir + ": not running");
            return false;
        }
        String pid = Files.readString(pidFile).trim();
        Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
        boolean alive = p.map(ProcessHandle::isAlive).orElse(false);
        out.println("borealis up on " + dir + ": " + (alive ? "running (pid " + pid + ")" : "gone (pid " + pid + ")"));
        return alive;
    }

    private boolean storage(Transport t, String name, InetSocketAddress addr, int adminPort) {
        String where = addr.getHostString() + ":" + addr.getPort();
        try (StorageClient c = StorageClient.connect(t, addr, 5_000).get(10, TimeUnit.SECONDS)) {
            List<GroupState> groups = c.state().get(10, TimeUnit.SECONDS);
            out.printf("%-10s %-22s up    %d group(s)%s%n", name, where, groups.size(), admin(addr, adminPort));
            for (GroupState g : groups) {
                out.printf("           group %-4d scl %d, applied %d, horizon %d, epoch %d%n",
                        g.group(), g.scl(), g.applied(), g.horizon(), g.epoch());
            }
            return true;
        } catch (Exception e) {
            out.printf("%-10s %-22s DOWN  %s%n", name, where, rootMessage(e));
            return false;
        }
    }

    private boolean compute(ComputeConfig c) {
        InetSocketAddress addr = new InetSocketAddress(c.wire().host(), c.wire().port());
        String where = addr.getHostString() + ":" + addr.getPort();
        try (Socket s = new Socket()) {
            s.connect(addr, 2_000);
        } catch (IOException e) {
            out.printf("%-10s %-22s DOWN  %s%n", c.nodeId(), where, e.getMessage());
            return false;
        }
        out.printf("%-10s %-22s up    PostgreSQL protocol%s%n", c.nodeId(), where, admin(addr, c.adminPort()));
        return true;
    }

    /** ", admin health up (http://…/health)" when the node serves admin HTTP. */
    private String admin(InetSocketAddress addr, int port) {
        if (port <= 0) {
            return "";
        }
        String url = "http://" + addr.getHostString() + ":" + port + "/health";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return ", admin health " + (r.statusCode() == 200 ? "up" : "DOWN (" + r.statusCode() + ")") + " (" + url + ")";
        } catch (IOException e) {
            return ", admin unreachable (" + url + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }
}
