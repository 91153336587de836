package org.borealis.sql.catalog;

import java.util.List;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.TableStatistics;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.txn.Txn;

/**
 * Catalog changes to ANALYZE's statistics, in the same way as {@link DdlOps}: a table's
 * statistics are rows of {@link SystemTables#STATISTICS} ({@link StatisticsCodec}), replaced whole
 * by each ANALYZE and deleted with the table or, for one column, rewritten without it.
 */
final class StatisticsOps {

    private final CatalogImpl c;
    private final DdlOps ddl;

    StatisticsOps(CatalogImpl c, DdlOps ddl) {
        this.c = c;
        this.ddl = ddl;
    }

    void set(Txn t, TableStatistics st) {
        CatalogState s = ddl.begin(t, "ANALYZE");
        RelationInfo table = DdlOps.table(s, st.tableOid());
        t.lockForWrite(table.oid());
        write(t, s, st);
        ddl.done(t);
    }

    /** Replaces the stored rows of {@code st}'s table (the caller has begun the catalog change). */
    void write(Txn t, CatalogState s, TableStatistics st) {
        delete(t, s, st.tableOid());
        for (byte[] row : StatisticsCodec.rows(st)) {
            c.heap(SystemTables.STATISTICS).insert(t, row);
        }
    }

    /** Deletes a table's statistics rows, if any (the caller has begun the catalog change). */
    void delete(Txn t, CatalogState s, int tableOid) {
        CatalogState.Stats old = s.statistics.get(tableOid);
        if (old != null) {
            for (Tid tid : old.tids()) {
                ddl.delete(t, SystemTables.STATISTICS, tid);
            }
        }
    }

    /** Drops column {@code attnum}'s statistics (DROP COLUMN, ALTER COLUMN TYPE). */
    void dropColumn(Txn t, CatalogState s, int tableOid, int attnum) {
        CatalogState.Stats old = s.statistics.get(tableOid);
        if (old != null && old.value() != null && old.value().column(attnum).isPresent()) {
            write(t, s, old.value().without(attnum));
        }
    }

}
