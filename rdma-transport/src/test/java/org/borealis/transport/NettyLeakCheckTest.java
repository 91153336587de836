package org.borealis.transport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.Test;

/** The leak check itself catches a buffer dropped without release (so the checks in other tests can fail). */
class NettyLeakCheckTest {

    @Test
    void aDroppedBufferIsReported() {
        org.assertj.core.api.Assumptions.assumeThat(ResourceLeakDetector.getLevel())
                .as("leak detection level").isEqualTo(ResourceLeakDetector.Level.PARANOID);
        NettyLeakCheck.install();
        NettyLeakCheck.check(); // nothing from before
        leak();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) { // the collector decides when the dropped buffer is found
                NettyLeakCheck.check();
            }
        }).isInstanceOf(AssertionError.class).hasMessageContaining("LEAK");
    }

    private static void leak() {
        ByteBuf b = ByteBufAllocator.DEFAULT.directBuffer(64);
        b.writeLong(1);
    }
}
