package org.borealis.transport.tcp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportException;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;

/**
 * A transport endpoint in its own JVM, for tests that kill a peer: listens on loopback, registers
 * a region filled with {@link #contents}, echoes every message it receives, and prints
 * {@code READY <port> <address> <key> <length>} on stdout. Runs until killed.
 */
public final class PeerProcess {

    public static final int REGION = 256 * 1024;

    private PeerProcess() {
    }

    /** What the region holds: byte i is {@code i * 31 + 7}. */
    public static byte[] contents() {
        byte[] b = new byte[REGION];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    public static void main(String[] args) throws Exception {
        Transport transport = Transports.create(new TransportConfig(TransportKind.TCP, TransportLimits.DEFAULT, 1,
                args.length > 0 ? args[0] : "victim"));
        RegisteredBuffer region = transport.allocate(REGION);
        region.buffer().put(0, contents());
        CompletionHandler ignore = new CompletionHandler() {
            @Override
            public void onComplete(Endpoint endpoint, long opId, int bytes) {
            }

            @Override
            public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            }
        };
        Listener listener = transport.listen(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                endpoint -> new EndpointHandler() {
                    @Override
                    public void onMessage(Endpoint ep, ByteBuffer message) {
                        ep.send(message, ignore, 0); // a refused echo (back-pressure) is dropped
                    }
                });
        System.out.printf("READY %d %d %d %d%n", listener.localAddress().getPort(), region.region().address(),
                region.region().key(), region.region().length());
        System.out.flush();
        Thread.currentThread().join();
    }
}
