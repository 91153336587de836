package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.TableStatistics;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.stats.ColumnAnalyzer;

/**
 * ANALYZE of one table, as PostgreSQL 15 does it: a sample of up to 300 × the statistics target
 * (100) live rows, drawn by reservoir sampling over a scan of the table in the statement's
 * transaction and kept in physical order (a smaller table is read whole, so its statistics are
 * exact and repeatable); each column's statistics from {@link ColumnAnalyzer}; the row and page
 * counts. Stored through the catalog in the same transaction (in a READ ONLY one, by a transaction
 * of their own). With a column list only those columns' statistics are replaced, the others' kept.
 */
final class Analyze {

    static final int TARGET = 100;
    static final int SAMPLE_ROWS = 300 * TARGET;

    private record Sampled(long ordinal, Object[] values) {
    }

    private final EngineStorageSession s;

    Analyze(EngineStorageSession s) {
        this.s = s;
    }

    /** What ANALYZE VERBOSE reports of a table. */
    record Report(long pages, long liveRows, int sampled) {
    }

    /** The statistics gathered for one table, and what ANALYZE VERBOSE reports of it. */
    record Gathered(TableStatistics stats, Report report) {
    }

    /** ANALYZE of one table in the session's transaction: gathers, stores and notes it. */
    Report run(TableMeta meta, List<String> columnNames, long seed) {
        long mods = s.engine().activity(meta.oid()).modSinceAnalyze();
        Gathered g = gather(meta, columnNames, seed);
        Transaction tx = s.tx();
        if (org.borealis.sql.txn.Txn.of(tx).isReadOnly()) {
            store(g.stats());
        } else {
            s.engine().catalog().setStatistics(tx, g.stats());
        }
        s.engine().analyzed(meta.oid(), mods, false);
        return g.report();
    }

    /**
     * Samples the table in the session's transaction and computes its statistics (of the named
     * columns, the others' kept from the last ANALYZE; of every column when none is named).
     */
    Gathered gather(TableMeta meta, List<String> columnNames, long seed) {
        List<Integer> positions = new ArrayList<>();
        for (String c : columnNames) {
            TableMeta.Column col = meta.column(c);
            if (col == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + c + "\" of relation \"" + meta.name()
                        + "\" does not exist");
            }
            if (positions.contains(col.index())) {
                throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + c + "\" of relation \"" + meta.name()
                        + "\" appears more than once");
            }
            positions.add(col.index());
        }
        if (positions.isEmpty()) {
            meta.columns().forEach(c -> positions.add(c.index()));
        }
        Transaction tx = s.tx();
        SeqScanOp.requireFormat(meta.layout(), tx, meta.name());
        List<Sampled> sample = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(seed);
        long live = 0;
        try (Cursor<Row> c = s.engine().table(meta.oid()).scan(tx)) {
            while (c.hasNext()) {
                Object[] row = meta.layout().decode(c.next().data());
                if (sample.size() < SAMPLE_ROWS) {
                    sample.add(new Sampled(live, row));
                } else {
                    long k = random.nextLong(live + 1);
                    if (k < SAMPLE_ROWS) {
                        sample.set((int) k, new Sampled(live, row));
                    }
                }
                live++;
            }
        }
        sample.sort(java.util.Comparator.comparingLong(Sampled::ordinal));
        long pages = s.engine().stats(meta.oid()).pages();
        s.engine().countAllVisible(meta.oid());
        List<ColumnStatistics> cols = new ArrayList<>();
        TableStatistics old = s.engine().catalog().statistics(tx, meta.oid()).orElse(null);
        if (old != null && !columnNames.isEmpty()) {
            for (ColumnStatistics c : old.columns()) {
                if (!positions.contains(meta.layout().position(c.attnum()))) {
                    cols.add(c);
                }
            }
        }
        if (!sample.isEmpty()) {
            for (int p : positions) {
                List<Object> values = new ArrayList<>(sample.size());
                for (Sampled r : sample) {
                    values.add(r.values()[p]);
                }
                cols.add(ColumnAnalyzer.analyze(meta.attnum(p), meta.columns().get(p).type(), values, live, TARGET));
            }
        }
        cols.sort(java.util.Comparator.comparingInt(ColumnStatistics::attnum));
        long now = java.time.Instant.now().toEpochMilli() * 1000;
        TableStatistics st = new TableStatistics(meta.oid(), live, pages, now, cols);
        return new Gathered(st, new Report(pages, live, sample.size()));
    }

    /**
     * Stores statistics gathered in a READ ONLY transaction (PostgreSQL allows ANALYZE there, the
     * statistics not being user data): in a transaction of their own, committed at once, so a
     * rollback of the read-only one does not take them back.
     */
    private void store(TableStatistics st) {
        org.borealis.sql.engine.Session own = s.engine().openSession();
        try {
            Transaction t = own.begin(org.borealis.sql.engine.Isolation.READ_COMMITTED, false);
            boolean done = false;
            try {
                s.engine().catalog().setStatistics(t, st);
                t.commit();
                done = true;
            } finally {
                if (!done) {
                    t.rollback();
                }
            }
        } finally {
            own.close();
        }
    }
}
