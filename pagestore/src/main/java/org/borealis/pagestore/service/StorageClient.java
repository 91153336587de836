package org.borealis.pagestore.service;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.borealis.pagestore.log.AppendAck;
import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.transport.RegisteredBuffer;
import org.borealis.transport.Transport;
import org.borealis.transport.rpc.RpcClient;
import org.borealis.transport.rpc.RpcException;
import org.borealis.transport.rpc.RpcStatus;

/**
 * Typed calls to one storage node. Thread-safe; many calls may be in flight. Futures complete on
 * the transport's I/O thread (use the {@code *Async} stages for blocking work). A failure is a
 * {@link StorageException} for the service's own statuses and an {@link RpcException} for the
 * RPC layer's (timeout, connection lost, overloaded); both say whether a retry may help.
 */
public final class StorageClient implements AutoCloseable {

    /** What GetPage answered besides the page, which is already in the caller's frame. */
    public record PageInfo(long versionLsn, int checksum, boolean cacheHit) {
    }

    private final RpcClient rpc;

    private StorageClient(RpcClient rpc) {
        this.rpc = rpc;
    }

    public static CompletableFuture<StorageClient> connect(Transport transport, InetSocketAddress node,
                                                           long timeoutMillis) {
        return RpcClient.connect(transport, node, timeoutMillis, 1024).thenApply(StorageClient::new);
    }

    public InetSocketAddress remoteAddress() {
        return rpc.remoteAddress();
    }

    public boolean isOpen() {
        return rpc.isOpen();
    }

    /** AppendLog: {@code records} (position to limit; copied before this returns) to a group at an epoch. */
    public CompletableFuture<AppendAck> append(int group, int epoch, ByteBuffer records) {
        ByteBuffer req = ByteBuffer.allocate(StorageMethods.APPEND_HEADER + records.remaining());
        req.putInt(group).putInt(epoch).put(records.duplicate()).flip();
        return typed(rpc.call(StorageMethods.APPEND_LOG, req, StorageMethods::decodeAck));
    }

    /**
     * GetPage@LSN into {@code frame} at {@code offset}: the node writes the page there by a
     * one-sided write, then answers. Completes after the frame was checked to hold the page the
     * answer describes (its stored checksum) and the page's checksum was verified; either failing
     * is a {@link StorageStatus#CORRUPTION} failure.
     */
    public CompletableFuture<PageInfo> getPage(int group, PageId page, long lsn, RegisteredBuffer frame, int offset) {
        ByteBuffer req = ByteBuffer.allocate(StorageMethods.GET_PAGE_REQUEST);
        req.putInt(group);
        page.writeTo(req);
        req.putLong(lsn);
        frame.region().slice(offset, PageLayout.PAGE_SIZE).writeTo(req);
        req.flip();
        return typed(rpc.call(StorageMethods.GET_PAGE, req,
                b -> new PageInfo(b.getLong(), b.getInt(), (b.get() & StorageMethods.FLAG_CACHE_HIT) != 0)))
                .thenApply(info -> {
                    ByteBuffer view = frame.buffer().slice(offset, PageLayout.PAGE_SIZE);
                    if (PageLayout.checksum(view) != info.checksum()) {
                        throw new StorageException(StorageStatus.CORRUPTION, "page " + page + " at LSN " + lsn
                                + " from " + rpc.remoteAddress() + ": the frame does not hold the page the reply "
                                + "describes (checksum " + Integer.toHexString(info.checksum()) + " in the reply, "
                                + Integer.toHexString(PageLayout.checksum(view)) + " in the frame)");
                    }
                    if (!PageLayout.verifyChecksum(view)) {
                        throw new StorageException(StorageStatus.CORRUPTION, "page " + page + " at LSN " + lsn
                                + " from " + rpc.remoteAddress() + " fails its checksum in the frame");
                    }
                    return info;
                });
    }

    /** GetState of every group on the node. */
    public CompletableFuture<List<GroupState>> state() {
        return typed(rpc.call(StorageMethods.GET_STATE, ByteBuffer.allocate(0), StorageMethods::decodeStates));
    }

    /** GetState of one group (all zero when the node has never seen it). */
    public CompletableFuture<GroupState> state(int group) {
        return typed(rpc.call(StorageMethods.GET_STATE, ByteBuffer.allocate(4).putInt(0, group),
                StorageMethods::decodeStates)).thenApply(l -> l.get(0));
    }

    public CompletableFuture<Void> setHorizon(int group, long lsn) {
        return typed(rpc.call(StorageMethods.SET_HORIZON, ByteBuffer.allocate(12).putInt(group).putLong(lsn).flip(),
                b -> null));
    }

    /** Truncate for writer recovery: takes {@code epoch}, discards records above {@code above}. */
    public CompletableFuture<AppendAck> truncate(int group, int epoch, long above) {
        ByteBuffer req = ByteBuffer.allocate(16).putInt(group).putInt(epoch).putLong(above).flip();
        return typed(rpc.call(StorageMethods.TRUNCATE, req, StorageMethods::decodeAck));
    }

    /** Rebuilds service statuses as {@link StorageException}s; RPC-layer failures stay {@link RpcException}s. */
    static <T> CompletableFuture<T> typed(CompletableFuture<T> f) {
        return f.handle((v, err) -> {
            if (err == null) {
                return v;
            }
            Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
            throw translate(c);
        });
    }

    static RuntimeException translate(Throwable c) {
        if (c instanceof RpcException re && !(c instanceof StorageException)) {
            StorageStatus s = StorageStatus.of(re.status());
            if (s != null) {
                String prefix = RpcStatus.name(re.status()) + ": ";
                String text = re.getMessage().startsWith(prefix) ? re.getMessage().substring(prefix.length())
                        : re.getMessage();
                return new StorageException(s, text);
            }
            return re;
        }
        return c instanceof RuntimeException r ? r : new CompletionException(c);
    }

    @Override
    public void close() {
        rpc.close();
    }
}
