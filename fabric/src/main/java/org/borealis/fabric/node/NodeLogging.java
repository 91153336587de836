package org.borealis.fabric.node;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.joran.spi.JoranException;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Puts the node id into every log line: sets {@code borealis.node} and reloads the Logback
 * configuration, whose pattern prints it.
 */
final class NodeLogging {

    private NodeLogging() {
    }

    static void useNodeId(String nodeId) {
        System.setProperty("borealis.node", nodeId);
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext ctx) {
            ctx.reset();
            ctx.putProperty("borealis.node", nodeId);
            try {
                new ContextInitializer(ctx).autoConfig();
            } catch (JoranException e) {
                System.err.println("borealis: cannot reload logging configuration: " + e.getMessage());
            }
        }
    }
}
