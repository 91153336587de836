package org.borealis.sql.exec.storage;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.plan.RowLocking;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowLayout;

/**
 * SELECT ... FOR UPDATE/SHARE: locks, for each row its input yields, the row version of every
 * locked table, held to the end of the transaction (PostgreSQL's LockRows node, placed above the
 * sort and below LIMIT, so only rows that are returned get locked). A row another transaction
 * holds is waited for, or fails the statement with 55P03 (NOWAIT), or is skipped (SKIP LOCKED).
 * A row deleted meanwhile by a committed transaction is skipped; one updated meanwhile is followed
 * to its newest version, locked there, and re-checked against the query's conditions
 * ({@link RowLocking}); under REPEATABLE READ the engine fails such a lock with 40001 instead.
 */
final class LockRowsOp implements Operator {

    private final Operator input;
    private final RowLocking locking;
    private final Table[] tables;
    private final RowLayout[] layouts;
    private final Supplier<Transaction> txs;
    private ExecContext ctx;
    private Transaction tx;

    LockRowsOp(Operator input, RowLocking locking, List<Table> tables, Supplier<Transaction> txs) {
        this.input = input;
        this.locking = locking;
        this.tables = tables.toArray(new Table[0]);
        this.txs = txs;
        this.layouts = new RowLayout[tables.size()];
        for (int i = 0; i < layouts.length; i++) {
            layouts[i] = locking.targets().get(i).table().layout();
        }
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        this.tx = txs.get();
        for (Table t : tables) {
            t.lockForWrite(tx); // as PostgreSQL's ROW SHARE table lock: DDL on the table waits for us
        }
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            if (lock(row)) {
                return row;
            }
        }
        return null;
    }

    /** Locks the row's versions; false when the row is to be skipped. Recomputes it when a version moved. */
    private boolean lock(Object[] row) {
        int base = locking.inputStart();
        boolean moved = false;
        for (int i = 0; i < tables.length; i++) {
            RowLocking.Target t = locking.targets().get(i);
            Tid tid = (Tid) row[base + t.tidColumn()];
            while (true) {
                ctx.checkCancel();
                ModifyResult r = tables[i].lock(tx, tid, t.mode(), t.waitPolicy());
                if (r.status() == ModifyResult.Status.OK) {
                    break;
                }
                if (r.status() != ModifyResult.Status.UPDATED) {
                    return false; // deleted, skipped as locked, or changed by this very statement
                }
                Optional<Row> latest = tables[i].fetchLatest(tx, r.tid());
                if (latest.isEmpty()) {
                    return false;
                }
                tid = latest.get().tid();
                Object[] values = layouts[i].decode(latest.get().data());
                System.arraycopy(values, 0, row, base + t.firstColumn(), values.length);
                row[base + t.tidColumn()] = tid;
                moved = true;
            }
        }
        if (!moved) {
            return true;
        }
        Object[] in = java.util.Arrays.copyOfRange(row, base, base + locking.inputWidth());
        if (locking.recheck() != null && !Boolean.TRUE.equals(locking.recheck().eval(ctx, in))) {
            return false;
        }
        for (int j = 0; j < base; j++) {
            row[j] = locking.outputs().get(j).eval(ctx, in);
        }
        return true;
    }

    @Override
    public void close() {
        input.close();
    }

    @Override
    public String describe() {
        return "LockRows";
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
