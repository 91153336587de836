package org.borealis.sql.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.txn.Txn;

/**
 * Catalog changes to one column that take other catalog rows along, in the same way as
 * {@link DdlOps}. DROP COLUMN is PostgreSQL's: the column keeps its attnum and its type (old rows
 * still hold a value for it), is renamed {@code ........pg.dropped.N........} and marked dropped,
 * so it costs one relation-row update whatever the table's size; the indexes and constraints
 * using it and the sequence it owns are dropped with it. A type change only rewrites the relation
 * row: the SQL layer rewrites the table's rows and rebuilds the indexes on the column.
 */
final class ColumnOps {

    private final DdlOps ddl;
    private final StatisticsOps statistics;

    ColumnOps(DdlOps ddl, StatisticsOps statistics) {
        this.ddl = ddl;
        this.statistics = statistics;
    }

    RelationInfo dropColumn(Txn t, int tableOid, int attnum) {
        CatalogState s = ddl.begin(t, "ALTER TABLE");
        RelationInfo table = DdlOps.table(s, tableOid);
        t.lockExclusively(tableOid);
        if (attnum < 1 || attnum > table.columns().size() || table.columns().get(attnum - 1).dropped()) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column number " + attnum + " of relation \""
                    + table.name() + "\" does not exist");
        }
        Set<Integer> indexes = new LinkedHashSet<>();
        for (IndexInfo x : s.indexesOf(tableOid)) {
            if (x.columns().contains(attnum)) {
                indexes.add(x.oid());
            }
        }
        for (CatalogState.Entry<ConstraintInfo> e : s.constraints.values()) {
            ConstraintInfo k = e.value();
            boolean own = k.tableOid() == tableOid && k.columns().contains(attnum);
            boolean referencing = k.refTableOid() == tableOid && k.refColumns().contains(attnum);
            boolean onIndex = k.tableOid() == tableOid && indexes.contains(k.indexOid());
            if (own || referencing || onIndex) {
                ddl.delete(t, SystemTables.CONSTRAINTS, e.tid());
                if (k.indexOid() != 0 && k.tableOid() == tableOid) {
                    indexes.add(k.indexOid());
                }
            }
        }
        for (int oid : indexes) {
            if (s.indexes.containsKey(oid)) {
                ddl.dropIndexRows(t, s, oid);
            }
        }
        for (CatalogState.Entry<SequenceInfo> e : s.sequences.values()) {
            if (e.value().def().ownerTableOid() == tableOid && e.value().def().ownerColumn() == attnum) {
                ddl.dropSequenceRows(t, s, e.value().oid());
            }
        }
        statistics.dropColumn(t, s, tableOid, attnum);
        List<ColumnDef> cols = new ArrayList<>(table.columns());
        cols.set(attnum - 1, cols.get(attnum - 1).asDropped(attnum));
        RelationInfo info = new RelationInfo(table.oid(), table.schema(), table.name(), table.kind(), cols, false);
        ddl.replace(t, SystemTables.RELATIONS, s.relations.get(tableOid).tid(), CatalogCodec.relation(info));
        ddl.done(t);
        return info;
    }

    /** Gives column {@code attnum} a new type (and typmod); the caller rewrites the rows and rebuilds its indexes. */
    RelationInfo retypeColumn(Txn t, int tableOid, int attnum, int typeOid, int typmod, boolean rewrite) {
        CatalogState s = ddl.begin(t, "ALTER TABLE");
        RelationInfo table = DdlOps.table(s, tableOid);
        t.lockExclusively(tableOid);
        if (attnum < 1 || attnum > table.columns().size() || table.columns().get(attnum - 1).dropped()) {
            throw new SqlException(SqlState.UNDEFINED_COLUMN, "column number " + attnum + " of relation \""
                    + table.name() + "\" does not exist");
        }
        for (IndexInfo x : s.indexesOf(tableOid)) {
            if (x.columns().contains(attnum)) {
                throw new SqlException(SqlState.INTERNAL_ERROR, "index " + x.name() + " must be dropped before its column's type changes");
            }
        }
        statistics.dropColumn(t, s, tableOid, attnum);
        List<ColumnDef> cols = new ArrayList<>(table.columns());
        ColumnDef old = cols.get(attnum - 1);
        cols.set(attnum - 1, new ColumnDef(old.name(), typeOid, typmod, old.notNull(), old.defaultExpr(), old.identity(),
                false, rewrite ? t.requireXid("ALTER TABLE") : old.typeXid()));
        RelationInfo info = new RelationInfo(table.oid(), table.schema(), table.name(), table.kind(), cols, false);
        ddl.replace(t, SystemTables.RELATIONS, s.relations.get(tableOid).tid(), CatalogCodec.relation(info));
        ddl.done(t);
        return info;
    }
}
