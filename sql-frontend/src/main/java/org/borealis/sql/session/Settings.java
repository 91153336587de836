package org.borealis.sql.session;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.TimeZones;

/**
 * A session's run-time settings (PostgreSQL's GUCs): SET, SHOW, RESET and the ParameterStatus
 * reports. Known settings are validated and normalised as PostgreSQL does; unknown names are
 * 42704 unless qualified ({@code myapp.x}, a placeholder). SET inside a transaction is undone by
 * ROLLBACK, SET LOCAL at the transaction's end. Owned by one session thread.
 */
public final class Settings {

    /** The version clients see; pgjdbc, psql and pgbench accept it. */
    public static final String SERVER_VERSION = "15.0 (Borealis)";
    public static final String SERVER_VERSION_NUM = "150000";

    private final Map<String, SettingDef> defs;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> resetValues = new LinkedHashMap<>();
    private final Map<String, String> custom = new LinkedHashMap<>();
    private Map<String, String> txnSnapshot;
    private boolean inTransaction;
    private long statementTimeout;
    private long idleTimeout;
    private Map<String, String> localSnapshot;
    private final List<String> changedReported = new ArrayList<>();
    private TextFormat textFormat;

    public Settings(Map<String, String> nodeDefaults) {
        defs = SettingDef.all();
        for (SettingDef d : defs.values()) {
            String v = nodeDefaults.getOrDefault(d.name(), d.defaultValue());
            values.put(d.name(), d.normalize(v));
        }
        resetValues.putAll(values);
        refreshFormat();
    }

    /** Applies a startup parameter; becomes the RESET value as in PostgreSQL. */
    public void applyStartup(String name, String value) {
        set(name, List.of(value), false);
        SettingDef d = defs.get(name.toLowerCase(Locale.ROOT));
        if (d != null) {
            resetValues.put(d.name(), values.get(d.name()));
        }
        changedReported.clear();
    }

