package org.borealis.sql.testutil;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

import org.borealis.transport.Endpoint;
import org.borealis.transport.EndpointHandler;
import org.borealis.transport.Listener;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportLimits;

/** A transport that only allocates (direct, unregistered) memory: for engine tests without a network. */
public final class MemoryTransport implements Transport {

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public TransportLimits limits() {
        return TransportLimits.DEFAULT;
    }

    @Override
    public RegisteredBuffer allocate(int capacity) {
        ByteBuffer mem = ByteBuffer.allocateDirect(capacity);
        return new RegisteredBuffer() {
            private boolean open = true;

            @Override
            public ByteBuffer buffer() {
                return mem.duplicate().clear();
            }

            @Override
            public int capacity() {
                return capacity;
            }

            @Override
            public RemoteRegion region() {
                return new RemoteRegion(0, 0, capacity);
            }

            @Override
            public boolean isOpen() {
                return open;
            }

            @Override
            public void close() {
                open = false;
            }
        };
    }

    @Override
    public Listener listen(InetSocketAddress address, EndpointHandler.Factory handlers) {
        throw new UnsupportedOperationException("the memory transport does not listen");
    }

    @Override
    public CompletableFuture<Endpoint> connect(InetSocketAddress address, EndpointHandler handler) {
        throw new UnsupportedOperationException("the memory transport does not connect");
    }

    @Override
    public void close() {
    }
}
