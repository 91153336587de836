package org.borealis.sql.exec.storage;

import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.AutoAnalyzer;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.plan.TableMeta;

/**
 * ANALYZE of one table for the engine's background pass ({@link AutoAnalyzer}), in a READ
 * COMMITTED transaction of its own: the sample is read under its snapshot with no lock a writer
 * waits for; only storing the statistics takes the catalog's change lock, and without waiting, so
 * a table whose catalog is busy with DDL is left for the next round. A table dropped (or altered)
 * while it was being sampled is skipped: its statistics are stored only if it is still there with
 * the columns that were sampled.
 */
final class AutoAnalyze implements AutoAnalyzer {

    private final EngineStorage storage;
    private final Engine engine;

    AutoAnalyze(EngineStorage storage, Engine engine) {
        this.storage = storage;
        this.engine = engine;
    }

    @Override
    public String analyze(int tableOid) {
        EngineStorageSession s = new EngineStorageSession(storage, engine, 0);
        try {
            s.begin(false, false);
            s.startStatement();
            Optional<RelationInfo> sampled = userTable(s, tableOid);
            if (sampled.isEmpty()) {
                return null;
            }
            long mods = engine.activity(tableOid).modSinceAnalyze();
            TableMeta meta = s.view().meta(sampled.get());
            Analyze.Gathered g;
            try {
                g = new Analyze(s).gather(meta, List.of(), System.nanoTime());
            } catch (SqlException e) {
                if (stillThere(tableOid, sampled.get())) {
                    throw e;
                }
                return null; // dropped or altered under the scan
            }
            if (!engine.catalog().tryLockForChange(s.tx())) {
                return null;
            }
            s.startStatement(); // sees every DDL committed before the lock was granted
            if (!userTable(s, tableOid).equals(sampled)) {
                return null;
            }
            engine.catalog().setStatistics(s.tx(), g.stats());
            s.commit();
            storage.bumpCatalogVersion(); // plans made before the statistics are made again
            engine.analyzed(tableOid, mods, true);
            RelationInfo r = sampled.get();
            return "\"" + engine.databaseName() + "." + (r.schema() == null ? "public" : r.schema()) + "." + r.name()
                    + "\": " + g.report().liveRows() + " rows, " + g.report().sampled() + " in the sample";
        } finally {
            s.close();
        }
    }

    private static Optional<RelationInfo> userTable(EngineStorageSession s, int oid) {
        return s.engine().catalog().relation(s.tx(), oid).filter(r -> r.kind() == RelationKind.TABLE && !r.system());
    }

    private boolean stillThere(int oid, RelationInfo sampled) {
        return engine.catalog().relation(null, oid).filter(sampled::equals).isPresent();
    }
}
