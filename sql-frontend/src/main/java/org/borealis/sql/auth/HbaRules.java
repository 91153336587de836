package org.borealis.sql.auth;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The ordered access rules of a compute node; the first matching rule decides. Without
 * configured rules: trust on loopback, SCRAM-SHA-256 from anywhere else.
 */
public final class HbaRules {

    private final List<HbaRule> rules;

    public HbaRules(List<HbaRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static HbaRules defaults() {
        List<HbaRule> r = new ArrayList<>();
        r.add(HbaRule.parse("host all all 127.0.0.0/8 trust"));
        r.add(HbaRule.parse("host all all ::1/128 trust"));
        r.add(HbaRule.parse("host all all all scram-sha-256"));
        return new HbaRules(r);
    }

    public static HbaRules parse(List<String> lines) {
        if (lines == null || lines.isEmpty()) {
            return defaults();
        }
        List<HbaRule> r = new ArrayList<>();
        for (String l : lines) {
            r.add(HbaRule.parse(l));
        }
        return new HbaRules(r);
    }

    /** The first matching rule, or null (the connection is then refused). */
    public HbaRule match(String database, String user, InetAddress address, boolean ssl) {
        for (HbaRule r : rules) {
            if (r.matches(database, user, address, ssl)) {
                return r;
            }
        }
        return null;
    }
}
