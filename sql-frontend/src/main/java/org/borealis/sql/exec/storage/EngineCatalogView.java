package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.pgcatalog.CatalogSource;
import org.borealis.sql.pgcatalog.PgCatalog;
import org.borealis.sql.pgcatalog.SystemRelation;
import org.borealis.sql.plan.CatalogView;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowLayout;
import org.borealis.sql.types.Types;

/**
 * The planner's view of the engine catalog in one transaction: engine relation records turned into
 * {@link TableMeta} (SQL types from the stored OIDs, indexes with 0-based columns, foreign keys and
 * checks). Results are memoised for the statement.
 */
final class EngineCatalogView implements CatalogView {

    private final Catalog catalog;
    private final Transaction tx;
    private final Map<Integer, TableMeta> byOid = new HashMap<>();
    private final CatalogSource system;
    private final EngineStorageSession session;
    private final java.util.function.IntToLongFunction liveRows;

    EngineCatalogView(Catalog catalog, Transaction tx, CatalogSource system, EngineStorageSession session,
                      java.util.function.IntToLongFunction liveRows) {
        this.catalog = catalog;
        this.tx = tx;
        this.system = system;
        this.session = session;
        this.liveRows = liveRows;
    }

    @Override
    public <T> T withSearchPath(String searchPath, java.util.function.Supplier<T> body) {
        return session.withSearchPath(searchPath, body);
    }

    @Override
    public long estimatedRows(int tableOid) {
        if (PgCatalog.byOid(tableOid).isPresent()) {
            return -1;
        }
        try {
            return liveRows.applyAsLong(tableOid);
        } catch (RuntimeException unknown) {
            return -1;
        }
    }

    private final Map<Integer, Optional<org.borealis.sql.engine.TableStatistics>> analyzed = new HashMap<>();
    private final Map<Long, Optional<org.borealis.sql.stats.ColumnStats>> columnStats = new HashMap<>();

    @Override
    public long estimatedPages(int tableOid) {
        if (PgCatalog.byOid(tableOid).isPresent()) {
            return -1;
        }
        try {
            return session.engine().stats(tableOid).pages();
        } catch (RuntimeException unknown) {
            return -1;
        }
    }

    @Override
    public double allVisibleFraction(int tableOid) {
        if (PgCatalog.byOid(tableOid).isPresent()) {
            return 0;
        }
        try {
            org.borealis.sql.engine.RelationStats st = session.engine().stats(tableOid);
            return st.pages() <= 0 ? 0 : Math.min(1.0, (double) st.allVisible() / st.pages());
        } catch (RuntimeException unknown) {
            return 0;
        }
    }

    private Optional<org.borealis.sql.engine.TableStatistics> statistics(int tableOid) {
        return analyzed.computeIfAbsent(tableOid, o -> PgCatalog.byOid(o).isPresent() ? Optional.empty()
                : catalog.statistics(tx, o));
    }

    @Override
    public boolean analyzed(int tableOid) {
        return statistics(tableOid).isPresent();
    }

