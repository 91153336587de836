package org.borealis.sql.engine;

import java.util.List;

import org.borealis.sql.testutil.Accounts;
import org.borealis.sql.testutil.EngineFixture;

/** The tables of the crash test: {@code accounts} (via {@link Accounts}) and {@code events} with a unique index. */
record CrashSchema(Accounts accounts, Table events, Index eventsPkey) {

    static final int ACCOUNTS = 10;
    static final long INITIAL = 1000;
    /** The amount written by transactions that never commit. */
    static final long UNCOMMITTED = 1_000_000;

    static CrashSchema create(Engine e) {
        Accounts acc = new Accounts(e, "accounts", ACCOUNTS, INITIAL);
        RelationInfo ev = EngineFixture.createTable(e, "events");
        Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        IndexInfo idx = e.catalog().createIndex(tx, new IndexDef(null, "events_pkey", ev.oid(), List.of(1), true,
                true, row -> EngineFixture.key(EngineFixture.id(row))));
        tx.commit();
        return new CrashSchema(acc, e.table(ev.oid()), e.index(idx.oid()));
    }

    static CrashSchema find(Engine e) {
        Catalog c = e.catalog();
        RelationInfo acc = c.relation(null, "public", "accounts").orElseThrow();
        RelationInfo ev = c.relation(null, "public", "events").orElseThrow();
        return new CrashSchema(new Accounts(e.table(acc.oid()), e.index(c.indexes(null, acc.oid()).get(0).oid())).hot(),
                e.table(ev.oid()), e.index(c.indexes(null, ev.oid()).get(0).oid()));
    }

    void insertEvent(Transaction tx, long id, long amount) {
        Tid tid = events.insert(tx, EngineFixture.row(id, amount));
        eventsPkey.insert(tx, EngineFixture.key(id), tid);
    }
}
