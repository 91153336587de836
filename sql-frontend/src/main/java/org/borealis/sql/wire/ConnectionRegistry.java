package org.borealis.sql.wire;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The node's live sessions: the connection limit (53300 beyond it) and the process-id/secret pairs
 * that CancelRequest presents. Thread-safe.
 */
final class ConnectionRegistry {

    private final SecureRandom random = new SecureRandom();
    private final int maxConnections;
    private final AtomicInteger active = new AtomicInteger();
    private final Map<Integer, PgConnection> byPid = new ConcurrentHashMap<>();

    ConnectionRegistry(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    /** Takes a connection slot; false when the limit is reached. */
    boolean tryAcquire() {
        while (true) {
            int n = active.get();
            if (n >= maxConnections) {
                return false;
            }
            if (active.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    void releaseSlot() {
        active.decrementAndGet();
    }

    int active() {
        return active.get();
    }

    /** Registers a session and returns its process id. */
    int register(PgConnection c) {
        while (true) {
            int pid = 1 + random.nextInt(Integer.MAX_VALUE - 1);
            if (byPid.putIfAbsent(pid, c) == null) {
                return pid;
            }
        }
    }

    int newSecret() {
        return random.nextInt();
    }

    void unregister(int pid) {
        byPid.remove(pid);
    }

    /** Cancels the running statement of the session with this pid when the secret matches. */
    void cancel(int pid, int secret) {
        PgConnection c = byPid.get(pid);
        if (c != null && c.secret() == secret) {
            c.cancelRunning();
        }
    }
}
