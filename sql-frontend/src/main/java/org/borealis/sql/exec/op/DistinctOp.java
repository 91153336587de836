package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.PgType;

/**
 * Removes duplicate rows (SELECT DISTINCT, UNION), comparing the first {@code width} columns by
 * their key encoding, so equal values of a type (1.0 and 1.00) count as duplicates.
 */
public final class DistinctOp implements Operator {

    private final Operator input;
    private final PgType[] types;
    private Set<List<Byte>> seen;
    private ExecContext ctx;

    public DistinctOp(Operator input, PgType[] types) {
        this.input = input;
        this.types = types;
    }

    @Override
    public void open(ExecContext ctx) {
        this.ctx = ctx;
        seen = new HashSet<>();
        input.open(ctx);
    }

    @Override
    public Object[] next() {
        Object[] row;
        while ((row = input.next()) != null) {
            ctx.checkCancel();
            ByteSink k = new ByteSink(32);
            for (int i = 0; i < types.length; i++) {
                KeyCodec.encodeColumn(row[i], types[i], false, k);
            }
            byte[] b = k.toByteArray();
            List<Byte> key = new ArrayList<>(b.length);
            for (byte x : b) {
                key.add(x);
            }
            if (seen.add(key)) {
                return row;
            }
        }
        return null;
    }

    @Override
    public void close() {
        input.close();
        seen = null;
    }

    @Override
    public String describe() {
        return "HashAggregate";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
