package org.borealis.transport.rdma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The doorbell that lets the poller and the rdma_cm thread sleep until there is work: its native
 * half (an eventfd polled with a channel's descriptor). Needs the native library, not an RDMA
 * device. That the transport's threads never miss a wake-up is tested in the lab, whose JVM lets
 * them sleep without a limit ({@code RdmaTransportTest.idlePollersSleepAndWorkFromOtherThreadsWakesThem}
 * and every other rdma test there).
 */
class DoorbellTest {

    @BeforeAll
    static void load() throws Exception {
        RdmaTestSupport.loadNativeLibrary(); // the doorbell's native half lives in libdisni
    }

    @Test
    void sleepsUntilTheTimeoutWhenNothingHappens() throws IOException {
        try (Doorbell bell = new Doorbell(); Doorbell channel = new Doorbell()) {
            long t0 = System.nanoTime();
            assertThat(bell.await(channel.fd(), 50)).isZero();
            assertThat(System.nanoTime() - t0).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(45));
        }
    }

    @Test
    void aRingReachesASleeperOnlyWhenItSaysItSleeps() throws IOException {
        try (Doorbell bell = new Doorbell(); Doorbell channel = new Doorbell()) {
            bell.ring(); // awake: nothing to do, nothing written
            assertThat(bell.await(channel.fd(), 0)).isZero();
            bell.sleeping(true);
            bell.ring();
            bell.ring(); // two rings, one wake-up: the eventfd's counter is read in one go
            assertThat(bell.await(channel.fd(), -1)).isEqualTo(Doorbell.RUNG);
            assertThat(bell.await(channel.fd(), 0)).isZero();
        }
    }

    @Test
    void aReadableChannelWakesTheSleeperAndIsLeftForItToTake() throws IOException {
        try (Doorbell bell = new Doorbell(); Doorbell channel = new Doorbell()) {
            channel.sleeping(true);
            channel.ring(); // makes the other eventfd readable, as a completion makes a channel
            assertThat(bell.await(channel.fd(), -1)).isEqualTo(Doorbell.CHANNEL);
            assertThat(bell.await(channel.fd(), 0)).isEqualTo(Doorbell.CHANNEL); // not consumed
            assertThat(channel.await(bell.fd(), 0)).isEqualTo(Doorbell.RUNG); // its owner takes it
            assertThat(bell.await(channel.fd(), 0)).isZero();
        }
    }

    @Test
    void badDescriptorsAreRefusedWithTheCallNamed() throws IOException {
        Doorbell bell = new Doorbell();
        assertThatThrownBy(() -> bell.await(-1, 0)).isInstanceOf(IOException.class).hasMessageContaining("poll");
        assertThatThrownBy(() -> bell.await(1_000_000, 0)).isInstanceOf(IOException.class)
                .hasMessageContaining("not open");
        Doorbell closed = new Doorbell();
        closed.close();
        closed.close(); // twice is harmless
        closed.sleeping(true);
        closed.ring(); // after close: ignored, nothing written to a number that may be reused
        bell.close();
    }
}
