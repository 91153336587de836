/**
 * What every node process shares: {@link org.borealis.fabric.node.NodeRuntime} gives a node its
 * id in every log line, a Micrometer registry, admin HTTP, and an orderly shutdown on SIGTERM or
 * Ctrl-C.
 */
package org.borealis.fabric.node;
