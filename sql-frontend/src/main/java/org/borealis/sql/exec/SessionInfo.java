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
}
