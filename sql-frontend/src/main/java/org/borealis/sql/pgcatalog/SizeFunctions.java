package org.borealis.sql.pgcatalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

import org.borealis.pagestore.heap.VisibilityMapPage;
import org.borealis.pagestore.page.PageLayout;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RelationStats;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;

/**
 * The disk-size functions ({@code pg_relation_size}, {@code pg_table_size},
 * {@code pg_indexes_size}, {@code pg_total_relation_size}, {@code pg_database_size}) and
 * {@code pg_size_pretty}, as psql's {@code \dt+}, {@code \di+} and {@code \l+} and monitoring
 * tools call them. A relation's size is its blocks times 8 KiB as the engine counts them (the heap's
 * main fork, a B-tree's allocated blocks, a sequence's one page); the visibility map fork counts the
 * map pages covering the heap once a vacuum marked a page all-visible; there is no free space map
 * fork (free space is tracked in memory) and no TOAST, so those are 0. A view has no storage (0).
 * An OID naming no relation gives NULL, as in PostgreSQL. Stateless.
 */
public final class SizeFunctions {

    private SizeFunctions() {
    }

    /** {@code pg_relation_size(oid, fork)}: one fork's bytes, null when no relation has the OID. */
    public static Long relationSize(CatalogSnapshot s, long oid, String fork) {
        Optional<RelationInfo> r = s.relation(oid);
        if (r.isEmpty()) {
            return null;
        }
        return switch (fork) {
            case "main" -> mainBytes(s, r.get());
            case "vm" -> vmBytes(s, r.get());
            case "fsm", "init" -> 0L;
            default -> throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "invalid fork name")
                    .withHint("Valid fork names are \"main\", \"fsm\", \"vm\", and \"init\".");
        };
    }

    /** {@code pg_table_size(oid)}: every fork of the relation (no TOAST here), null when none has the OID. */
    public static Long tableSize(CatalogSnapshot s, long oid) {
        Optional<RelationInfo> r = s.relation(oid);
        return r.map(rel -> mainBytes(s, rel) + vmBytes(s, rel)).orElse(null);
    }

    /** {@code pg_indexes_size(oid)}: the table's indexes together, null when no relation has the OID. */
    public static Long indexesSize(CatalogSnapshot s, long oid) {
        Optional<RelationInfo> r = s.relation(oid);
        if (r.isEmpty()) {
            return null;
        }
        long total = 0;
        if (r.get().kind() == RelationKind.TABLE) {
            for (IndexInfo i : s.indexes(r.get().oid())) {
                total += s.relation(i.oid()).map(ix -> mainBytes(s, ix)).orElse(0L);
            }
        }
        return total;
    }

    /** {@code pg_total_relation_size(oid)}: the table and its indexes, null when no relation has the OID. */
    public static Long totalRelationSize(CatalogSnapshot s, long oid) {
        Long table = tableSize(s, oid);
        return table == null ? null : table + indexesSize(s, oid);
    }

    /** {@code pg_database_size(name)}: every stored relation of the database. */
    public static long databaseSize(CatalogSnapshot s, String name) {
        if (!s.database().equals(name)) {
            throw new SqlException(SqlState.INVALID_CATALOG_NAME, "database \"" + name + "\" does not exist");
        }
        long total = 0;
        for (RelationInfo r : s.relations()) {
            if (r.kind() == RelationKind.INDEX) {
                continue; // counted with its table
            }
            total += mainBytes(s, r) + vmBytes(s, r);
            if (r.kind() == RelationKind.TABLE) {
                total += indexesSize(s, r.oid());
            }
        }
        return total;
    }

    private static long mainBytes(CatalogSnapshot s, RelationInfo r) {
        if (r.kind() == RelationKind.VIEW) {
            return 0;
        }
        RelationStats st = s.stats(r.oid());
        return st == null ? 0 : st.pages() * PageLayout.PAGE_SIZE;
    }

    private static long vmBytes(CatalogSnapshot s, RelationInfo r) {
        if (r.kind() != RelationKind.TABLE) {
            return 0;
        }
        RelationStats st = s.stats(r.oid());
        if (st == null || st.allVisible() == 0 || st.pages() == 0) {
            return 0;
        }
        long mapPages = (st.pages() + VisibilityMapPage.BLOCKS_PER_PAGE - 1) / VisibilityMapPage.BLOCKS_PER_PAGE;
        return mapPages * PageLayout.PAGE_SIZE;
    }

    /** PostgreSQL's units: below each limit the unit is used; kB and above rounded half away from zero. */
    private static final String[] UNITS = {"bytes", "kB", "MB", "GB", "TB", "PB"};

    /** {@code pg_size_pretty(bigint)}. */
    public static String pretty(long size) {
        return pretty(BigInteger.valueOf(size));
    }

    /**
     * {@code pg_size_pretty(numeric)}: below 10 kB the number as given ({@code -1.9 bytes}); above,
     * as for bigint, the first division truncating the fraction.
     */
    public static String pretty(BigDecimal size) {
        if (size.abs().compareTo(BigDecimal.valueOf(10 * 1024)) < 0) {
            return size.toPlainString() + " bytes";
        }
        return pretty(size.setScale(0, RoundingMode.DOWN).toBigInteger());
    }

    private static String pretty(BigInteger size) {
        BigInteger v = size;
        for (int u = 0; u < UNITS.length; u++) {
            boolean last = u == UNITS.length - 1;
            long limit = u == 0 ? 10 * 1024 : 20 * 1024 - 1;
            if (last || v.abs().compareTo(BigInteger.valueOf(limit)) < 0) {
                if (u > 0) {
                    v = halfRounded(v);
                }
                return v + " " + UNITS[u];
            }
            // to the next unit: 10 bits, one less when that unit halves-and-rounds and this one did not
            int bits = 10 - 1 + (u > 0 ? 1 : 0);
            v = v.divide(BigInteger.ONE.shiftLeft(bits)); // truncates towards zero, as C's division
        }
        throw new AssertionError();
    }

    private static BigInteger halfRounded(BigInteger x) {
        return x.add(BigInteger.valueOf(x.signum() < 0 ? -1 : 1)).divide(BigInteger.TWO);
    }
}
