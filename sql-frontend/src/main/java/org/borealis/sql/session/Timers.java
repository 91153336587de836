package org.borealis.sql.session;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one scheduler for statement timeouts (a daemon thread; tasks only raise cancel flags). */
final class Timers {

    static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-timeouts");
        t.setDaemon(true);
        return t;
    });

    private Timers() {
    }
}
