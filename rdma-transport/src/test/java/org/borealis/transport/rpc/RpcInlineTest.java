package org.borealis.transport.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borealis.transport.TestSupport.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.borealis.transport.NettyLeakCheck;
import org.borealis.transport.Transport;
import org.borealis.transport.TransportConfig;
import org.borealis.transport.TransportKind;
import org.borealis.transport.Transports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link RpcHandler#handleInline}: calls it takes are answered on the I/O thread without the
 * executor; calls it declines reach {@link RpcHandler#handle} with their payload whole; what it
 * throws is answered like a throw from {@code handle}.
 */
@ExtendWith(NettyLeakCheck.class)
class RpcInlineTest {

    static final int INLINE = 1;
    static final int PEEK_THEN_DECLINE = 2;
    static final int THROW = 3;
    static final int THROW_RPC = 4;

    /** Takes INLINE, reads all of PEEK_THEN_DECLINE's payload and declines it, throws for the rest. */
    static final class Handler implements RpcHandler {
        final AtomicInteger handled = new AtomicInteger();

        @Override
        public void handle(RpcCall call) {
            handled.incrementAndGet();
            call.reply(call.payload());
        }

        @Override
        public boolean handleInline(RpcCall call) {
            switch (call.method()) {
                case INLINE -> {
                    call.reply(ByteBuffer.wrap(Thread.currentThread().getName().getBytes(StandardCharsets.UTF_8)));
                    return true;
                }
                case PEEK_THEN_DECLINE -> {
                    ByteBuffer p = call.payload();
                    while (p.hasRemaining()) {
                        p.get();
                    }
                    return false;
                }
                case THROW -> throw new IllegalStateException("a bug in the fast path");
                case THROW_RPC -> throw new RpcException(153, true, "refused on the fast path");
                default -> {
                    return false;
                }
            }
        }
    }

    @Test
    void takenCallsNeedNoExecutorDeclinedOnesGetTheirWholePayload() throws Exception {
        Handler handler = new Handler();
        AtomicInteger executed = new AtomicInteger();
        // an executor that runs on a thread of its own, so a call it ran cannot look inline
        java.util.concurrent.Executor executor = r -> Thread.ofPlatform().name("rpc-worker").start(() -> {
            executed.incrementAndGet();
            r.run();
        });
        try (Transport server = Transports.create(TransportConfig.defaults(TransportKind.TCP, "inline-server"));
             Transport client = Transports.create(TransportConfig.defaults(TransportKind.TCP, "inline-client"));
             RpcServer rpc = new RpcServer("inline-server", server,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, executor, 16);
             RpcClient c = await(RpcClient.connect(client, rpc.localAddress(), 30_000, 16))) {
            ByteBuffer answer = await(c.call(INLINE, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            String thread = StandardCharsets.UTF_8.decode(answer).toString();
            assertThat(thread).as("answered by the thread that read the request").isNotEqualTo("rpc-worker");
            assertThat(executed).hasValue(0);
            assertThat(handler.handled).hasValue(0);

            ByteBuffer sent = ByteBuffer.wrap("the whole payload".getBytes(StandardCharsets.UTF_8));
            ByteBuffer echoed = await(c.call(PEEK_THEN_DECLINE, sent.duplicate(), ResponseDecoder.COPY));
            assertThat(echoed).as("the payload rewound for handle()").isEqualTo(sent);
            assertThat(handler.handled).hasValue(1);
            assertThat(executed).hasValue(1);

            RpcException bug = RpcTest.failure(c.call(THROW, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(bug.status()).isEqualTo(RpcStatus.INTERNAL);
            assertThat(bug.retriable()).isFalse();
            assertThat(bug).hasMessageContaining("a bug in the fast path");

            RpcException typed = RpcTest.failure(c.call(THROW_RPC, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            assertThat(typed.status()).isEqualTo(153);
            assertThat(typed.retriable()).isTrue();
            assertThat(executed).as("failures on the fast path never reach the executor").hasValue(1);
        }
    }

    @Test
    void inlineAnswersGoOnWhenTheExecutorRefusesWork() throws Exception {
        Handler handler = new Handler();
        java.util.concurrent.Executor refusing = r -> {
            throw new RejectedExecutionException("full");
        };
        try (Transport server = Transports.create(TransportConfig.defaults(TransportKind.TCP, "inline-server"));
             Transport client = Transports.create(TransportConfig.defaults(TransportKind.TCP, "inline-client"));
             RpcServer rpc = new RpcServer("inline-server", server,
                     new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, refusing, 16);
             RpcClient c = await(RpcClient.connect(client, rpc.localAddress(), 30_000, 16))) {
            for (int i = 0; i < 100; i++) {
                await(c.call(INLINE, ByteBuffer.allocate(0), ResponseDecoder.COPY));
            }
            RpcException refused = RpcTest.failure(c.call(PEEK_THEN_DECLINE, ByteBuffer.allocate(4),
                    ResponseDecoder.COPY));
            assertThat(refused.status()).isEqualTo(RpcStatus.OVERLOADED);
            assertThat(refused.retriable()).isTrue();
            assertThat(handler.handled).hasValue(0);
            await(c.call(INLINE, ByteBuffer.allocate(0), ResponseDecoder.COPY));
        }
    }
}
