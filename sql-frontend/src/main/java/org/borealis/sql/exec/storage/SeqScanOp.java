package org.borealis.sql.exec.storage;

import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.RowLayout;

/**
 * Every row of a table visible to the transaction, decoded. With {@code withTid} each row carries
 * its tuple id one past the last column (UPDATE and DELETE need it).
 */
final class SeqScanOp implements Operator, org.borealis.sql.exec.op.DecodesColumns {

    private final Table table;
    private final java.util.function.Supplier<Transaction> txs;
    private Transaction tx;
    private final RowLayout layout;
    private final boolean withTid;
    String relName = "?";
    private Cursor<Row> cursor;
    private ExecContext ctx;
    /** The stored positions to decode, null for all ({@link #decodeOnly}). */
    private boolean[] wanted;

    SeqScanOp(Table table, java.util.function.Supplier<Transaction> txs, RowLayout layout, boolean withTid) {
        this.table = table;
        this.txs = txs;
        this.layout = layout;
        this.withTid = withTid;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        this.tx = txs.get();
        requireFormat(layout, tx, relName);
        cursor = table.scan(tx);
    }

    @Override
    public Object[] next() {
        if (!cursor.hasNext()) {
            return null;
        }
        ctx.checkCancel();
        Row r = cursor.next();
        return decode(r, layout, withTid, wanted);
    }

    @Override
    public void decodeOnly(java.util.BitSet columns) {
        wanted = withTid ? null : layout.storedMask(columns);
    }

    /**
     * 40001 when the table's rows were rewritten into other column types (ALTER COLUMN TYPE) by a
     * transaction {@code tx}'s snapshot does not see committed: the row versions it sees still hold
     * the old types, which the current catalog cannot read.
     */
    static void requireFormat(RowLayout layout, Transaction tx, String relName) {
        long x = layout.formatXid();
        if (x != 0 && tx != null && !org.borealis.sql.txn.Txn.of(tx).sees(x, -1, 0, 0)) {
            throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.SERIALIZATION_FAILURE,
                    "could not serialize access due to a concurrent ALTER TABLE of \"" + relName + "\"")
                    .withDetail("The column types changed after this transaction's snapshot was taken.");
        }
    }

    static Object[] decode(Row r, RowLayout layout, boolean withTid) {
        return decode(r, layout, withTid, null);
    }

    /** The row's visible values (only the stored positions {@code wanted} marks, null: all), and its tid when asked. */
    static Object[] decode(Row r, RowLayout layout, boolean withTid, boolean[] wanted) {
        Object[] vals = layout.decode(r.data(), wanted);
        if (!withTid) {
            return vals;
        }
        Object[] out = java.util.Arrays.copyOf(vals, vals.length + 1);
        out[vals.length] = r.tid();
        return out;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
    }

    @Override
    public String describe() {
        return "Seq Scan on " + relName;
    }
}
