package org.borealis.pagestore.testing;

import java.nio.file.Path;
import java.util.Locale;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.config.LogConfig;
import org.borealis.pagestore.config.ServiceConfig;
import org.borealis.pagestore.log.LogMode;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * A storage node in its own JVM for multi-process tests:
 * {@code StorageNodeMain DATA_DIR [LOG_MODE [TRANSPORT [PORT]]]} (default {@code fsync}, {@code tcp}
 * and port 0, any free one). Serves on loopback and prints {@code MODE <log mode in use>} and then {@code PORT <n>}
 * on stdout once it serves; runs until killed.
 */
public final class StorageNodeMain {

    private StorageNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        LogMode mode = args.length > 1 ? LogMode.valueOf(args[1].toUpperCase(Locale.ROOT)) : LogMode.FSYNC;
        TransportKind kind = args.length > 2 ? TransportKind.valueOf(args[2].toUpperCase(Locale.ROOT)) : TransportKind.TCP;
        Transport t = Transports.create(NodeProcess.transportConfig(kind, "crash-node"));
        var config = TestNodes.config(Path.of(args[0]), "crash-node");
        if (args.length > 3) {
            ServiceConfig s = config.service();
            config = config.withService(new ServiceConfig(s.host(), Integer.parseInt(args[3]), s.adminPort(), s.threads(),
                    s.maxInFlight(), s.pageSlots()));
        }
        StorageNode node = StorageNode.start(config.withLog(new LogConfig(mode, config.log().segmentSize())), t,
                new SimpleMeterRegistry());
        System.out.println("MODE " + node.engine().logMode().configName());
        System.out.println("PORT " + node.address().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