    /** The value SHOW prints. */
    public String show(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("transaction_isolation") || n.equals("transaction_read_only")) {
            return values.get(n);
        }
        SettingDef d = defs.get(n);
        if (d != null) {
            return values.get(d.name());
        }
        if (custom.containsKey(n)) {
            return custom.get(n);
        }
        throw new SqlException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
    }

    public String get(String name) {
        return values.get(name);
    }

    /** The spelling PostgreSQL uses for a setting (SHOW's column name), e.g. {@code TimeZone}. */
    public String displayName(String name) {
        SettingDef d = defs.get(name.toLowerCase(Locale.ROOT));
        return d == null ? name : d.displayName();
    }

    public boolean isKnown(String name) {
        return defs.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** SET name = values ({@code values} null = DEFAULT). */
    public void set(String name, List<String> vals, boolean local) {
        String n = name.toLowerCase(Locale.ROOT);
        SettingDef d = defs.get(n);
        if (local && localSnapshot == null) {
            localSnapshot = new LinkedHashMap<>(values);
        }
        if (d == null) {
            if (!n.contains(".")) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"" + name + "\"");
            }
            custom.put(n, vals == null ? "" : String.join(", ", vals));
            return;
        }
        if (d.readOnly()) {
            throw new SqlException(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"" + d.name() + "\" cannot be changed");
        }
        String v = vals == null ? resetValues.get(d.name()) : d.normalize(String.join(", ", vals));
        put(d, v);
    }

    void put(SettingDef d, String v) {
        if (inTransaction && txnSnapshot == null && !v.equals(values.get(d.name()))) {
            // Copied on the first change only: most transactions SET nothing.
            txnSnapshot = new LinkedHashMap<>(values);
        }
        String old = values.put(d.name(), v);
        if (v.equals(old)) {
            return;
        }
        if (d.reported() && !changedReported.contains(d.name())) {
            changedReported.add(d.name());
        }
        switch (d.name()) {
            case "timezone", "extra_float_digits", "statement_timeout", "idle_in_transaction_session_timeout" -> refreshFormat();
            default -> {
            }
        }
    }

    /** Sets a value the server controls (is_superuser, session_authorization, transaction_*). */
    public void setInternal(String name, String value) {
        put(defs.get(name), value);
    }

    public void reset(String name) {
        if (name.equals("all")) {
            for (SettingDef d : defs.values()) {
                if (!d.readOnly()) {
                    put(d, resetValues.get(d.name()));
                }
            }
            custom.clear();
            return;
        }
        set(name, null, false);
    }

    /** Names of reported settings changed since the last call, with their values. */
    public Map<String, String> drainReported() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : changedReported) {
            out.put(defs.get(n).displayName(), values.get(n));
        }
        changedReported.clear();
        return out;
    }

    /** Every reported setting, for the startup ParameterStatus list. */
    public Map<String, String> reported() {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingDef d : defs.values()) {
            if (d.reported()) {
                out.put(d.displayName(), values.get(d.name()));
            }
        }
        changedReported.clear();
        return out;
    }

    /** Every setting with its value and description, for SHOW ALL. */
    public List<String[]> all() {
        List<String[]> out = new ArrayList<>();
        for (SettingDef d : defs.values()) {
            out.add(new String[] {d.displayName(), values.get(d.name()), d.description()});
        }
        out.sort((a, b) -> a[0].compareToIgnoreCase(b[0]));
        return out;
    }

    // ------------------------------------------------------------------ transactions

    public void beginTransaction() {
        txnSnapshot = null;
        inTransaction = true;
        localSnapshot = null;
    }

    /** The settings as they were at each savepoint of the transaction, innermost last, with its name. */
    private final List<String> savepointNames = new ArrayList<>(0);
    private final List<Map<String, String>> savepointValues = new ArrayList<>(0);

    /** SAVEPOINT: a later ROLLBACK TO it restores the settings as they are now. */
    public void savepoint(String name) {
        savepointNames.add(name);
        savepointValues.add(new LinkedHashMap<>(values));
    }

    /** RELEASE: forgets the innermost savepoint of that name and those after it (the SETs stay). */
    public void releaseSavepoint(String name) {
        int i = savepointNames.lastIndexOf(name);
        if (i >= 0) {
            truncateSavepoints(i);
        }
    }

    /** ROLLBACK TO (or an error inside it): SETs made since the savepoint are undone, as in PostgreSQL. */
    public void rollbackToSavepoint(String name) {
        int i = savepointNames.lastIndexOf(name);
        if (i < 0) {
            return;
        }
        restore(savepointValues.get(i));
        truncateSavepoints(i + 1);
    }

    private void truncateSavepoints(int keep) {
        while (savepointNames.size() > keep) {
            savepointNames.remove(savepointNames.size() - 1);
            savepointValues.remove(savepointValues.size() - 1);
        }
    }

    private void restore(Map<String, String> to) {
        for (Map.Entry<String, String> e : to.entrySet()) {
            SettingDef d = defs.get(e.getKey());
            if (d != null && !values.get(e.getKey()).equals(e.getValue())) {
                put(d, e.getValue());
            }
        }
    }

    /** Ends a transaction: a rollback restores SETs made in it; SET LOCAL always ends here. */
    public void endTransaction(boolean committed) {
        truncateSavepoints(0);
        Map<String, String> restore = !committed ? txnSnapshot : localSnapshot;
        if (restore != null) {
            restore(restore);
        }
        txnSnapshot = null;
        localSnapshot = null;
        inTransaction = false;
    }

    // ------------------------------------------------------------------ typed views

    public TextFormat textFormat() {
        return textFormat;
    }

    private void refreshFormat() {
        statementTimeout = SettingDef.millis(values.get("statement_timeout"));
        idleTimeout = SettingDef.millis(values.get("idle_in_transaction_session_timeout"));
        ZoneId zone = TimeZones.parse(values.get("timezone"));
        int efd = Integer.parseInt(values.get("extra_float_digits"));
        if (textFormat == null || !textFormat.zone().equals(zone) || textFormat.extraFloatDigits() != efd) {
            textFormat = new TextFormat(zone, efd);
        }
    }

    /** statement_timeout in milliseconds, 0 = none. */
    public long statementTimeoutMillis() {
        return statementTimeout;
    }

    public long idleInTransactionTimeoutMillis() {
        return idleTimeout;
    }
}
