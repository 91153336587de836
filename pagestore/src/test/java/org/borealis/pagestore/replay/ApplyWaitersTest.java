package org.borealis.pagestore.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ApplyWaitersTest {

    @Test
    void waitersCompleteInLsnOrderAsReplayAdvances() {
        AtomicLong applied = new AtomicLong(5);
        ApplyWaiters w = new ApplyWaiters(applied::get);
        assertThat(w.await(5).isDone()).isTrue();
        CompletableFuture<Void> a = w.await(10);
        CompletableFuture<Void> b = w.await(7);
        assertThat(w.size()).isEqualTo(2);
        applied.set(8);
        w.advance(8);
        assertThat(b.isDone()).isTrue();
        assertThat(a.isDone()).isFalse();
        applied.set(10);
        w.advance(10);
        assertThat(a.isDone()).isTrue();
        assertThat(w.size()).isZero();
    }

    @Test
    void aFailedGroupFailsEveryWaiterAndEveryLaterOne() {
        ApplyWaiters w = new ApplyWaiters(() -> 0);
        CompletableFuture<Void> a = w.await(3);
        w.failAll(new IllegalStateException("damaged"));
        assertThat(a.isCompletedExceptionally()).isTrue();
        assertThat(w.await(1).isCompletedExceptionally()).isTrue();
    }

    @Test
    void timedOutWaitersAreDroppedOnTheNextAdvance() {
        ApplyWaiters w = new ApplyWaiters(() -> 0);
        w.await(100).completeExceptionally(new RuntimeException("timeout"));
        w.await(200);
        w.advance(1);
        assertThat(w.size()).isEqualTo(1);
    }
}
