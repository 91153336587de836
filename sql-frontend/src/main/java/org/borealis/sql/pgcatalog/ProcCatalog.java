package org.borealis.sql.pgcatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.borealis.sql.types.Types;

/**
 * PostgreSQL 15's {@code pg_proc} rows (resource {@code pgcatalog/pg_proc.tsv}) for the built-in
 * functions, aggregates and window functions Borealis implements, so that clients listing
 * functions (pgjdbc {@code getFunctions}/{@code getFunctionColumns}, psql {@code \df}) see them as
 * on PostgreSQL: same OIDs, argument and result types, names, modes and descriptions. Only the
 * rows whose argument and result types are all types Borealis has are kept (an overload over
 * {@code anyelement}, {@code record}, {@code tsvector}, ... is left out, as pg_type has no row its
 * columns could point at).
 */
public final class ProcCatalog {

    /** One pg_proc row; the list fields are null where PostgreSQL's column is null. */
    public record Proc(int oid, String name, char kind, boolean retset, char volatility, boolean strict, char parallel,
                       int nargs, int nargDefaults, int retType, List<Long> argTypes, List<Long> allArgTypes,
                       List<String> argModes, List<String> argNames, int variadic, String src, String result,
                       String arguments, String description) {
    }

    private static final Map<Integer, Proc> ALL = load();

    private ProcCatalog() {
    }

    public static List<Proc> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Proc> byOid(long oid) {
        return Optional.ofNullable(ALL.get((int) oid));
    }

    static List<Descriptions.Row> descriptions() {
        List<Descriptions.Row> out = new ArrayList<>();
        for (Proc p : ALL.values()) {
            if (!p.description().isEmpty()) {
                out.add(new Descriptions.Row(p.oid(), Oids.PG_PROC, p.description()));
            }
        }
        return out;
    }

    private static Map<Integer, Proc> load() {
        Map<Integer, Proc> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ProcCatalog.class.getResourceAsStream("/pgcatalog/pg_proc.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<Long> args = oids(f[10].isEmpty() ? List.of() : List.of(f[10].split(" ")));
                List<Long> all = f[11].isEmpty() ? null : oids(arrayItems(f[11]));
                Proc p = new Proc(Integer.parseInt(f[0]), f[1], f[2].charAt(0), f[3].equals("t"), f[4].charAt(0),
                        f[5].equals("t"), f[6].charAt(0), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        args, all, f[12].isEmpty() ? null : arrayItems(f[12]), f[13].isEmpty() ? null : arrayItems(f[13]),
                        Integer.parseInt(f[14]), f[15], f[16], f[17], f[18]);
                if (typesKnown(p)) {
                    m.put(p.oid(), p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }

    private static boolean typesKnown(Proc p) {
        List<Long> types = new ArrayList<>(p.argTypes());
        types.add((long) p.retType());
        if (p.allArgTypes() != null) {
            types.addAll(p.allArgTypes());
        }
        return types.stream().allMatch(t -> Types.byOid((int) (long) t) != null);
    }

    private static List<Long> oids(List<String> items) {
        List<Long> out = new ArrayList<>();
        items.forEach(s -> out.add(Long.parseLong(s)));
        return out;
    }

    /** The items of a one-dimensional array's text form ({@code {a,"b c",""}}). */
    static List<String> arrayItems(String text) {
        List<String> out = new ArrayList<>();
        String body = text.substring(1, text.length() - 1);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < body.length()) {
                cur.append(body.charAt(++i));
            } else if (c == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (!body.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }
}
