/**
 * The compute seams over a single storage node: {@link org.borealis.pagestore.client.SingleNodeLogSink}
 * ({@link org.borealis.pagestore.api.LogSink}) and {@link org.borealis.pagestore.client.SingleNodePageSource}
 * ({@link org.borealis.pagestore.api.PageSource}), both on a
 * {@link org.borealis.pagestore.service.StorageClient}. {@code fabric} supplies the quorum versions.
 */
package org.borealis.pagestore.client;
