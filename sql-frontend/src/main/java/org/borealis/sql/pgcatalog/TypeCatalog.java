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

import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RegOid;
import org.borealis.sql.types.Types;

/**
 * PostgreSQL 15's {@code pg_type} attributes for the built-in base types, from the resource
 * {@code pgcatalog/pg_type.tsv} (taken from a PostgreSQL 15 catalog). Only types Borealis has
 * ({@link Types#byOid}) and the pseudo-type {@code record} of row values appear in
 * {@code pg_type}; the rest of the file waits for their implementation. Also names the I/O functions those rows point at, for {@code pg_proc}.
 */
final class TypeCatalog {

    /** One pg_type row as PostgreSQL has it; regproc columns as (oid, name). */
    record Entry(int oid, String typname, int typlen, boolean typbyval, char typtype, char typcategory,
                 boolean typispreferred, char typdelim, int typelem, int typarray, List<RegOid> procs,
                 char typalign, char typstorage, int typcollation) {
    }

    /** Order of the regproc columns in {@link Entry#procs}. */
    static final List<String> PROC_COLUMNS = List.of("typinput", "typoutput", "typreceive", "typsend", "typmodin",
            "typmodout", "typanalyze", "typsubscript");

    private static final Map<Integer, Entry> ALL = load();

    private TypeCatalog() {
    }

    private static Map<Integer, Entry> load() {
        Map<Integer, Entry> m = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TypeCatalog.class.getResourceAsStream("/pgcatalog/pg_type.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                List<RegOid> procs = new ArrayList<>();
                for (int i = 10; i < 18; i++) {
                    int colon = f[i].indexOf(':');
                    long oid = Long.parseLong(f[i].substring(0, colon));
                    procs.add(new RegOid(oid, f[i].substring(colon + 1)));
                }
                Entry e = new Entry(Integer.parseInt(f[0]), f[1], Integer.parseInt(f[2]), f[3].equals("t"), f[4].charAt(0),
                        f[5].charAt(0), f[6].equals("t"), f[7].charAt(0), Integer.parseInt(f[8]), Integer.parseInt(f[9]),
                        Collections.unmodifiableList(procs), f[18].charAt(0), f[19].charAt(0), Integer.parseInt(f[20]));
                m.put(e.oid(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** The pseudo-type {@code record}: row values have it (pgjdbc looks up its name). */
    static final int RECORD = 2249;

    /** The types Borealis implements, in OID order (and {@code record}). */
    static List<Entry> supported() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : ALL.values()) {
            if (Types.byOid(e.oid()) != null || e.oid() == RECORD) {
                out.add(e);
            }
        }
        return out;
    }

    static Entry entry(long oid) {
        return ALL.get((int) oid);
    }

    /**
     * {@code format_type(oid, typmod)}: the SQL spelling with the modifier ({@code character
     * varying(40)}, {@code numeric(12,2)}, {@code integer[]}), a type's name for types Borealis
     * does not implement, {@code ???} for an unknown OID.
     */
    static String formatType(long oid, Integer typmod) {
        PgType t = Types.byOid((int) oid);
        if (t != null) {
            if (t == Types.BPCHAR && typmod == null) {
                return "bpchar";
            }
            return t.formatWithTypmod(typmod == null ? -1 : typmod);
        }
        Entry e = ALL.get((int) oid);
        return e == null ? "???" : e.typname();
    }
}
