package org.borealis.sql.engine.impl;

import java.util.HashMap;
import java.util.Map;

import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.txn.Txn;

/** A session: begins transactions and keeps {@code currval}/{@code lastval}. One thread at a time. */
final class SessionImpl implements Session {

    private final StorageEngine engine;
    private final Map<Integer, Long> currval = new HashMap<>();
    private Long lastval;
    private Transaction open;

    SessionImpl(StorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public Transaction begin(Isolation isolation, boolean readOnly) {
        open = engine.tm.begin(isolation, readOnly);
        return open;
    }

    private SequenceInfo sequence(Transaction tx, int oid) {
        return engine.catalog.sequence(tx, oid).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                "sequence with OID " + oid + " does not exist"));
    }

    @Override
    public long nextval(Transaction tx, int oid) {
        if (tx != null && Txn.of(tx).isReadOnly()) {
            throw new SqlException(SqlState.READ_ONLY_SQL_TRANSACTION,
                    "cannot execute nextval() in a read-only transaction");
        }
        SequenceInfo s = sequence(tx, oid);
        long v = engine.catalog.sequencePages().nextval(oid, s.def().name(), s.def());
        madeDurable(tx);
        currval.put(oid, v);
        lastval = v;
        return v;
    }

    @Override
    public long currval(int oid) {
        Long v = currval.get(oid);
        if (v == null) {
            String name = engine.catalog.sequence(null, oid).map(s -> s.def().name()).orElse(String.valueOf(oid));
            throw new SqlException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "currval of sequence \"" + name
                    + "\" is not yet defined in this session");
        }
        return v;
    }

    @Override
    public void discardSequences() {
        currval.clear();
        lastval = null;
    }

    @Override
    public long lastval() {
        if (lastval == null) {
            throw new SqlException(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE, "lastval is not yet defined in this session");
        }
        return lastval;
    }

    @Override
    public long setval(Transaction tx, int oid, long value, boolean isCalled) {
        if (tx != null && Txn.of(tx).isReadOnly()) {
            throw new SqlException(SqlState.READ_ONLY_SQL_TRANSACTION,
                    "cannot execute setval() in a read-only transaction");
        }
        SequenceInfo s = sequence(tx, oid);
        long v = engine.catalog.sequencePages().setval(oid, s.def().name(), s.def(), value, isCalled);
        madeDurable(tx);
        return v;
    }

    /** The sequence change just logged becomes durable at {@code tx}'s commit, or now without one. */
    private void madeDurable(Transaction tx) {
        long lsn = engine.catalog.sequencePages().lastChangeLsn();
        if (tx != null) {
            Txn.of(tx).noteLogged(lsn);
        } else {
            engine.log.awaitDurable(lsn);
        }
    }

    @Override
    public void close() {
        if (open != null && open.isActive()) {
            open.rollback();
        }
        open = null;
    }
}
