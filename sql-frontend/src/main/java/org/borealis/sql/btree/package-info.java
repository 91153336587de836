/**
 * The B-tree access method (Lehman-Yao: right links and high keys, so readers hold one page
 * latch at a time and a split is visible before its parent knows of it). Read
 * {@link org.borealis.sql.btree.BTree} first (descent, insert, unique check), then
 * {@link org.borealis.sql.btree.Splitter} (how a split is logged as records storage replays into
 * the same bytes) and {@link org.borealis.sql.btree.BTreeScan} (range scans both ways). Page
 * format: {@code org.borealis.pagestore.btree.BtreePage}.
 */
package org.borealis.sql.btree;
