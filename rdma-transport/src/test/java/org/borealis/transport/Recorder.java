package org.borealis.transport;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Records every event of an endpoint and the completions of the operations posted with it as
 * handler, for tests to check from their own thread. Optional hooks run inside the callbacks (on
 * the endpoint's I/O thread), for tests that must act before the transport does anything else.
 */
public final class Recorder implements EndpointHandler, CompletionHandler {

    /** One completion: {@code failure} is null when the operation succeeded. */
    public record Completion(long opId, int bytes, TransportException failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    public final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    public final BlockingQueue<byte[]> messages = new LinkedBlockingQueue<>();
    public final AtomicInteger writableCalls = new AtomicInteger();
    public final AtomicInteger closedCalls = new AtomicInteger();
    public final CompletableFuture<TransportException> closed = new CompletableFuture<>();
    /** Contract breaches seen inside callbacks (an assertion there would be swallowed). */
    public final List<String> violations = new CopyOnWriteArrayList<>();
    public volatile Consumer<ByteBuffer> onMessageHook;
    public volatile Runnable onWritableHook;

    @Override
    public void onMessage(Endpoint endpoint, ByteBuffer message) {
        byte[] copy = new byte[message.remaining()];
        message.duplicate().get(copy);
        messages.add(copy);
        Consumer<ByteBuffer> hook = onMessageHook;
        if (hook != null) {
            hook.accept(message);
        }
    }

    @Override
    public void onWritable(Endpoint endpoint) {
        writableCalls.incrementAndGet();
        Runnable hook = onWritableHook;
        if (hook != null) {
            hook.run();
        }
    }

    @Override
    public void onClosed(Endpoint endpoint, TransportException cause) {
        if (closedCalls.incrementAndGet() > 1) {
            violations.add("onClosed called again: " + cause);
        }
        if (endpoint.outstanding() != 0) {
            violations.add("onClosed with " + endpoint.outstanding() + " operations still outstanding");
        }
        closed.complete(cause);
    }

    @Override
    public void onComplete(Endpoint endpoint, long opId, int bytes) {
        checkNotClosed(opId);
        completions.add(new Completion(opId, bytes, null));
    }

    @Override
    public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
        if (cause == null) {
            violations.add("operation " + opId + " failed without a cause");
        }
        completions.add(new Completion(opId, 0, cause));
    }

    /** The next completion, waiting for it. */
    public Completion next() throws InterruptedException {
        return TestSupport.take(completions, "completion");
    }

    /** The next message, waiting for it. */
    public byte[] nextMessage() throws InterruptedException {
        return TestSupport.take(messages, "message");
    }

    private void checkNotClosed(long opId) {
        if (closed.isDone()) {
            violations.add("operation " + opId + " completed after onClosed");
        }
    }
}
