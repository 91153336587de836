package org.borealis.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.transport.TestSupport.await;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.borealis.transport.ConnectionClosedException;
import org.borealis.transport.Endpoint;
import org.borealis.transport.LossWorkload;
import org.borealis.transport.Recorder;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TestSupport;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.borealis.transport.NettyLeakCheck;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A peer in another JVM is killed with SIGKILL while reads and sends to it are in flight: every
 * pending operation must fail with a {@link ConnectionClosedException} naming that peer, the
 * endpoint must report {@code onClosed} once, and the reads that completed before the kill must
 * have returned the right bytes.
 */
@ExtendWith(NettyLeakCheck.class)
class PeerKilledMidStreamIT {

    @Test
    void everyPendingOperationFailsNamingTheKilledPeer() throws Exception {
        Process peer = startPeer("victim");
        try (Transport transport = Transports.create(new TransportConfig(TransportKind.TCP, TransportLimits.DEFAULT,
                1, "survivor"))) {
            String[] ready = awaitReady(peer);
            int port = Integer.parseInt(ready[1]);
            RemoteRegion region = new RemoteRegion(Long.parseLong(ready[2]), Integer.parseInt(ready[3]),
                    Integer.parseInt(ready[4]));
            Recorder events = new Recorder();
            Endpoint endpoint = await(transport.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                    events));
            RegisteredBuffer local = transport.allocate(64 * 1024);
            LossWorkload stream = new LossWorkload(endpoint, events, region, PeerProcess.contents(), local, 64);

            stream.start();
            stream.awaitCompletions(TestSupport.scaled(2_000));
            peer.destroyForcibly(); // SIGKILL on Linux: no goodbye from the peer
            assertThat(peer.waitFor(TestSupport.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(peer.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

            stream.awaitEnd();
            stream.assertLossSeen("victim (127.0.0.1:" + port + ")");
            assertThat(await(events.closed)).isInstanceOf(ConnectionClosedException.class)
                    .hasMessageContaining("victim (127.0.0.1:" + port + ")");
            assertThat(events.closedCalls.get()).isEqualTo(1);
            assertThat(events.violations).isEmpty();
            assertThat(endpoint.isOpen()).isFalse();
            assertThat(endpoint.outstanding()).isZero();
        } finally {
            peer.destroyForcibly();
        }
    }

    /** Starts {@link PeerProcess} in a child JVM on this test's class path. */
    static Process startPeer(String nodeId) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        File log = new File("target", "peer-" + nodeId + "-" + ProcessHandle.current().pid() + ".log");
        return new ProcessBuilder(List.of(java, "-cp", classPath, "--enable-native-access=ALL-UNNAMED",
                PeerProcess.class.getName(), nodeId))
                .redirectError(log)
                .start();
    }

    private static String[] awaitReady(Process peer) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(peer.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("READY ")) {
                return line.split(" ");
            }
        }
        throw new AssertionError("the peer process ended before it was ready (exit " + peer.waitFor() + ")");
    }
}
