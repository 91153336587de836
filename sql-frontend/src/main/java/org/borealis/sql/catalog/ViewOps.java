package org.borealis.sql.catalog;

import java.util.List;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.txn.Txn;

/**
 * Catalog changes for views, in the same way as {@link DdlOps}: a view is a relation row of kind
 * {@code v} (its columns) plus a row of {@link SystemTables#VIEWS} (query text, search path and the
 * OIDs it reads). A view has no pages. The relations a view reads cannot be dropped while it exists
 * (2BP01), nor renamed by {@link DdlOps#renameTable} (the query is kept as text, so a rename
 * would break it); {@link DdlOps#moveRelation} leaves the views to its caller, which rewrites them.
 */
final class ViewOps {

    private final CatalogImpl c;
    private final DdlOps ddl;

    ViewOps(CatalogImpl c, DdlOps ddl) {
        this.c = c;
        this.ddl = ddl;
    }

    ViewInfo create(Txn t, ViewDef def) {
        CatalogState s = ddl.begin(t, "CREATE VIEW");
        String schema = DdlOps.schemaOf(def.schema());
        DdlOps.requireFree(s, schema, def.name());
        requireReadable(s, def);
        int oid = c.control.allocateOids(1);
        ViewDef d = new ViewDef(schema, def.name(), def.columns(), def.query(), def.searchPath(), def.dependsOn());
        ViewInfo info = new ViewInfo(oid, d);
        byte[] row = fits(CatalogCodec.view(info));
        c.heap(SystemTables.RELATIONS).insert(t, CatalogCodec.relation(
                new RelationInfo(oid, schema, def.name(), RelationKind.VIEW, def.columns(), false)));
        c.heap(SystemTables.VIEWS).insert(t, row);
        ddl.done(t);
        return info;
    }

    ViewInfo replace(Txn t, int oid, ViewDef def) {
        CatalogState s = ddl.begin(t, "CREATE VIEW");
        CatalogState.Entry<ViewInfo> e = s.views.get(oid);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "view with OID " + oid + " does not exist");
        }
        t.lockExclusively(oid);
        requireReadable(s, def);
        if (def.dependsOn().contains(oid)) {
            throw new SqlException(SqlState.INVALID_OBJECT_DEFINITION, "infinite recursion detected in rules for relation \""
                    + e.value().def().name() + "\"");
        }
        ViewDef old = e.value().def();
        if (def.columns().size() < old.columns().size()) {
            throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "cannot drop columns from view");
        }
        RelationInfo rel = s.relations.get(oid).value();
        ViewDef d = new ViewDef(rel.schema(), rel.name(), def.columns(), def.query(), def.searchPath(), def.dependsOn());
        ViewInfo info = new ViewInfo(oid, d);
        byte[] row = fits(CatalogCodec.view(info));
        ddl.replace(t, SystemTables.RELATIONS, s.relations.get(oid).tid(), CatalogCodec.relation(
                new RelationInfo(oid, rel.schema(), rel.name(), RelationKind.VIEW, def.columns(), false)));
        ddl.replace(t, SystemTables.VIEWS, e.tid(), row);
        ddl.done(t);
        return info;
    }

    void drop(Txn t, int oid) {
        CatalogState s = ddl.begin(t, "DROP VIEW");
        CatalogState.Entry<ViewInfo> e = s.views.get(oid);
        if (e == null) {
            throw new SqlException(SqlState.UNDEFINED_TABLE, "view with OID " + oid + " does not exist");
        }
        t.lockExclusively(oid);
        requireNoReaders(s, s.relations.get(oid).value(), "view");
        ddl.delete(t, SystemTables.VIEWS, e.tid());
        ddl.delete(t, SystemTables.RELATIONS, s.relations.get(oid).tid());
        ddl.done(t);
    }

    /** A view's row must fit in a heap page (catalog rows are never split): 54000 otherwise. */
    private static byte[] fits(byte[] row) {
        int max = org.borealis.sql.heap.HeapTable.maxRowSize();
        if (row.length > max) {
            throw new SqlException(SqlState.PROGRAM_LIMIT_EXCEEDED, "view definition is too long: " + row.length
                    + " bytes stored, at most " + max).withHint("Split the query into several views.");
        }
        return row;
    }

    /** Every relation a view reads must exist as a table or view (a concurrent drop may have won). */
    private static void requireReadable(CatalogState s, ViewDef def) {
        for (int dep : def.dependsOn()) {
            CatalogState.Entry<RelationInfo> r = s.relations.get(dep);
            if (r == null || (r.value().kind() != RelationKind.TABLE && r.value().kind() != RelationKind.VIEW)) {
                throw new SqlException(SqlState.UNDEFINED_TABLE, "relation with OID " + dep + " does not exist");
            }
        }
    }

    /** 2BP01 when a view reads {@code rel} ({@code what}: "table" or "view", as PostgreSQL words it). */
    static void requireNoReaders(CatalogState s, RelationInfo rel, String what) {
        List<ViewInfo> readers = s.viewsReading(rel.oid());
        readers.removeIf(v -> v.oid() == rel.oid());
        if (readers.isEmpty()) {
            return;
        }
        StringBuilder detail = new StringBuilder();
        for (ViewInfo v : readers) {
            if (!detail.isEmpty()) {
                detail.append('\n');
            }
            detail.append("view ").append(v.def().name()).append(" depends on ").append(what).append(' ').append(rel.name());
        }
        throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop " + what + " " + rel.name()
                + " because other objects depend on it").withDetail(detail.toString())
                .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
    }

    /** 0A000 when a view reads {@code rel}: its stored query names the relation and its columns by name. */
    static void requireNoReadersToRename(CatalogState s, RelationInfo rel, String what) {
        List<ViewInfo> readers = s.viewsReading(rel.oid());
        if (!readers.isEmpty()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot rename " + what + " because view "
                    + readers.get(0).def().name() + " depends on it")
                    .withHint("Drop the view first, and create it again after the rename.");
        }
    }
}
