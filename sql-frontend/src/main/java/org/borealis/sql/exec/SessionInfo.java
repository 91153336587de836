package org.borealis.sql.exec;

/**
 * The session facts functions read: user, database, backend pid, and settings access for
 * current_setting()/set_config(). Implemented by the session.
 */
public interface SessionInfo {

    String user();

    String database();

    int backendPid();

    String setting(String name);

    void setSetting(String name, String value, boolean local);

    /** Every setting as {name, value, description}, sorted by name (for pg_settings). */
    default java.util.List<String[]> allSettings() {
        return java.util.List.of();
    }

    /** The session's temporary schema ({@code pg_temp_N}) once it has made one, else null. */
    default String tempSchema() {
        return null;
    }

    /** Sends a NOTICE to the client running the current statement (none outside one). */
    default void notice(String sqlState, String message) {
    }

    /** The session's sequences (nextval and friends); null when the session has no storage. */
    default Sequences sequences() {
        return null;
    }

    /** Sequence operations on behalf of this session (values are the engine's, see its Session). */
    interface Sequences {
        long nextval(int sequenceOid);

        long currval(int sequenceOid);

        long lastval();

        long setval(int sequenceOid, long value, boolean isCalled);
    }
}
