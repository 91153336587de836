package org.borealis.fabric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.borealis.pagestore.node.StorageNode;
import org.borealis.pagestore.testing.TestNodes;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code borealis status} against a real storage node, a closed port and an empty data folder. */
class StatusCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = BorealisCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reportsALiveStorageNodesGroupsAndADeadOne() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (Transport t = Transports.create(TransportConfig.defaults(TransportKind.TCP, "status-test"));
             StorageNode node = StorageNode.start(TestNodes.config(dir.resolve("n"), "status-node"), t,
                     new SimpleMeterRegistry())) {
            String addr = "127.0.0.1:" + node.address().getPort();
            Run up = run("status", "--node", addr);
            assertThat(up.code()).as(up.out() + up.err()).isZero();
            assertThat(up.out()).contains(addr).contains(" up ");
            Run mixed = run("status", "--node", addr, "--node", "127.0.0.1:" + closedPort);
            assertThat(mixed.code()).isEqualTo(3);
            assertThat(mixed.out()).contains("127.0.0.1:" + closedPort).contains("DOWN");
        }
    }

    @Test
    void aFolderWithoutUpSaysSo() {
        Run r = run("status", "--data", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).contains("not running");
        assertThat(r.err()).contains("no borealis up has run on");
    }
}
