/**
 * The B-tree page format and the redo of B-tree records ({@code docs/formats/btree.md}). Read
 * {@link org.borealis.pagestore.btree.BtreePage} (layout and key order), then
 * {@link org.borealis.pagestore.btree.BtreeRecords} and {@link org.borealis.pagestore.btree.BtreeRedo}.
 */
package org.borealis.pagestore.btree;
