/**
 * Transactions: xids (64-bit, reserved in ranges logged on the control page so a restarted node
 * never reuses one), snapshots, the commit-status log, row and xid locks with deadlock detection.
 * Read {@link org.borealis.sql.txn.TransactionManager} first, then
 * {@link org.borealis.sql.txn.Txn}, {@link org.borealis.sql.txn.Snapshot},
 * {@link org.borealis.sql.txn.CommitLog} and {@link org.borealis.sql.txn.LockManager}.
 */
package org.borealis.sql.txn;
