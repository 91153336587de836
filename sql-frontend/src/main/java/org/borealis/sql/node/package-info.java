/**
 * The compute node process: {@link org.borealis.sql.node.ComputeNode} (read first) wires the
 * storage client, the engine and the PostgreSQL protocol server together from a
 * {@link org.borealis.sql.node.ComputeConfig}.
 */
package org.borealis.sql.node;
