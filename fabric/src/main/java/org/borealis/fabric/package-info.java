/**
 * The cluster: configuration, the {@code borealis} command line, node runtime (metrics, admin
 * HTTP, logging), and — as they land — membership, the quorum log writer and page router,
 * replicas and routing. Start with {@link org.borealis.fabric.cli.BorealisCommand}.
 */
package org.borealis.fabric;
