/**
 * The storage service over the RPC layer and its client. Read
 * {@link org.borealis.pagestore.service.StorageService} (server side) and
 * {@link org.borealis.pagestore.service.StorageClient} (typed calls); the wire layout is in
 * {@link org.borealis.pagestore.service.StorageMethods} and {@code docs/formats/storage-rpc.md};
 * failures are {@link org.borealis.pagestore.service.StorageStatus} codes, rebuilt at the caller as
 * {@link org.borealis.pagestore.service.StorageException}.
 */
package org.borealis.pagestore.service;
