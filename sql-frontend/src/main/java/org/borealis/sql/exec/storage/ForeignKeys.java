package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.RowLockMode;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.WaitPolicy;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.ByteSink;
import org.borealis.sql.types.KeyCodec;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/**
 * Foreign-key enforcement (NO ACTION / RESTRICT): a referencing row's key must exist in the
 * referenced table (looked up through its unique index), and a referenced key may not disappear
 * while rows still reference it. As in PostgreSQL, the check of a new referencing row locks the
 * parent row it found FOR KEY SHARE (to the end of the transaction), so a concurrent delete of that
 * parent, or an update of its indexed columns, waits for this transaction and then sees its rows;
 * updates of other columns do not wait. The check for referencing rows reads with a snapshot taken
 * at the check, so it sees rows committed meanwhile (under REPEATABLE READ too, as PostgreSQL);
 * the check for a parent does so under READ COMMITTED, while under REPEATABLE READ a parent deleted
 * or changed since the transaction's snapshot fails with 40001.
 */
final class ForeignKeys {

    private final EngineStorageSession s;
    private final TableMeta meta;
    private List<ConstraintInfo> referencing;

    ForeignKeys(EngineStorageSession s, TableMeta meta) {
        this.s = s;
        this.meta = meta;
    }

    /** Checks every foreign key of a new or changed row (skipped when the key columns did not change). */
    void checkParents(Object[] row, Object[] old) {
        for (TableMeta.ForeignKey fk : meta.foreignKeys()) {
            if (old != null && sameKey(fk.columns(), row, old, meta.types())) {
                continue;
            }
            Object[] key = new Object[fk.columns().length];
            boolean hasNull = false;
            for (int i = 0; i < key.length; i++) {
                key[i] = row[fk.columns()[i]];
                hasNull |= key[i] == null;
            }
            if (hasNull) {
                continue;
            }
            TableMeta parent = s.view().table(fk.refTableOid()).orElseThrow();
            Transaction tx = s.tx();
            boolean found = tx.isolation() == Isolation.READ_COMMITTED
                    ? tx.withLatestSnapshot(() -> lockParent(parent, fk.refColumns(), key))
                    : lockParent(parent, fk.refColumns(), key);
            if (!found) {
                throw new SqlException(SqlState.FOREIGN_KEY_VIOLATION, "insert or update on table \"" + meta.name()
                        + "\" violates foreign key constraint \"" + fk.name() + "\"")
                        .withDetail("Key (" + names(meta, fk.columns()) + ")=(" + values(key, parent, fk.refColumns())
                                + ") is not present in table \"" + parent.name() + "\".");
            }
        }
    }

    /**
     * Whether a visible row of {@code parent} has {@code key} in {@code columns}, share-locking it
     * (waiting for a transaction that is changing it; following its update if that committed).
     */
    private boolean lockParent(TableMeta parent, int[] columns, Object[] key) {
        Engine engine = s.engine();
        Transaction tx = s.tx();
        TableMeta.IndexMeta idx = null;
        for (TableMeta.IndexMeta i : parent.indexes()) {
            if (i.plain() && java.util.Arrays.equals(i.columns(), columns)) {
                idx = i;
                break;
            }
        }
        if (idx == null) {
            return exists(parent, columns, key); // a key without an index of its own: unlocked, as before
        }
        SeqScanOp.requireFormat(parent.layout(), tx, parent.name());
        PgType[] types = parent.types();
        ByteSink k = new ByteSink(16);
        for (int i = 0; i < columns.length; i++) {
            KeyCodec.encodeColumn(key[i], types[columns[i]], false, k);
        }
        Table table = engine.table(parent.oid());
        for (Tid tid : engine.index(idx.oid()).lookup(tx, k.toByteArray())) {
            Optional<Row> row = table.fetch(tx, tid);
            while (row.isPresent()) {
                ModifyResult r = table.lock(tx, row.get().tid(), RowLockMode.KEY_SHARE, WaitPolicy.WAIT);
                if (r.status() == ModifyResult.Status.OK || r.status() == ModifyResult.Status.SELF_MODIFIED) {
                    return true;
                }
                if (r.status() != ModifyResult.Status.UPDATED) {
                    break; // deleted meanwhile: not a parent any more
                }
                row = table.fetchLatest(tx, r.tid());
                if (row.isPresent() && !hasKey(parent, parent.layout().decode(row.get().data()), columns, key)) {
                    break; // its key was changed
                }
            }
        }
        return false;
    }

