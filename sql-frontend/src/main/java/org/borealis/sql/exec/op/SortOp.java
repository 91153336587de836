package org.borealis.sql.exec.op;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;

/**
 * ORDER BY: materialises the input and sorts it by key expressions, each ascending or
 * descending with NULLs last (ASC) or first (DESC) unless told otherwise. Stable.
 */
public final class SortOp implements Operator {

    /** One sort key. */
    public record Key(BoundExpr expr, boolean descending, boolean nullsFirst) {
    }

    private final Operator input;
    private final List<Key> keys;
    private List<Object[]> rows;
    private int next;

    public SortOp(Operator input, List<Key> keys) {
        this.input = input;
        this.keys = keys;
    }

    @Override
    public void open(ExecContext ctx) {
        input.open(ctx);
        List<Object[][]> tagged = new ArrayList<>();
        Object[] row;
        while ((row = input.next()) != null) {
            ctx.checkCancel();
            Object[] k = new Object[keys.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = keys.get(i).expr().eval(ctx, row);
            }
            tagged.add(new Object[][] {k, row});
        }
        input.close();
        Comparator<Object[][]> cmp = (a, b) -> {
            for (int i = 0; i < keys.size(); i++) {
                int c = compare(keys.get(i), a[0][i], b[0][i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        tagged.sort(cmp);
        rows = new ArrayList<>(tagged.size());
        for (Object[][] t : tagged) {
            rows.add(t[1]);
        }
        next = 0;
    }

    /** Orders two values of one key: its direction and NULLS FIRST/LAST. */
    public static int compare(Key key, Object x, Object y) {
        if (x == null || y == null) {
            if (x == y) {
                return 0;
            }
            return (x == null) == key.nullsFirst() ? -1 : 1;
        }
        int c = key.expr().type().compare(x, y);
        return key.descending() ? -c : c;
    }

    @Override
    public Object[] next() {
        return next < rows.size() ? rows.get(next++) : null;
    }

    @Override
    public void close() {
        rows = null;
    }

    @Override
    public String describe() {
        return "Sort";
    }

    @Override
    public java.util.List<Operator> inputs() {
        return java.util.List.of(input);
    }
}
