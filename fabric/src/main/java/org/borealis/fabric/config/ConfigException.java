package org.borealis.fabric.config;

/**
 * A configuration file that cannot be used. The message names the file, the key (a dotted path)
 * and what was expected, and is meant to be shown to the user as it is.
 */
public class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String key;

    public ConfigException(String source, String key, String problem) {
        super(source + (key.isEmpty() ? "" : ": key '" + key + "'") + ": " + problem);
        this.source = source;
        this.key = key;
    }

    public ConfigException(String source, String key, String problem, Throwable cause) {
        super(source + (key.isEmpty() ? "" : ": key '" + key + "'") + ": " + problem, cause);
        this.source = source;
        this.key = key;
    }

    /** The file (or other source) the configuration came from. */
    public String source() {
        return source;
    }

    /** The dotted key path, empty for the whole document. */
    public String key() {
        return key;
    }
}