    @Override
    public org.borealis.sql.stats.ColumnStats columnStats(int tableOid, int attnum) {
        return columnStats.computeIfAbsent(((long) tableOid << 32) | attnum, k -> {
            Optional<org.borealis.sql.engine.TableStatistics> st = statistics(tableOid);
            if (st.isEmpty()) {
                return Optional.empty();
            }
            Optional<org.borealis.sql.engine.ColumnStatistics> c = st.get().column(attnum);
            Optional<TableMeta> meta = table(tableOid);
            if (c.isEmpty() || meta.isEmpty()) {
                return Optional.empty();
            }
            int pos = meta.get().layout().position(attnum);
            if (pos < 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(org.borealis.sql.stats.StatsValues.decode(c.get(), meta.get().columns().get(pos).type()));
        }).orElse(null);
    }

    @Override
    public CatalogSource systemCatalog() {
        return system;
    }

    @Override
    public Optional<TableMeta> table(List<String> name) {
        Optional<SystemRelation> sys = PgCatalog.find(name);
        if (sys.isPresent()) {
            return Optional.of(systemMeta(sys.get()));
        }
        if (name.size() > 3) {
            return Optional.empty();
        }
        Optional<RelationInfo> r = relation(name);
        if (r.isEmpty() || r.get().kind() != RelationKind.TABLE) {
            return Optional.empty();
        }
        return Optional.of(meta(r.get()));
    }

    @Override
    public Optional<TableMeta> table(int oid) {
        TableMeta m = byOid.get(oid);
        if (m != null) {
            return Optional.of(m);
        }
        return catalog.relation(tx, oid).filter(r -> r.kind() == RelationKind.TABLE).map(this::meta);
    }

    @Override
    public Optional<org.borealis.sql.plan.ViewMeta> view(List<String> name) {
        if (name.size() > 3 || PgCatalog.find(name).isPresent()) {
            return Optional.empty();
        }
        Optional<RelationInfo> r = relation(name);
        if (r.isEmpty() || r.get().kind() != RelationKind.VIEW) {
            return Optional.empty();
        }
        return catalog.view(tx, r.get().oid()).map(v -> viewMeta(r.get(), v));
    }

    @Override
    public boolean othersTemp(String schema) {
        return OtherSessionsTemp.othersTemp(session, schema);
    }

    @Override
    public Optional<org.borealis.sql.plan.ViewMeta> view(int oid) {
        Optional<RelationInfo> r = catalog.relation(tx, oid).filter(x -> x.kind() == RelationKind.VIEW);
        return r.flatMap(x -> catalog.view(tx, oid).map(v -> viewMeta(x, v)));
    }

    private static org.borealis.sql.plan.ViewMeta viewMeta(RelationInfo r, org.borealis.sql.engine.ViewInfo v) {
        List<TableMeta.Column> cols = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
            ColumnDef c = r.columns().get(i);
            PgType t = Types.byOid(c.typeOid());
            if (t == null) {
                throw new SqlException(SqlState.DATA_CORRUPTED, "column \"" + c.name() + "\" of view \"" + r.name()
                        + "\" has unknown type OID " + c.typeOid());
            }
            cols.add(new TableMeta.Column(c.name(), t, c.typmod(), false, c.defaultExpr(), i)); // ALTER VIEW ... SET DEFAULT
        }
        return new org.borealis.sql.plan.ViewMeta(r.oid(), r.schema(), r.name(), cols, v.def().query(), v.def().searchPath());
    }

    /** A system relation as a table without indexes; scans of its OID read {@link SystemRelation#rows}. */
    static TableMeta systemMeta(SystemRelation r) {
        List<TableMeta.Column> cols = new ArrayList<>();
        for (int i = 0; i < r.columns().size(); i++) {
            SystemRelation.Column c = r.columns().get(i);
            cols.add(new TableMeta.Column(c.name(), c.type(), c.typmod(), false, null, i));
        }
        return new TableMeta(r.oid(), r.schema(), r.name(), cols, List.of(), List.of(), List.of());
    }

