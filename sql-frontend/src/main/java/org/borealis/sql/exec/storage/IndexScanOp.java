package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexEntry;
import org.borealis.sql.engine.KeyRange;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.ScanDirection;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.op.Operator;
import org.borealis.sql.plan.IndexBounds;
import org.borealis.sql.plan.KeyValues;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.KeyDecoder;
import org.borealis.sql.types.PgType;

/**
 * Rows found through a B-tree: the bounds' values are evaluated and encoded as key prefixes when
 * the scan opens, the index range is walked in key order (or backward) and each entry's heap version is fetched
 * (entries whose version is not visible are skipped). A NULL bound value matches nothing. A key
 * column matched against a list ({@link KeyValues}) is one descent per distinct value, in key order. As an
 * index-only scan ({@link #indexOnly}) it fetches only entries whose heap block is not all-visible.
 */
final class IndexScanOp implements Operator, org.borealis.sql.exec.op.DecodesColumns {

    private final Table table;
    private final Index index;
    private final TableMeta.IndexMeta meta;
    private final java.util.function.Supplier<Transaction> txs;
    private Transaction tx;
    private final PgType[] types;
    private final org.borealis.sql.types.RowLayout layout;
    private final IndexBounds bounds;
    private final boolean withTid;
    /** Some key column is matched against a list: one range per value. */
    private final boolean hasList;
    String relName = "?";
    /** Walk the range from its high end down (ORDER BY ... DESC answered by the index). */
    boolean backward;
    /**
     * An index-only scan: entries whose heap block is all-visible are answered from the key
     * (the planner only asks when the index covers every column the query reads, all of types
     * {@link KeyDecoder#decodes}); the others are fetched from the heap and counted.
     */
    boolean indexOnly;
    /** The table's column typmods, for the key columns whose decoding needs them (numeric(p,s), character(n)). */
    int[] typmods;
    private long heapFetches;
    /** The stored positions to decode from heap rows, null for all ({@link #decodeOnly}). */
    private boolean[] wanted;
    private Cursor<IndexEntry> cursor;
    private List<KeyRange> ranges;
    private int nextRange;
    private ExecContext ctx;

    IndexScanOp(Table table, Index index, TableMeta.IndexMeta meta, java.util.function.Supplier<Transaction> txs, PgType[] types,
                org.borealis.sql.types.RowLayout layout, IndexBounds bounds,
                boolean withTid) {
        this.table = table;
        this.index = index;
        this.meta = meta;
        this.txs = txs;
        this.types = types;
        this.layout = layout;
        this.bounds = bounds;
        this.withTid = withTid;
        this.hasList = bounds.equal().stream().anyMatch(e -> e instanceof KeyValues);
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        this.tx = txs.get();
        SeqScanOp.requireFormat(layout, tx, relName);
        ranges = ranges(ctx);
        nextRange = 0;
        cursor = null;
        advance();
    }

    /**
     * The key ranges to walk, in scan order: one, or one per distinct value of a key column matched
     * against a list ({@link KeyValues}), sorted by key (reversed for a backward scan) so the rows
     * come in index order. Empty when some bound is NULL.
     */
    private List<KeyRange> ranges(ExecContext ctx) {
        Object[] none = new Object[0];
        if (!hasList) {
            ByteSink prefix = new ByteSink(32);
            int k = 0;
            for (BoundExpr e : bounds.equal()) {
                Object v = e.eval(ctx, none);
                if (v == null) {
                    return List.of();
                }
                KeyCodec.encodeColumn(v, RowKeys.type(meta, k++, types), false, prefix);
            }
            KeyRange r = range(ctx, prefix.toByteArray(), k);
            return r == null ? List.of() : List.of(r);
        }
        List<byte[]> prefixes = new ArrayList<>();
        prefixes.add(new byte[0]);
        int k = 0;
        for (BoundExpr e : bounds.equal()) {
            PgType t = RowKeys.type(meta, k++, types);
            Object v = e.eval(ctx, none);
            if (v == null) {
                return List.of();
            }
            List<byte[]> keys = new ArrayList<>();
            if (e instanceof KeyValues) {
                for (Object x : (List<?>) v) {
                    ByteSink s = new ByteSink(16);
                    KeyCodec.encodeColumn(x, t, false, s);
                    keys.add(s.toByteArray());
                }
                keys.sort(Arrays::compareUnsigned);
            } else {
                ByteSink s = new ByteSink(16);
                KeyCodec.encodeColumn(v, t, false, s);
                keys.add(s.toByteArray());
            }
            List<byte[]> next = new ArrayList<>();
            for (byte[] p : prefixes) {
                byte[] last = null;
                for (byte[] key : keys) {
                    if (last == null || !Arrays.equals(last, key)) {
                        next.add(new ByteSink(p.length + key.length).put(p).put(key).toByteArray());
                    }
                    last = key;
                }
            }
            prefixes = next;
        }
        List<KeyRange> out = new ArrayList<>();
        for (byte[] eq : prefixes) {
            KeyRange r = range(ctx, eq, k);
            if (r == null) {
                return List.of();
            }
            out.add(r);
        }
        if (backward) {
            Collections.reverse(out);
        }
        return out;
    }

