package org.borealis.sql.exec.storage;

import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/**
 * Every row of a table visible to the transaction, decoded. With {@code withTid} each row carries
 * its tuple id one past the last column (UPDATE and DELETE need it).
 */
final class SeqScanOp implements Operator {

    private final Table table;
    private final java.util.function.Supplier<Transaction> txs;
    private Transaction tx;
    private final PgType[] types;
    private final boolean withTid;
    String relName = "?";
    private Cursor<Row> cursor;
    private ExecContext ctx;

    SeqScanOp(Table table, java.util.function.Supplier<Transaction> txs, PgType[] types, boolean withTid) {
        this.table = table;
        this.txs = txs;
        this.types = types;
        this.withTid = withTid;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        this.tx = txs.get();
        cursor = table.scan(tx);
    }

    @Override
    public Object[] next() {
        if (!cursor.hasNext()) {
            return null;
        }
        ctx.checkCancel();
        Row r = cursor.next();
        return decode(r, types, withTid);
    }

    static Object[] decode(Row r, PgType[] types, boolean withTid) {
        Object[] vals = RowCodec.decode(r.data(), types);
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
