/**
 * Replay: durable log records become page versions in the store, in LSN order, in the
 * background. Read {@link org.borealis.pagestore.replay.Replayer}; GetPage calls that wait for
 * replay park in {@link org.borealis.pagestore.replay.ApplyWaiters}.
 */
package org.borealis.pagestore.replay;