    private static boolean hasKey(TableMeta t, Object[] r, int[] columns, Object[] key) {
        for (int i = 0; i < columns.length; i++) {
            if (r[columns[i]] == null || !t.types()[columns[i]].equal(r[columns[i]], key[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether a visible row of {@code table} has {@code key} in {@code columns}. */
    boolean exists(TableMeta table, int[] columns, Object[] key) {
        Engine engine = s.engine();
        Transaction tx = s.tx();
        PgType[] types = table.types();
        SeqScanOp.requireFormat(table.layout(), tx, table.name());
        for (TableMeta.IndexMeta idx : table.indexes()) {
            if (idx.plain() && java.util.Arrays.equals(idx.columns(), columns)) {
                ByteSink k = new ByteSink(16);
                for (int i = 0; i < columns.length; i++) {
                    KeyCodec.encodeColumn(key[i], types[columns[i]], false, k);
                }
                for (Tid tid : engine.index(idx.oid()).lookup(tx, k.toByteArray())) {
                    if (engine.table(table.oid()).fetch(tx, tid).isPresent()) {
                        return true;
                    }
                }
                return false;
            }
        }
        try (Cursor<Row> c = engine.table(table.oid()).scan(tx)) {
            while (c.hasNext()) {
                Object[] r = table.layout().decode(c.next().data());
                boolean match = true;
                for (int i = 0; i < columns.length && match; i++) {
                    match = r[columns[i]] != null && types[columns[i]].equal(r[columns[i]], key[i]);
                }
                if (match) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A referenced key of {@code old} that {@code now} (null = deleted) no longer has must be unreferenced. */
    void checkChildren(Object[] old, Object[] now) {
        if (referencing == null) {
            referencing = new ArrayList<>();
            for (ConstraintInfo c : s.view().referencing(meta.oid())) {
                if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                    referencing.add(c);
                }
            }
        }
        for (ConstraintInfo c : referencing) {
            int[] refCols = EngineCatalogView.positions(meta.layout(), c.refColumns());
            if (now != null && sameKey(refCols, old, now, meta.types())) {
                continue;
            }
            Object[] key = new Object[refCols.length];
            for (int i = 0; i < key.length; i++) {
                key[i] = old[refCols[i]];
                if (key[i] == null) {
                    return;
                }
            }
            TableMeta child = s.view().table(c.tableOid()).orElseThrow();
            int[] childCols = EngineCatalogView.positions(child.layout(), c.columns());
            // with a snapshot taken now, in both isolation levels (as PostgreSQL's check for new rows)
            boolean referenced = s.tx().withLatestSnapshot(() -> exists(child, childCols, key));
            if (referenced) {
                throw new SqlException(SqlState.FOREIGN_KEY_VIOLATION, "update or delete on table \"" + meta.name()
                        + "\" violates foreign key constraint \"" + c.name() + "\" on table \"" + child.name() + "\"")
                        .withDetail("Key (" + names(meta, refCols) + ")=(" + values(key, meta, refCols)
                                + ") is still referenced from table \"" + child.name() + "\".");
            }
        }
    }

    private static boolean sameKey(int[] cols, Object[] a, Object[] b, PgType[] types) {
        for (int c : cols) {
            Object x = a[c];
            Object y = b[c];
            if (x == null || y == null ? x != y : !types[c].equal(x, y)) {
                return false;
            }
        }
        return true;
    }

    static String names(TableMeta t, int[] cols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            sb.append(i > 0 ? ", " : "").append(t.columns().get(cols[i]).name());
        }
        return sb.toString();
    }

    private static String values(Object[] key, TableMeta t, int[] cols) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < key.length; i++) {
            sb.append(i > 0 ? ", " : "").append(t.columns().get(cols[i]).type()
                    .formatText(key[i], org.borealis.sql.types.TextFormat.DEFAULT));
        }
        return sb.toString();
    }
}
