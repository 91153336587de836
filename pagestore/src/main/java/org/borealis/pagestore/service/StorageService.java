package org.borealis.pagestore.service;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.borealis.pagestore.node.GroupState;
import org.borealis.pagestore.node.PageRead;
import org.borealis.pagestore.node.StorageEngine;
import org.borealis.pagestore.page.PageId;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.transport.CompletionHandler;
import org.borealis.transport.Endpoint;
import org.borealis.transport.RemoteAccessException;
import org.borealis.transport.RemoteRegion;
import org.borealis.transport.TransportException;
import org.borealis.transport.rpc.RpcCall;
import org.borealis.transport.rpc.RpcHandler;
import org.borealis.transport.rpc.RpcStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The storage service: decodes each call ({@link StorageMethods}), hands it to the
 * {@link StorageEngine}, and answers — from the thread that finishes the work, so no thread waits
 * for a flush or for replay. Engine failures go back as their {@link StorageStatus}; a payload
 * that cannot be decoded is {@link RpcStatus#BAD_REQUEST}. GetPage writes the page into the
 * caller's region with a one-sided write from a registered {@link PageSlots} slot and posts the
 * reply right behind it: the transport delivers the reply only after the write's bytes are in the
 * caller's memory ({@code docs/design/write-then-send.md}), so the page costs one round trip. The
 * slot is given back when the write completes.
 *
 * <p>Write path hop 2 (AppendLog in, ack out) and read path hop 2 (GetPage). Runs on the
 * {@code RpcServer}'s executor, except a GetPage whose page is in the hot-page cache, which is
 * answered on the I/O thread that received it ({@link #handleInline}: a cache lookup and an 8 KiB
 * copy, no RocksDB); completions of one-sided writes on the transport's I/O thread.
 */
public final class StorageService implements RpcHandler, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StorageService.class);

    private final StorageEngine engine;
    private final PageSlots slots;
    private final Writes writes = new Writes();

    public StorageService(StorageEngine engine, org.borealis.transport.Transport transport, int pageSlots)
            throws TransportException {
        this.engine = engine;
        this.slots = new PageSlots(transport, pageSlots);
    }

    @Override
    public void handle(RpcCall call) {
        ByteBuffer p = call.payload();
        try {
            switch (call.method()) {
                case StorageMethods.APPEND_LOG -> {
                    int group = p.getInt();
                    int epoch = p.getInt();
                    engine.append(group, epoch, p).whenComplete((ack, err) -> {
                        if (err != null) {
                            fail(call, err);
                        } else {
                            call.reply(StorageMethods.encodeAck(ack));
                        }
                    });
                }
                case StorageMethods.GET_PAGE -> getPage(call, p);
                case StorageMethods.GET_STATE -> {
                    List<GroupState> states = p.remaining() >= 4 ? List.of(engine.state(p.getInt())) : engine.state();
                    call.reply(StorageMethods.encodeStates(states));
                }
                case StorageMethods.SET_HORIZON -> {
                    engine.setHorizon(p.getInt(), p.getLong());
                    call.reply(ByteBuffer.allocate(0));
                }
                case StorageMethods.TRUNCATE -> {
                    int group = p.getInt();
                    int epoch = p.getInt();
                    long above = p.getLong();
                    engine.truncate(group, epoch, above).whenComplete((ack, err) -> {
                        if (err != null) {
                            fail(call, err);
                        } else {
                            call.reply(StorageMethods.encodeAck(ack));
                        }
                    });
                }
                default -> call.fail(RpcStatus.UNKNOWN_METHOD, false, "the storage service has no method "
                        + call.method());
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            call.fail(RpcStatus.BAD_REQUEST, false, StorageMethods.name(call.method()) + ": malformed request of "
                    + call.payload().capacity() + " bytes" + (e.getMessage() != null ? ": " + e.getMessage() : ""));
        } catch (StorageException e) {
            call.fail(e.status(), e.retriable(), e.detail());
        }
    }

    private void getPage(RpcCall call, ByteBuffer p) {
        int group = p.getInt();
        PageId page = PageId.readFrom(p);
        long lsn = p.getLong();
        RemoteRegion target = RemoteRegion.readFrom(p);
        if (target.length() < PageLayout.PAGE_SIZE) {
            throw new IllegalArgumentException("the target region has " + target.length() + " bytes, a page needs "
                    + PageLayout.PAGE_SIZE);
        }
        engine.getPage(group, page, lsn).whenComplete((r, err) -> {
            if (err != null) {
                fail(call, err);
            } else {
                slots.take(slot -> send(call, target, r, slot));
            }
        });
    }

    @Override
    public boolean handleInline(RpcCall call) {
        if (call.method() != StorageMethods.GET_PAGE) {
            return false;
        }
        int group;
        PageId page;
        long lsn;
        RemoteRegion target;
        try {
            ByteBuffer p = call.payload();
            group = p.getInt();
            page = PageId.readFrom(p);
            lsn = p.getLong();
            target = RemoteRegion.readFrom(p);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return false; // handle() answers it with the reason
        }
        if (target.length() < PageLayout.PAGE_SIZE) {
            return false;
        }
        int slot = slots.tryTake();
        if (slot < 0) {
            return false;
        }
        long versionLsn = engine.copyCachedPage(group, page, lsn, slots.buffer().buffer(), slot);
        if (versionLsn < 0) {
            slots.give(slot);
            return false;
        }
        post(call, target, slot, versionLsn, true);
        return true;
    }

    /** Copies the page into a slot, posts its one-sided write into the caller's region and the reply right behind it. */
    private void send(RpcCall call, RemoteRegion target, PageRead r, int slot) {
        slots.buffer().buffer().put(slot, r.page(), 0, PageLayout.PAGE_SIZE);
        post(call, target, slot, r.versionLsn(), r.cacheHit());
    }

    private void post(RpcCall call, RemoteRegion target, int slot, long versionLsn, boolean cacheHit) {
        ByteBuffer reply = ByteBuffer.allocate(StorageMethods.GET_PAGE_RESPONSE)
                .putLong(versionLsn).putInt(slots.buffer().buffer().getInt(slot + PageLayout.CHECKSUM))
                .put(cacheHit ? StorageMethods.FLAG_CACHE_HIT : 0).flip();
        Endpoint ep = call.endpoint();
        long op = writes.register(slot);
        boolean posted;
        try {
            posted = ep.write(slots.buffer(), slot, target, 0, PageLayout.PAGE_SIZE, writes, op);
        } catch (RuntimeException e) {
            writes.remove(op);
            slots.give(slot);
            call.fail(RpcStatus.CONNECTION_LOST, true, "cannot write the page to " + ep.remoteAddress() + ": " + e);
            return;
        }
        if (!posted) {
            writes.remove(op);
            slots.give(slot);
            call.fail(RpcStatus.OVERLOADED, true, "too many operations in flight to " + ep.remoteAddress());
            return;
        }
        // behind the write on the same endpoint: the caller gets it once the page is in its frame; if
        // the write is refused the endpoint closes first and the call fails there as CONNECTION_LOST
        call.reply(reply);
    }

    private void fail(RpcCall call, Throwable err) {
        Throwable c = err instanceof CompletionException && err.getCause() != null ? err.getCause() : err;
        if (c instanceof StorageException se) {
            call.fail(se.status(), se.retriable(), se.detail());
        } else {
            LOG.error("[{}] {} failed unexpectedly", engine.nodeId(), StorageMethods.name(call.method()), c);
            call.fail(RpcStatus.INTERNAL, false, StorageMethods.name(call.method()) + ": " + c);
        }
    }

    /** One-sided page writes in flight: the slot each one writes from, by operation id, until it completes. */
    private final class Writes implements CompletionHandler {
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, Integer> ops = new ConcurrentHashMap<>();

        long register(int slot) {
            long id = ids.incrementAndGet();
            ops.put(id, slot);
            return id;
        }

        void remove(long id) {
            ops.remove(id);
        }

        @Override
        public void onComplete(Endpoint endpoint, long opId, int bytes) {
            Integer slot = ops.remove(opId);
            if (slot != null) {
                slots.give(slot);
            }
        }

        @Override
        public void onFailure(Endpoint endpoint, long opId, TransportException cause) {
            Integer slot = ops.remove(opId);
            if (slot != null) {
                slots.give(slot);
                if (cause instanceof RemoteAccessException) {
                    LOG.warn("[{}] a page could not be written into the region a GetPage from {} named: {}",
                            engine.nodeId(), endpoint.remoteAddress(), cause.getMessage());
                }
            }
        }
    }

    @Override
    public void close() {
        slots.close();
    }
}
