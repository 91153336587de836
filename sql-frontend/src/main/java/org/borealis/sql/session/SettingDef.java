package org.borealis.sql.session;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.TimeZones;

/**
 * One known setting: its name (lower case), the spelling PostgreSQL reports it with, default,
 * whether it is reported by ParameterStatus, whether SET may change it, and its normaliser
 * (validates, and returns the form SHOW prints).
 */
record SettingDef(String name, String displayName, String defaultValue, boolean reported, boolean readOnly,
                  UnaryOperator<String> normalizer, String description) {

    String normalize(String v) {
        return normalizer.apply(v);
    }

    static Map<String, SettingDef> all() {
        Map<String, SettingDef> m = new LinkedHashMap<>();
        add(m, "server_version", "server_version", Settings.SERVER_VERSION, true, true, s -> s, "Shows the server version.");
        add(m, "server_version_num", "server_version_num", Settings.SERVER_VERSION_NUM, false, true, s -> s, "Shows the server version as an integer.");
        add(m, "server_encoding", "server_encoding", "UTF8", true, true, s -> s, "Shows the server (database) character set encoding.");
        add(m, "client_encoding", "client_encoding", "UTF8", true, false, SettingDef::encoding, "Sets the client's character set encoding.");
        add(m, "datestyle", "DateStyle", "ISO, MDY", true, false, SettingDef::dateStyle, "Sets the display format for date and time values.");
        add(m, "intervalstyle", "IntervalStyle", "postgres", true, false, s -> s.toLowerCase(Locale.ROOT), "Sets the display format for interval values.");
        add(m, "timezone", "TimeZone", "UTC", true, false, SettingDef::timeZone, "Sets the time zone for displaying and interpreting time stamps.");
        add(m, "integer_datetimes", "integer_datetimes", "on", true, true, s -> s, "Shows whether datetimes are integer based.");
        add(m, "standard_conforming_strings", "standard_conforming_strings", "on", true, false, SettingDef::mustBeOn, "Causes '...' strings to treat backslashes literally.");
        add(m, "application_name", "application_name", "", true, false, s -> s, "Sets the application name to be reported in statistics and logs.");
        add(m, "is_superuser", "is_superuser", "off", true, true, s -> s, "Shows whether the current user is a superuser.");
        add(m, "session_authorization", "session_authorization", "", true, true, s -> s, "Sets the session user name.");
        add(m, "in_hot_standby", "in_hot_standby", "off", true, true, s -> s, "Shows whether hot standby is currently active.");
        add(m, "default_transaction_read_only", "default_transaction_read_only", "off", true, false, SettingDef::bool, "Sets the default read-only status of new transactions.");
        add(m, "default_transaction_isolation", "default_transaction_isolation", "read committed", false, false, SettingDef::isolation, "Sets the transaction isolation level of each new transaction.");
        add(m, "transaction_isolation", "transaction_isolation", "read committed", false, false, SettingDef::isolation, "Sets the current transaction's isolation level.");
        add(m, "transaction_read_only", "transaction_read_only", "off", false, false, SettingDef::bool, "Sets the current transaction's read-only status.");
        add(m, "extra_float_digits", "extra_float_digits", "1", false, false, SettingDef::floatDigits, "Sets the number of digits displayed for floating-point values.");
        add(m, "search_path", "search_path", "\"$user\", public", false, false, s -> s, "Sets the schema search order for names that are not schema-qualified.");
        add(m, "statement_timeout", "statement_timeout", "0", false, false, SettingDef::duration, "Sets the maximum allowed duration of any statement.");
        add(m, "idle_in_transaction_session_timeout", "idle_in_transaction_session_timeout", "0", false, false, SettingDef::duration, "Sets the maximum allowed idle time between queries, when in a transaction.");
        add(m, "lock_timeout", "lock_timeout", "0", false, false, SettingDef::duration, "Sets the maximum allowed duration of any wait for a lock.");
        add(m, "bytea_output", "bytea_output", "hex", false, false, s -> s.toLowerCase(Locale.ROOT), "Sets the output format for bytea.");
        add(m, "lc_messages", "lc_messages", "C", false, false, s -> s, "Sets the language in which messages are displayed.");
        add(m, "lc_monetary", "lc_monetary", "C", false, false, s -> s, "Sets the locale for formatting monetary amounts.");
        add(m, "lc_numeric", "lc_numeric", "C", false, false, s -> s, "Sets the locale for formatting numbers.");
        add(m, "lc_time", "lc_time", "C", false, false, s -> s, "Sets the locale for formatting date and time values.");
        add(m, "lc_collate", "lc_collate", "C", false, true, s -> s, "Shows the collation order locale.");
        add(m, "lc_ctype", "lc_ctype", "C", false, true, s -> s, "Shows the character classification and case conversion locale.");
        add(m, "max_connections", "max_connections", "100", false, true, s -> s, "Sets the maximum number of concurrent connections.");
        add(m, "max_index_keys", "max_index_keys", "32", false, true, s -> s, "Shows the maximum number of index keys.");
        add(m, "max_identifier_length", "max_identifier_length", "63", false, true, s -> s, "Shows the maximum identifier length.");
        add(m, "block_size", "block_size", "8192", false, true, s -> s, "Shows the size of a disk block.");
        add(m, "synchronous_commit", "synchronous_commit", "on", false, false, s -> s.toLowerCase(Locale.ROOT), "Sets the current transaction's synchronization level.");
        add(m, "client_min_messages", "client_min_messages", "notice", false, false, s -> s.toLowerCase(Locale.ROOT), "Sets the message levels that are sent to the client.");
        add(m, "row_security", "row_security", "on", false, false, SettingDef::bool, "Enable row security.");
        add(m, "jit", "jit", "off", false, false, SettingDef::bool, "Allow JIT compilation.");
        add(m, "enable_seqscan", "enable_seqscan", "on", false, false, SettingDef::bool, "Enables the planner's use of sequential-scan plans.");
        add(m, "enable_bitmapscan", "enable_bitmapscan", "on", false, false, SettingDef::bool, "Enables the planner's use of bitmap-scan plans.");
        add(m, "enable_indexscan", "enable_indexscan", "on", false, false, SettingDef::bool, "Enables the planner's use of index-scan plans.");
        add(m, "work_mem", "work_mem", "4MB", false, false, s -> s, "Sets the maximum memory to be used for query workspaces.");
        add(m, "maintenance_work_mem", "maintenance_work_mem", "64MB", false, false, s -> s, "Sets the maximum memory to be used for maintenance operations.");
        add(m, "autovacuum_analyze_threshold", "autovacuum_analyze_threshold", "50", false, true, SettingDef::nonNegativeInt, "Minimum number of tuple inserts, updates, or deletes prior to analyze.");
        add(m, "autovacuum_analyze_scale_factor", "autovacuum_analyze_scale_factor", "0.1", false, true, SettingDef::scaleFactor, "Number of tuple inserts, updates, or deletes prior to analyze as a fraction of reltuples.");
        add(m, "vacuum_freeze_min_age", "vacuum_freeze_min_age", "50000000", false, false, s -> s, "Minimum age at which VACUUM should freeze a table row.");
        add(m, "check_function_bodies", "check_function_bodies", "on", false, false, SettingDef::bool, "Check routine bodies during CREATE FUNCTION.");
        add(m, "default_tablespace", "default_tablespace", "", false, false, s -> s, "Sets the default tablespace to create tables and indexes in.");
        add(m, "xmloption", "xmloption", "content", false, false, s -> s, "Sets whether XML data in implicit parsing and serialization operations is to be considered as documents or content fragments.");
        return m;
    }

    private static void add(Map<String, SettingDef> m, String name, String display, String def, boolean reported,
                            boolean readOnly, UnaryOperator<String> norm, String description) {
        m.put(name, new SettingDef(name, display, def, reported, readOnly, norm, description));
    }

    private static SqlException invalid(String name, String v) {
        return new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"" + name + "\": \"" + v + "\"");
    }

    static String nonNegativeInt(String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) {
                return Integer.toString(n);
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for an integer setting: \"" + v + "\"");
    }

    static String scaleFactor(String v) {
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(v.strip());
            if (d.signum() >= 0 && d.compareTo(java.math.BigDecimal.valueOf(100)) <= 0) {
                return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for a scale factor: \"" + v + "\"");
    }

    static String bool(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "on", "true", "yes", "1", "t", "y" -> "on";
            case "off", "false", "no", "0", "f", "n" -> "off";
            default -> throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "parameter requires a Boolean value");
        };
    }

    static String mustBeOn(String v) {
        if (!bool(v).equals("on")) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "standard_conforming_strings must be on");
        }
        return "on";
    }

    static String encoding(String v) {
        String s = v.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (s) {
            case "UTF8", "UNICODE" -> "UTF8";
            case "SQLASCII" -> "SQL_ASCII";
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                    "conversion between " + v + " and UTF8 is not supported");
        };
    }

    static String dateStyle(String v) {
        String s = v.toUpperCase(Locale.ROOT);
        String order = s.contains("DMY") || s.contains("EURO") ? "DMY" : s.contains("YMD") ? "YMD" : "MDY";
        if (s.contains("SQL") || s.contains("POSTGRES") || s.contains("GERMAN")) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "only the ISO DateStyle is supported");
        }
        return "ISO, " + order;
    }

    static String timeZone(String v) {
        TimeZones.parse(v);
        return v.strip();
    }

    static String isolation(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return switch (s) {
            case "read committed", "read uncommitted", "repeatable read", "serializable" -> s;
            case "default" -> "read committed";
            default -> throw invalid("transaction_isolation", v);
        };
    }

    static String floatDigits(String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n < -15 || n > 3) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                        n + " is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)");
            }
            return Integer.toString(n);
        } catch (NumberFormatException e) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"extra_float_digits\": \"" + v + "\"");
        }
    }

    /** Parses a duration (default unit ms) and prints it the way SHOW does. */
    static String duration(String v) {
        long ms = millis(v);
        if (ms == 0) {
            return "0";
        }
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "min";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    static long millis(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        try {
            double n = Double.parseDouble(s.substring(0, i));
            String unit = s.substring(i);
            double factor = switch (unit) {
                case "", "ms" -> 1;
                case "us" -> 0.001;
                case "s" -> 1000;
                case "min" -> 60_000;
                case "h" -> 3_600_000;
                case "d" -> 86_400_000;
                default -> throw invalid("timeout", v);
            };
            long ms = Math.round(n * factor);
            if (ms < 0) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, ms + " ms is outside the valid range");
            }
            return ms;
        } catch (NumberFormatException e) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter: \"" + v + "\"");
        }
    }
}
