package org.borealis.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.SelectStrategy;
import org.junit.jupiter.api.Test;

/** The adaptive spin of idle I/O threads: back off after fruitless spins, reset by one that pays. */
class SpinThenBlockTest {

    @Test
    void aZeroBudgetNeverSpins() throws Exception {
        SpinThenBlock s = new SpinThenBlock(0);
        int[] polls = {0};
        assertThat(s.calculateStrategy(() -> polls[0]++, false)).isEqualTo(SelectStrategy.SELECT);
        assertThat(polls[0]).isZero();
        assertThat(s.calculateStrategy(() -> 3, true)).as("tasks waiting: look without blocking").isEqualTo(3);
    }

    @Test
    void fruitlessSpinsDoubleTheIdlePeriodsThatBlockAtOnce() throws Exception {
        SpinThenBlock s = new SpinThenBlock(5);
        int[] polls = {0};
        int expectedSkip = 1;
        for (int spin = 0; spin < 12; spin++) {
            polls[0] = 0;
            assertThat(s.calculateStrategy(() -> {
                polls[0]++;
                return 0;
            }, false)).isEqualTo(SelectStrategy.SELECT);
            assertThat(polls[0]).as("spin %d polled", spin).isPositive();
            assertThat(s.skipping()).isEqualTo(expectedSkip);
            for (int i = 0; i < expectedSkip; i++) {
                assertThat(s.calculateStrategy(() -> {
                    throw new AssertionError("polled while backing off");
                }, false)).isEqualTo(SelectStrategy.SELECT);
            }
            assertThat(s.skipping()).isZero();
            expectedSkip = Math.min(SpinThenBlock.MAX_SKIP, expectedSkip * 2);
        }
    }

    @Test
    void aSpinThatFindsWorkResetsTheBackOff() throws Exception {
        SpinThenBlock s = new SpinThenBlock(50_000); // long enough for three polls even when interpreted
        assertThat(s.calculateStrategy(() -> 0, false)).isEqualTo(SelectStrategy.SELECT); // 50 ms, nothing
        assertThat(s.skipping()).isEqualTo(1);
        assertThat(s.calculateStrategy(() -> 0, false)).isEqualTo(SelectStrategy.SELECT); // skipped
        int[] polls = {0};
        assertThat(s.calculateStrategy(() -> ++polls[0] == 3 ? 2 : 0, false)).isEqualTo(2);
        assertThat(s.skipping()).isZero();
        assertThat(s.calculateStrategy(() -> 1, false)).as("spins again at once").isEqualTo(1);
    }
}