    /**
     * Any relation kind by name: a qualified name in its schema, an unqualified one in the first
     * schema of the search path that has it.
     */
    Optional<RelationInfo> relation(List<String> name) {
        String last = name.get(name.size() - 1);
        if (name.size() > 1) {
            return catalog.relation(tx, session.qualifier(name.get(name.size() - 2)), last);
        }
        for (String schema : session.searchPath()) {
            Optional<RelationInfo> r = catalog.relation(tx, schema, last);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    TableMeta meta(RelationInfo r) {
        TableMeta cached = byOid.get(r.oid());
        if (cached != null) {
            return cached;
        }
        List<TableMeta.Column> cols = new ArrayList<>();
        PgType[] stored = new PgType[r.columns().size()];
        int[] visible = new int[r.columns().size()];
        for (int i = 0; i < r.columns().size(); i++) {
            ColumnDef c = r.columns().get(i);
            PgType t = Types.byOid(c.typeOid());
            if (t == null) {
                throw new SqlException(SqlState.DATA_CORRUPTED, "column \"" + c.name() + "\" of \"" + r.name()
                        + "\" has unknown type OID " + c.typeOid());
            }
            stored[i] = t;
            if (!c.dropped()) {
                visible[cols.size()] = i;
                cols.add(new TableMeta.Column(c.name(), t, c.typmod(), c.notNull(), c.defaultExpr(), cols.size(),
                        c.identity()));
            }
        }
        RowLayout layout = new RowLayout(stored, java.util.Arrays.copyOf(visible, cols.size()), r.rewriteXid());
        List<TableMeta.IndexMeta> idx = new ArrayList<>();
        List<IndexInfo> infos = catalog.indexes(tx, r.oid());
        boolean special = false;
        for (IndexInfo i : infos) {
            special |= !i.plain();
            idx.add(new TableMeta.IndexMeta(i.oid(), i.name(), positions(layout, i.columns()), i.unique(), i.primary()));
        }
        List<TableMeta.ForeignKey> fks = new ArrayList<>();
        List<TableMeta.Check> checks = new ArrayList<>();
        for (ConstraintInfo c : catalog.constraints(tx, r.oid())) {
            if (c.kind() == ConstraintKind.FOREIGN_KEY) {
                RelationInfo ref = c.refTableOid() == r.oid() ? r : catalog.relation(tx, c.refTableOid()).orElse(r);
                fks.add(new TableMeta.ForeignKey(c.name(), positions(layout, c.columns()), c.refTableOid(),
                        positions(ref, c.refColumns())));
            } else if (c.kind() == ConstraintKind.CHECK) {
                checks.add(new TableMeta.Check(c.name(), c.checkExpr()));
            }
        }
        TableMeta m = new TableMeta(r.oid(), r.schema(), r.name(), cols, idx, fks, checks, layout);
        if (special) { // expression and partial indexes: their texts bound over the table's row
            org.borealis.sql.plan.PlanContext pc = new org.borealis.sql.plan.PlanContext(new PgType[0],
                    org.borealis.sql.types.TextFormat.DEFAULT, this);
            List<TableMeta.IndexMeta> bound = new ArrayList<>();
            for (int k = 0; k < infos.size(); k++) {
                bound.add(IndexExprs.meta(pc, m, infos.get(k), idx.get(k).columns()));
            }
            m = new TableMeta(r.oid(), r.schema(), r.name(), cols, bound, fks, checks, layout);
        }
        byOid.put(r.oid(), m);
        return m;
    }

    List<ConstraintInfo> constraints(int tableOid) {
        return catalog.constraints(tx, tableOid);
    }

    List<ConstraintInfo> referencing(int tableOid) {
        return catalog.referencingConstraints(tx, tableOid);
    }

    /** Attnums as 0-based visible positions of a table with {@code layout}. */
    static int[] positions(RowLayout layout, List<Integer> attnums) {
        int[] out = new int[attnums.size()];
        for (int i = 0; i < out.length; i++) {
            if (attnums.get(i) == 0) { // an index expression
                out[i] = -1;
                continue;
            }
            out[i] = layout.position(attnums.get(i));
            if (out[i] < 0) {
                throw new SqlException(SqlState.DATA_CORRUPTED, "attnum " + attnums.get(i) + " names a dropped column");
            }
        }
        return out;
    }

    /** Attnums of {@code r}'s columns as 0-based positions among its visible columns. */
    static int[] positions(RelationInfo r, List<Integer> attnums) {
        int[] out = new int[attnums.size()];
        for (int i = 0; i < out.length; i++) {
            int attnum = attnums.get(i);
            int pos = 0;
            for (int a = 1; a < attnum; a++) {
                pos += r.columns().get(a - 1).dropped() ? 0 : 1;
            }
            out[i] = pos;
        }
        return out;
    }
}
