package org.borealis.pagestore.testing;

import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;

/**
 * A storage node in its own JVM for multi-process tests: {@code StorageNodeMain DATA_DIR}. Serves
 * on loopback port 0 over tcp and prints {@code PORT <n>} on stdout once it serves; runs until
 * killed.
 */
public final class StorageNodeMain {

    private StorageNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "crash-node"));
        StorageNode node = StorageNode.start(TestNodes.config(Path.of(args[0]), "crash-node"), t,
                new SimpleMeterRegistry());
        System.out.println("PORT " + node.address().getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
