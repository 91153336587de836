package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RelationStats;
import org.borealis.sql.engine.TableActivity;

/**
 * {@code pg_stat_user_tables}: per user table, the live and dead row estimates, the rows changed
 * since its last analyze, and when and how often it was vacuumed and analysed, by statement or by
 * the background pass — the columns of PostgreSQL 15's view that are counted here. Its scan and
 * per-kind tuple counters ({@code seq_scan}, {@code n_tup_ins}, ...) are not kept, so the view
 * has no such columns. Like PostgreSQL's after a crash, the counts start again when the node starts.
 */
final class ActivityRelations {

    private ActivityRelations() {
    }

    static final SystemRelation PG_STAT_USER_TABLES = new SystemRelation(12410, "pg_catalog", "pg_stat_user_tables", 'v',
            "relid oid, schemaname name, relname name, n_live_tup bigint, n_dead_tup bigint, "
                    + "n_mod_since_analyze bigint, last_vacuum timestamp with time zone, "
                    + "last_autovacuum timestamp with time zone, last_analyze timestamp with time zone, "
                    + "last_autoanalyze timestamp with time zone, vacuum_count bigint, autovacuum_count bigint, "
                    + "analyze_count bigint, autoanalyze_count bigint",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() != RelationKind.TABLE) {
                        continue;
                    }
                    RelationStats st = s.stats(r.oid());
                    TableActivity a = s.activity(r.oid());
                    out.add().set("relid", r.oid()).set("schemaname", CatalogSnapshot.schemaOf(r)).set("relname", r.name())
                            .set("n_live_tup", st == null ? 0L : st.liveTuples())
                            .set("n_dead_tup", st == null ? 0L : st.deadTuples())
                            .set("n_mod_since_analyze", a.modSinceAnalyze())
                            .set("last_vacuum", time(a.lastVacuum())).set("last_autovacuum", time(a.lastAutovacuum()))
                            .set("last_analyze", time(a.lastAnalyze())).set("last_autoanalyze", time(a.lastAutoanalyze()))
                            .set("vacuum_count", a.vacuumCount()).set("autovacuum_count", a.autovacuumCount())
                            .set("analyze_count", a.analyzeCount()).set("autoanalyze_count", a.autoanalyzeCount());
                }
            });

    private static Object time(long unixMicros) {
        return unixMicros == 0 ? null : java.time.Instant.EPOCH.plusNanos(unixMicros * 1000);
    }
}
