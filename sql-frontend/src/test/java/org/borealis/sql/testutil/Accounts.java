package org.borealis.sql.testutil;

import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.Index;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.ModifyResult;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;

/**
 * A table of (id, value) rows with a unique index on id, and the way a SQL executor runs
 * {@code UPDATE t SET v = v + d WHERE id = ?} through the engine API, including READ COMMITTED's
 * re-check of a concurrently updated row on its newest version.
 */
public final class Accounts {

    public final Table table;
    public final Index index;
    private boolean hot;

    /** Updates from now on are HOT-eligible (the key never changes), as the SQL layer asks for them. */
    public Accounts hot() {
        hot = true;
        return this;
    }

    public Accounts(Engine e, String name, int rows, long initial) {
        RelationInfo r = EngineFixture.createTable(e, name);
        this.table = e.table(r.oid());
        Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        this.index = e.index(e.catalog().createIndex(tx, new IndexDef(null, name + "_pkey", r.oid(), List.of(1),
                true, true, row -> EngineFixture.key(EngineFixture.id(row)))).oid());
        for (int i = 0; i < rows; i++) {
            Tid tid = table.insert(tx, EngineFixture.row(i, initial));
            index.insert(tx, EngineFixture.key(i), tid);
        }
        tx.commit();
    }

    /** An existing accounts table and its index. */
    public Accounts(Table table, Index index) {
        this.table = table;
        this.index = index;
    }

    /** The visible row of {@code id}, if any. */
    public Optional<Row> find(Transaction tx, long id) {
        for (Tid tid : index.lookup(tx, EngineFixture.key(id))) {
            Optional<Row> r = table.fetch(tx, tid);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** {@code UPDATE SET v = v + delta WHERE id = ?}; returns the new value, or empty when no row. */
    public Optional<Long> add(Transaction tx, long id, long delta) {
        Optional<Row> found = find(tx, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        while (true) {
            long v = EngineFixture.value(row.data()) + delta;
            ModifyResult r = table.update(tx, row.tid(), EngineFixture.row(id, v), hot);
            switch (r.status()) {
                case OK -> {
                    if (!r.heapOnly()) {
                        index.insert(tx, EngineFixture.key(id), r.tid());
                    }
                    return Optional.of(v);
                }
                case UPDATED -> {
                    Optional<Row> latest = table.fetchLatest(tx, r.tid());
                    if (latest.isEmpty()) {
                        return Optional.empty();
                    }
                    row = latest.get();
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
    }

    /** Sum of the visible values. */
    public long total(Transaction tx) {
        return EngineFixture.scan(table, tx).stream().mapToLong(r -> EngineFixture.value(r.data())).sum();
    }
}
