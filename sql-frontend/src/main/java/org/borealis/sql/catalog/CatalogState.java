package org.borealis.sql.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.heap.HeapTable;
import org.borealis.sql.txn.Txn;

/**
 * One consistent, immutable view of every catalog row (with the tid of its version, for DDL to
 * update or delete it), read from the system tables with one transaction's visibility.
 */
final class CatalogState {

    record Entry<T>(Tid tid, T value) {
    }

    /** A table's statistics rows and what they hold (null while a chunk is missing). */
    record Stats(List<Tid> tids, org.borealis.sql.engine.TableStatistics value) {
    }

    final Map<Integer, Entry<RelationInfo>> relations = new HashMap<>();
    final Map<String, Integer> relationByName = new HashMap<>();
    final Map<Integer, Entry<IndexInfo>> indexes = new HashMap<>();
    final Map<Integer, Entry<ConstraintInfo>> constraints = new HashMap<>();
    final Map<Integer, Entry<SequenceInfo>> sequences = new HashMap<>();
    final Map<Integer, Entry<ViewInfo>> views = new HashMap<>();
    final Map<String, Entry<SchemaInfo>> schemas = new HashMap<>();
    final Map<String, Entry<RoleInfo>> roles = new HashMap<>();
    final Map<String, Entry<String>> settings = new HashMap<>();
    final Map<Integer, Stats> statistics = new HashMap<>();
    String database;

    static String key(String schema, String name) {
        return schema + '\u0000' + name;
    }

    static CatalogState load(Txn t, Function<Integer, HeapTable> heaps) {
        CatalogState s = new CatalogState();
        for (RelationInfo sys : SystemTables.ALL) {
            s.relations.put(sys.oid(), new Entry<>(null, sys));
            s.relationByName.put(key(sys.schema(), sys.name()), sys.oid());
        }
        scan(t, heaps.apply(SystemTables.RELATIONS), (tid, row) -> {
            RelationInfo r = CatalogCodec.relation(row);
            s.relations.put(r.oid(), new Entry<>(tid, r));
            s.relationByName.put(key(r.schema(), r.name()), r.oid());
        });
        scan(t, heaps.apply(SystemTables.INDEXES), (tid, row) -> {
            IndexInfo x = CatalogCodec.index(row);
            s.indexes.put(x.oid(), new Entry<>(tid, x));
        });
        scan(t, heaps.apply(SystemTables.CONSTRAINTS), (tid, row) -> {
            ConstraintInfo c = CatalogCodec.constraint(row);
            s.constraints.put(c.oid(), new Entry<>(tid, c));
        });
        scan(t, heaps.apply(SystemTables.SEQUENCES), (tid, row) -> {
            SequenceInfo q = CatalogCodec.sequence(row);
            s.sequences.put(q.oid(), new Entry<>(tid, q));
        });
        scan(t, heaps.apply(SystemTables.VIEWS), (tid, row) -> {
            int oid = CatalogCodec.viewOid(row);
            Entry<RelationInfo> rel = s.relations.get(oid);
            s.views.put(oid, new Entry<>(tid, CatalogCodec.view(row, rel == null ? null : rel.value())));
        });
        scan(t, heaps.apply(SystemTables.SCHEMAS), (tid, row) -> {
            SchemaInfo n = CatalogCodec.schema(row);
            s.schemas.put(n.name(), new Entry<>(tid, n));
        });
        scan(t, heaps.apply(SystemTables.ROLES), (tid, row) -> {
            RoleInfo r = CatalogCodec.role(row);
            s.roles.put(r.name(), new Entry<>(tid, r));
        });
        scan(t, heaps.apply(SystemTables.SETTINGS), (tid, row) -> {
            String[] p = CatalogCodec.pair(row);
            s.settings.put(p[0], new Entry<>(tid, p[1]));
        });
        Map<Integer, List<Entry<StatisticsCodec.Chunk>>> chunks = new HashMap<>();
        scan(t, heaps.apply(SystemTables.STATISTICS), (tid, row) -> {
            StatisticsCodec.Chunk c = StatisticsCodec.chunk(row);
            chunks.computeIfAbsent(c.tableOid(), k -> new ArrayList<>()).add(new Entry<>(tid, c));
        });
        chunks.forEach((oid, list) -> {
            list.sort(Comparator.comparingInt(e -> e.value().seq()));
            s.statistics.put(oid, new Stats(list.stream().map(Entry::tid).toList(),
                    StatisticsCodec.assemble(list.stream().map(Entry::value).toList())));
        });
        scan(t, heaps.apply(SystemTables.DATABASE), (tid, row) -> s.database = CatalogCodec.pair(row)[0]);
        return s;
    }

    private static void scan(Txn t, HeapTable heap, java.util.function.BiConsumer<Tid, byte[]> each) {
        try (Cursor<Row> c = heap.scan(t)) {
            while (c.hasNext()) {
                Row r = c.next();
                each.accept(r.tid(), r.data());
            }
        }
    }

    List<IndexInfo> indexesOf(int table) {
        List<IndexInfo> out = new ArrayList<>();
        for (Entry<IndexInfo> e : indexes.values()) {
            if (e.value().tableOid() == table) {
                out.add(e.value());
            }
        }
        out.sort(Comparator.comparingInt(IndexInfo::oid));
        return out;
    }

    /** Views reading relation {@code oid} directly, by OID. */
    List<ViewInfo> viewsReading(int oid) {
        List<ViewInfo> out = new ArrayList<>();
        for (Entry<ViewInfo> e : views.values()) {
            if (e.value().def().dependsOn().contains(oid)) {
                out.add(e.value());
            }
        }
        out.sort(Comparator.comparingInt(ViewInfo::oid));
        return out;
    }

    List<ConstraintInfo> constraintsOf(int table) {
        List<ConstraintInfo> out = new ArrayList<>();
        for (Entry<ConstraintInfo> e : constraints.values()) {
            if (e.value().tableOid() == table) {
                out.add(e.value());
            }
        }
        out.sort(Comparator.comparingInt(ConstraintInfo::oid));
        return out;
    }
}