    /** The range under the equality prefix {@code eq}, the next key column ({@code k}) bounded; null when a bound is NULL. */
    private KeyRange range(ExecContext ctx, byte[] eq, int k) {
        Object[] none = new Object[0];
        byte[] low = eq;
        boolean lowInc = true;
        byte[] high = eq;
        boolean highInc = true;
        if (bounds.low() != null || bounds.high() != null) {
            PgType t = RowKeys.type(meta, k, types);
            if (bounds.low() != null) {
                Object v = bounds.low().eval(ctx, none);
                if (v == null) {
                    return null;
                }
                ByteSink s = new ByteSink(32).put(eq);
                KeyCodec.encodeColumn(v, t, false, s);
                low = s.toByteArray();
                lowInc = bounds.lowInclusive();
            } else {
                // Skip NULLs of the range column only when a lower bound exists; otherwise start at the prefix.
                low = eq;
            }
            if (bounds.high() != null) {
                Object v = bounds.high().eval(ctx, none);
                if (v == null) {
                    return null;
                }
                ByteSink s = new ByteSink(32).put(eq);
                KeyCodec.encodeColumn(v, t, false, s);
                high = s.toByteArray();
                highInc = bounds.highInclusive();
            } else {
                // Values sort before NULLs: stop before the NULL marker of the range column.
                high = new ByteSink(eq.length + 1).put(eq).put(KeyCodec.NULL).toByteArray();
                highInc = false;
            }
        }
        return new KeyRange(low.length == 0 ? null : low, lowInc, high.length == 0 ? null : high, highInc);
    }

    /** Opens the next range's cursor (closing the current one); false when none is left. */
    private boolean advance() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        if (ranges == null || nextRange >= ranges.size()) {
            return false;
        }
        KeyRange range = ranges.get(nextRange++);
        ScanDirection dir = backward ? ScanDirection.BACKWARD : ScanDirection.FORWARD;
        cursor = indexOnly ? index.scanIndexOnly(tx, range, dir) : index.scan(tx, range, dir);
        return true;
    }

    @Override
    public Object[] next() {
        while (cursor != null) {
            if (!cursor.hasNext()) {
                if (!advance()) {
                    return null;
                }
                continue;
            }
            ctx.checkCancel();
            IndexEntry e = cursor.next();
            if (indexOnly) {
                Object[] row = e.allVisible() ? fromKey(e.key()) : null;
                if (row != null) {
                    return row;
                }
                heapFetches++; // not all-visible, or a key that does not tell the value (a float zero's sign)
            }
            Optional<Row> r = table.fetch(tx, e.tid());
            if (r.isPresent()) {
                return SeqScanOp.decode(r.get(), layout, withTid, wanted);
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (cursor != null) {
            cursor.close();
            cursor = null;
        }
        ranges = null;
    }

    /**
     * A row with the index's columns read from {@code key} and the others NULL (never read), or
     * null when a column's key does not tell its value ({@link KeyDecoder#AMBIGUOUS}).
     */
    private Object[] fromKey(byte[] key) {
        Object[] row = new Object[types.length];
        int[] at = {0};
        for (int c : meta.columns()) {
            Object v = KeyDecoder.decodeColumn(key, at, types[c], typmods == null ? -1 : typmods[c]);
            if (v == KeyDecoder.AMBIGUOUS) {
                return null;
            }
            row[c] = v;
        }
        return row;
    }

    @Override
    public void decodeOnly(java.util.BitSet columns) {
        wanted = withTid ? null : layout.storedMask(columns);
    }

    @Override
    public String describe() {
        return "Index " + (indexOnly ? "Only " : "") + "Scan" + (backward ? " Backward" : "") + " using "
                + meta.name() + " on " + relName;
    }

    @Override
    public java.util.List<String> analyzeDetails() {
        return indexOnly ? java.util.List.of("Heap Fetches: " + heapFetches) : java.util.List.of();
    }
}
