package org.borealis.transport.rpc;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.borealis.transport.TestSupport;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.TransportLimits;
import org.borealis.transport.Transports;

/**
 * An {@link RpcServer} with a small test service on a real tcp transport, and clients of it.
 * Methods: {@link #ECHO}, {@link #ADD}, {@link #FAIL_RETRIABLE}, {@link #FAIL_FATAL}, {@link #THROW},
 * {@link #THROW_RPC}, {@link #HOLD} (kept in {@link #held} unanswered), {@link #BIG_REPLY}.
 */
final class RpcFixture implements AutoCloseable {

    static final int ECHO = 1;
    static final int ADD = 2;
    static final int FAIL_RETRIABLE = 3;
    static final int FAIL_FATAL = 4;
    static final int THROW = 5;
    static final int THROW_RPC = 6;
    static final int HOLD = 7;
    static final int BIG_REPLY = 8;

    final Transport serverTransport;
    final Transport clientTransport;
    final ExecutorService executor = Executors.newFixedThreadPool(4);
    final BlockingQueue<RpcCall> held = new LinkedBlockingQueue<>();
    final RpcServer server;

    RpcFixture(TransportLimits limits, int maxInFlight) throws Exception {
        serverTransport = Transports.create(new TransportConfig(TransportKind.TCP, limits, 1, "storage-1"));
        clientTransport = Transports.create(new TransportConfig(TransportKind.TCP, limits, 1, "compute-1"));
        server = new RpcServer("storage-1", serverTransport, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                this::serve, executor, maxInFlight);
    }

    RpcClient client(long timeoutMillis, int maxQueued) throws Exception {
        return TestSupport.await(RpcClient.connect(clientTransport, server.localAddress(), timeoutMillis, maxQueued));
    }

    private void serve(RpcCall call) {
        ByteBuffer p = call.payload();
        switch (call.method()) {
            case ECHO -> call.reply(p);
            case ADD -> call.reply(ByteBuffer.allocate(8).putLong(0, (long) p.getInt(0) + p.getInt(4)));
            case FAIL_RETRIABLE -> call.fail(150, true, "not yet applied up to LSN " + p.getLong(0));
            case FAIL_FATAL -> call.fail(151, false, "stale epoch");
            case THROW -> throw new IllegalStateException("a bug in the handler");
            case THROW_RPC -> throw new RpcException(152, true, "thrown with a status");
            case HOLD -> held.add(call);
            case BIG_REPLY -> call.reply(ByteBuffer.allocate(p.getInt(0)));
            default -> call.fail(RpcStatus.UNKNOWN_METHOD, false, "no method " + call.method());
        }
    }

    static ByteBuffer ints(int a, int b) {
        return ByteBuffer.allocate(8).putInt(a).putInt(b).flip();
    }

    @Override
    public void close() throws Exception {
        server.close();
        clientTransport.close();
        serverTransport.close();
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
