/**
 * The admin HTTP endpoint of every node: {@code /metrics} (Prometheus text from the node's
 * Micrometer registry) and {@code /health}. Read {@link org.borealis.fabric.admin.AdminServer}.
 */
package org.borealis.fabric.admin;
