package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/**
 * Writes rows of one table: checks NOT NULL, CHECK and foreign keys, encodes the row, changes the
 * heap and adds an index entry per index for every new version that is not heap-only (an update
 * that changes no index key may be a HOT update, which needs none). Updates and deletes that meet a
 * concurrently committed change follow PostgreSQL's READ COMMITTED rule: re-check the newest
 * version and act on it if it still qualifies.
 */
final class TableWriter {

    private final Engine engine;
    private final Transaction tx;
    private final TableMeta meta;
    private final Table table;
    private final PgType[] types;
    private final List<Index> indexes = new ArrayList<>();
    private final List<BoundExpr> checks;
    private final ForeignKeys foreignKeys;
    private boolean selfModified;

    TableWriter(EngineStorageSession s, TableMeta meta, List<BoundExpr> checks) {
        this.engine = s.engine();
        this.tx = s.tx();
        this.meta = meta;
        this.table = engine.table(meta.oid());
        this.types = meta.types();
        for (TableMeta.IndexMeta i : meta.indexes()) {
            indexes.add(engine.index(i.oid()));
        }
        this.checks = checks;
        this.foreignKeys = new ForeignKeys(s, meta);
    }

    TableMeta meta() {
        return meta;
    }

    /** Inserts a full row (values already of the column types); returns its tid. */
    Tid insert(ExecContext ctx, Object[] row) {
        validate(ctx, row);
        foreignKeys.checkParents(row, null);
        Tid tid = table.insert(tx, meta.layout().encode(row));
        addIndexEntries(row, tid);
        return tid;
    }

    private void addIndexEntries(Object[] row, Tid tid) {
        for (int i = 0; i < indexes.size(); i++) {
            TableMeta.IndexMeta im = meta.indexes().get(i);
            if (!RowKeys.covers(im, row)) {
                continue; // a partial index without this row
            }
            try {
                byte[] key = RowKeys.key(im, row, types);
                if (im.unique() && RowKeys.hasNull(im, row)) {
                    indexes.get(i).insertUnchecked(tx, key, tid);
                } else {
                    indexes.get(i).insert(tx, key, tid);
                }
            } catch (SqlException e) {
                if (e.state() != SqlState.UNIQUE_VIOLATION || e.detail() != null) {
                    throw e;
                }
                StringBuilder vals = new StringBuilder();
                for (int k = 0; k < im.columns().length; k++) {
                    Object v = RowKeys.value(im, k, row);
                    vals.append(k > 0 ? ", " : "").append(v == null ? "null"
                            : RowKeys.type(im, k, types).formatText(v, org.borealis.sql.types.TextFormat.DEFAULT));
                }
                String names = im.plain() ? ForeignKeys.names(meta, im.columns()) : RowKeys.names(meta, im);
                throw e.withDetail("Key (" + names + ")=(" + vals + ") already exists.");
            }
        }
    }

    private void validate(ExecContext ctx, Object[] row) {
        for (TableMeta.Column c : meta.columns()) {
            if (c.notNull() && row[c.index()] == null) {
                throw new SqlException(SqlState.NOT_NULL_VIOLATION, "null value in column \"" + c.name()
                        + "\" of relation \"" + meta.name() + "\" violates not-null constraint")
                        .withDetail("Failing row contains (" + rowText(ctx, row) + ").");
            }
        }
        for (int i = 0; i < checks.size(); i++) {
            if (Boolean.FALSE.equals(checks.get(i).eval(ctx, row))) {
                throw new SqlException(SqlState.CHECK_VIOLATION, "new row for relation \"" + meta.name()
                        + "\" violates check constraint \"" + meta.checks().get(i).name() + "\"");
            }
        }
    }

    private String rowText(ExecContext ctx, Object[] row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            sb.append(i > 0 ? ", " : "").append(row[i] == null ? "null" : types[i].formatText(row[i], ctx.format()));
        }
        return sb.toString();
    }

    /** What a row update should become, re-evaluated on a newer version when one turns up. */
    interface Recheck {
        /** The new row for this current version, or null when it no longer qualifies. */
        Object[] apply(Object[] current);
    }

    /**
     * Updates the version at {@code tid} (currently {@code old}); returns the row written, or null
     * when the row was deleted or no longer qualified.
     */
    Object[] update(ExecContext ctx, Tid tid, Object[] old, Recheck recheck) {
        selfModified = false;
        Object[] current = old;
        Tid at = tid;
        for (int attempt = 0; ; attempt++) {
            Object[] next = recheck.apply(current);
            if (next == null) {
                return null;
            }
            validate(ctx, next);
            foreignKeys.checkParents(next, current);
            ModifyResult r = table.update(tx, at, meta.layout().encode(next), sameIndexKeys(current, next));
            switch (r.status()) {
                case OK -> {
                    foreignKeys.checkChildren(current, next);
                    if (!r.heapOnly()) {
                        addIndexEntries(next, r.tid());
                    }
                    return next;
                }
                case UPDATED -> {
                    Optional<Row> latest = table.fetchLatest(tx, r.tid());
                    if (latest.isEmpty()) {
                        return null;
                    }
                    at = latest.get().tid();
                    current = meta.layout().decode(latest.get().data());
                }
                default -> {
                    selfModified = r.status() == ModifyResult.Status.SELF_MODIFIED;
                    return null;
                }
            }
            ctx.checkCancel();
        }
    }

    /**
     * Whether the last {@link #update} returned null because this statement had already changed
     * the row (another part of it, such as a data-modifying WITH query).
     */
    boolean selfModified() {
        return selfModified;
    }

    /** True when every index of the table has the same key for both rows (a HOT update may skip them). */
    private boolean sameIndexKeys(Object[] a, Object[] b) {
        for (TableMeta.IndexMeta im : meta.indexes()) {
            if (RowKeys.covers(im, a) != RowKeys.covers(im, b)
                    || !java.util.Arrays.equals(RowKeys.key(im, a, types), RowKeys.key(im, b, types))) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the version at {@code tid}; returns the row deleted, or null when it was gone already. */
    Object[] delete(ExecContext ctx, Tid tid, Object[] old, Recheck recheck) {
        Object[] current = old;
        Tid at = tid;
        while (true) {
            if (recheck.apply(current) == null) {
                return null;
            }
            ModifyResult r = table.delete(tx, at);
            switch (r.status()) {
                case OK -> {
                    foreignKeys.checkChildren(current, null);
                    return current;
                }
                case UPDATED -> {
                    Optional<Row> latest = table.fetchLatest(tx, r.tid());
                    if (latest.isEmpty()) {
                        return null;
                    }
                    at = latest.get().tid();
                    current = meta.layout().decode(latest.get().data());
                }
                default -> {
                    return null;
                }
            }
            ctx.checkCancel();
        }
    }
}
