package org.borealis.sql.session;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;

/**
 * The statements the session runs itself: BEGIN/START TRANSACTION, COMMIT/END, ROLLBACK/ABORT,
 * SAVEPOINT, SET/RESET, SET TRANSACTION, DISCARD, CHECKPOINT. Warnings match PostgreSQL's
 * (BEGIN inside a block, COMMIT outside one).
 */
final class TransactionControl {

    private TransactionControl() {
    }

    static boolean handles(Statement st) {
        return st instanceof Statement.Begin || st instanceof Statement.Commit || st instanceof Statement.Rollback
                || st instanceof Statement.Savepoint || st instanceof Statement.SetVar
                || st instanceof Statement.SetTransaction || st instanceof Statement.Reset
                || st instanceof Statement.Discard || st instanceof Statement.Checkpoint
                || st instanceof Statement.Prepare || st instanceof Statement.Deallocate;
    }

    static boolean allowedWhenFailed(Statement st) {
        return st instanceof Statement.Commit || st instanceof Statement.Rollback;
    }

    static String run(SqlSession s, Statement st, QuerySink sink, boolean multi) {
        return switch (st) {
            case Statement.Begin b -> begin(s, b, sink);
            case Statement.Commit c -> commit(s, sink);
            case Statement.Rollback r -> rollback(s, r, sink);
            case Statement.Savepoint sp -> {
                if (!s.inTransactionBlock()) {
                    throw new SqlException(SqlState.NO_ACTIVE_SQL_TRANSACTION,
                            (sp.release() ? "RELEASE SAVEPOINT" : "SAVEPOINT") + " can only be used in transaction blocks");
                }
                s.ensureTransaction();
                if (sp.release()) {
                    s.storage().releaseSavepoint(sp.name());
                    s.settings().releaseSavepoint(sp.name());
                    yield "RELEASE";
                }
                s.storage().savepoint(sp.name());
                s.settings().savepoint(sp.name());
                yield "SAVEPOINT";
            }
            case Statement.SetVar v -> set(s, v, sink);
            case Statement.SetTransaction t -> setTransaction(s, t, sink);
            case Statement.Reset r -> {
                s.settings().reset(r.name());
                yield "RESET";
            }
            case Statement.Discard d -> discard(s, d.what());
            case Statement.Checkpoint c -> "CHECKPOINT";
            case Statement.Prepare p -> {
                s.prepareSql(p, multi);
                yield "PREPARE";
            }
            case Statement.Deallocate d -> {
                s.deallocate(d.name());
                yield d.name() == null ? "DEALLOCATE ALL" : "DEALLOCATE";
            }
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                    "PREPARE, EXECUTE and DEALLOCATE are not supported yet; use the extended query protocol");
        };
    }

    /**
     * DISCARD as PostgreSQL: ALL (not in a transaction block, 25001) closes portals, drops prepared
     * statements, resets every setting and does what TEMP and SEQUENCES do; TEMP drops the
     * session's temporary relations (in the open transaction, if any); SEQUENCES forgets
     * currval/lastval; PLANS has nothing to drop (plans are made per execution).
     */
    private static String discard(SqlSession s, String what) {
        String tag = "DISCARD " + (what.equals("temporary") ? "TEMP" : what.toUpperCase(java.util.Locale.ROOT));
        if (what.equals("all")) {
            if (s.inTransactionBlock()) {
                throw new SqlException(SqlState.ACTIVE_SQL_TRANSACTION, "DISCARD ALL cannot run inside a transaction block");
            }
            s.discardAll();
        }
        if (s.storage() != null && (what.equals("all") || what.equals("temp") || what.equals("temporary"))) {
            if (s.inTransactionBlock()) {
                s.ensureTransaction();
            }
            s.storage().discardTemp();
        }
        if (s.storage() != null && (what.equals("all") || what.equals("sequences"))) {
            s.storage().discardSequences();
        }
        return tag;
    }

    private static String begin(SqlSession s, Statement.Begin b, QuerySink sink) {
        if (s.state() == SqlSession.TxState.BLOCK || s.state() == SqlSession.TxState.FAILED) {
            sink.notice("WARNING", "25001", "there is already a transaction in progress");
            return "BEGIN";
        }
        s.openTransaction();
        s.setState(SqlSession.TxState.BLOCK);
        TxnModes base = s.effectiveModes();
        s.setPendingModes(merge(base, b.modes()));
        reportIsolation(s);
        return "BEGIN";
    }

    private static TxnModes merge(TxnModes base, Statement.TxnModes m) {
        boolean rr = base.repeatableRead();
        boolean ro = base.readOnly();
        if (m != null) {
            if (m.isolation() != null) {
                rr = m.isolation().equals("repeatable read") || m.isolation().equals("serializable");
            }
            if (m.readOnly() != null) {
                ro = m.readOnly();
            }
        }
        return new TxnModes(rr, ro);
    }

    private static void reportIsolation(SqlSession s) {
        TxnModes m = s.effectiveModes();
        s.settings().setInternal("transaction_isolation", m.repeatableRead() ? "repeatable read" : "read committed");
        s.settings().setInternal("transaction_read_only", m.readOnly() ? "on" : "off");
    }

    private static String commit(SqlSession s, QuerySink sink) {
        switch (s.state()) {
            case BLOCK -> {
                s.setState(SqlSession.TxState.IMPLICIT);
                s.commitImplicit();
                return "COMMIT";
            }
            case FAILED -> {
                if (s.storage() != null && s.storage().inTransaction()) {
                    s.storage().rollback();
                }
                s.endTransaction(false);
                return "ROLLBACK";
            }
            default -> {
                sink.notice("WARNING", "25P01", "there is no transaction in progress");
                return "COMMIT";
            }
        }
    }

    private static String rollback(SqlSession s, Statement.Rollback r, QuerySink sink) {
        if (r.toSavepoint() != null) {
            if (!s.inTransactionBlock()) {
                throw new SqlException(SqlState.NO_ACTIVE_SQL_TRANSACTION, "ROLLBACK TO SAVEPOINT can only be used in transaction blocks");
            }
            if (s.storage() == null || !s.storage().inTransaction()) {
                throw new SqlException(SqlState.INVALID_SAVEPOINT_SPECIFICATION, "savepoint \"" + r.toSavepoint()
                        + "\" does not exist");
            }
            s.storage().rollbackToSavepoint(r.toSavepoint());
            s.settings().rollbackToSavepoint(r.toSavepoint());
            s.setState(SqlSession.TxState.BLOCK);
            return "ROLLBACK";
        }
        if (!s.inTransactionBlock()) {
            sink.notice("WARNING", "25P01", "there is no transaction in progress");
        }
        if (s.storage() != null && s.storage().inTransaction()) {
            s.storage().rollback();
        }
        if (s.state() != SqlSession.TxState.IDLE) {
            s.endTransaction(false);
        }
        return "ROLLBACK";
    }

    private static String set(SqlSession s, Statement.SetVar v, QuerySink sink) {
        String name = v.name();
        if (name.equals("transaction_isolation") || name.equals("transaction_read_only")) {
            String val = v.values() == null ? null : String.join(" ", v.values());
            Statement.TxnModes m = name.equals("transaction_isolation") ? new Statement.TxnModes(val, null, null)
                    : new Statement.TxnModes(null, val != null && val.equalsIgnoreCase("on") || "true".equalsIgnoreCase(val), null);
            return setTransaction(s, new Statement.SetTransaction(m, false), sink);
        }
        if (name.equals("session_authorization") || name.equals("role")) {
            if (v.values() != null && !v.values().get(0).equals(s.user()) && !v.values().get(0).equals("none")) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "changing the session's role is not supported");
            }
            return "SET";
        }
        if (v.local() && !s.inTransactionBlock()) {
            sink.notice("WARNING", "25P01", "SET LOCAL can only be used in transaction blocks");
            s.settings().set(name, v.values(), false);
            s.settings().reset(name);
            return "SET";
        }
        s.settings().set(name, v.values(), v.local());
        return "SET";
    }

    private static String setTransaction(SqlSession s, Statement.SetTransaction t, QuerySink sink) {
        Statement.TxnModes m = t.modes();
        if (t.session()) {
            if (m.isolation() != null) {
                s.settings().set("default_transaction_isolation", List.of(m.isolation()), false);
            }
            if (m.readOnly() != null) {
                s.settings().set("default_transaction_read_only", List.of(m.readOnly() ? "on" : "off"), false);
            }
            return "SET";
        }
        if (!s.inTransactionBlock()) {
            sink.notice("WARNING", "25P01", "SET TRANSACTION can only be used in transaction blocks");
            return "SET";
        }
        if (s.storage() != null && s.storage().inTransaction() && m.isolation() != null) {
            throw new SqlException(SqlState.ACTIVE_SQL_TRANSACTION, "SET TRANSACTION ISOLATION LEVEL must be called before any query");
        }
        s.setPendingModes(merge(s.effectiveModes(), m));
        reportIsolation(s);
        return "SET";
    }
}
