package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.transport.TestSupport.await;
import static org.borealis.transport.TestBytes.assertSameBytes;
import static org.borealis.transport.TestBytes.bytes;
import static org.borealis.transport.TestBytes.pattern;
import static org.borealis.transport.TestBytes.put;

import org.borealis.transport.TransportContractTest.Link;

/**
 * Checks what a one-sided access the peer refuses does to a connection, the same on every
 * transport (see {@link Endpoint}): the refused operation fails with a
 * {@link RemoteAccessException}; a write and a read posted behind it, both valid, fail with a
 * {@link ConnectionClosedException} and do not touch the peer's memory; both sides' handlers hear
 * {@code onClosed} once (the posting side's cause names the refusal); and a new connection
 * between the same transports works.
 */
final class RefusedAccess {

    /** Posts one operation on an endpoint. */
    @FunctionalInterface
    interface Post {
        boolean post(Endpoint endpoint, CompletionHandler handler, long opId);
    }

    private final RegisteredBuffer local;
    private final RegisteredBuffer remote;

    /**
     * @param local  the client's buffer, 4 KiB at least
     * @param remote a valid region of the server's, 4 KiB at least, for the operations behind the refused one
     */
    RefusedAccess(RegisteredBuffer local, RegisteredBuffer remote) {
        this.local = local;
        this.remote = remote;
    }

    /** Posts {@code refused} on {@code link}, then a valid write and read behind it, and checks the outcome. */
    void refusedThenClosed(Link link, Post refused) throws Exception {
        byte[] peerMemory = bytes(remote, 0, remote.capacity());
        put(local, 0, pattern(local.capacity(), 77));
        assertThat(refused.post(link.client(), link.clientEvents(), 1)).isTrue();
        assertThat(link.client().write(local, 0, remote.region(), 0, 64, link.clientEvents(), 2)).isTrue();
        assertThat(link.client().read(local, 1024, remote.region(), 0, 64, link.clientEvents(), 3)).isTrue();

        Recorder.Completion first = link.clientEvents().next();
        assertThat(first.opId()).isEqualTo(1);
        assertThat(first.failure()).as("the refused operation").isInstanceOf(RemoteAccessException.class);
        for (int op = 2; op <= 3; op++) {
            Recorder.Completion c = link.clientEvents().next();
            assertThat(c.opId()).isEqualTo(op);
            assertThat(c.failure()).as("operation %d, posted behind the refused one", op)
                    .isInstanceOf(ConnectionClosedException.class);
        }
        TransportException cause = await(link.clientEvents().closed);
        assertThat(cause).isInstanceOf(ConnectionClosedException.class).hasCauseInstanceOf(RemoteAccessException.class);
        assertThat(await(link.serverEvents().closed)).as("the refusing side closes too")
                .isInstanceOf(ConnectionClosedException.class);
        assertThat(link.client().isOpen()).isFalse();
        assertThat(link.server().isOpen()).isFalse();
        assertSameBytes(bytes(remote, 0, remote.capacity()), peerMemory, "the peer's memory after the refusal");
        assertThat(link.serverEvents().messages).as("the server's application saw nothing").isEmpty();
        assertThat(link.clientEvents().closedCalls.get()).isEqualTo(1);
        assertThat(link.serverEvents().closedCalls.get()).isEqualTo(1);
        link.assertNoViolations();
    }

    /** A read and a write on a new connection between the same transports succeed. */
    void newConnectionWorks(Link link) throws Exception {
        assertThat(link.client().read(local, 0, remote.region(), 100, 200, link.clientEvents(), 1)).isTrue();
        Recorder.Completion read = link.clientEvents().next();
        assertThat(read.ok()).as("a read on a new connection: %s", read.failure()).isTrue();
        assertSameBytes(bytes(local, 0, 200), bytes(remote, 100, 200), "the read on a new connection");
        put(local, 0, pattern(64, 21));
        assertThat(link.client().write(local, 0, remote.region(), 3000, 64, link.clientEvents(), 2)).isTrue();
        Recorder.Completion write = link.clientEvents().next();
        assertThat(write.ok()).as("a write on a new connection: %s", write.failure()).isTrue();
        assertSameBytes(bytes(remote, 3000, 64), pattern(64, 21), "the write on a new connection");
        assertThat(link.client().isOpen()).isTrue();
        link.assertNoViolations();
    }
}
