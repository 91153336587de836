package org.borealis.transport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBufAllocator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test class when Netty's leak detector (paranoid in tests) reports a buffer that was
 * garbage collected without being released. After the class's tests it runs the collector and
 * allocates, which is when the detector reports; a leak found then may come from this class or an
 * earlier one in the same JVM. Detection depends on the collector, so a leak can go unnoticed, never the reverse.
 */
public final class NettyLeakCheck implements BeforeAllCallback, AfterAllCallback {

    private static final List<String> LEAKS = new CopyOnWriteArrayList<>();
    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check();
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        if (LoggerFactory.getLogger("io.netty.util.ResourceLeakDetector") instanceof Logger logger) {
            AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
                @Override
                protected void append(ILoggingEvent event) {
                    if (event.getFormattedMessage().contains("LEAK")) {
                        LEAKS.add(event.getFormattedMessage());
                    }
                }
            };
            appender.setContext(logger.getLoggerContext());
            appender.start();
            logger.addAppender(appender);
        }
        installed = true;
    }

    /** Collects garbage, lets the detector report, and fails if it reported a leak. */
    public static void check() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            for (int j = 0; j < 10; j++) {
                ByteBufAllocator.DEFAULT.directBuffer(1).release(); // the detector reports on allocation
                Thread.yield();
            }
        }
        if (!LEAKS.isEmpty()) {
            String first = LEAKS.get(0);
            int count = LEAKS.size();
            LEAKS.clear();
            throw new AssertionError(count + " leaked Netty buffer(s) reported (in this test or an earlier one): "
                    + first.substring(0, Math.min(first.length(), 4000)));
        }
    }
}
