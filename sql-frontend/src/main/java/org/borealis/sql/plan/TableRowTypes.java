package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.borealis.sql.pgcatalog.Idents;
import org.borealis.sql.pgcatalog.PgCatalog;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.RowTypeOids;

/**
 * The composite row type of a user table or view, as a value type: what a whole-row reference
 * ({@code SELECT t FROM t}) has and what {@code ROW(...)::t} casts to. Its OID is the one
 * {@code pg_type} lists ({@link RowTypeOids}); it prints as the relation's name, qualified with
 * its schema when the search path does not find that relation by its bare name (as format_type).
 * System relations have none here (their whole rows stay {@code record}).
 */
final class TableRowTypes {

    private TableRowTypes() {
    }

    /** The row type of relation {@code relOid} with these fields, or null when it is no user table or view. */
    static RecordType of(PlanContext pc, int relOid, List<RecordType.Field> fields) {
        if (relOid == 0 || PgCatalog.byOid(relOid).isPresent()) {
            return null;
        }
        CatalogView cat = pc.catalog();
        Optional<TableMeta> t = cat.table(relOid);
        if (t.isPresent()) {
            return named(pc, relOid, t.get().schema(), t.get().name(), fields);
        }
        Optional<ViewMeta> v = cat.view(relOid);
        return v.map(m -> named(pc, relOid, m.schema(), m.name(), fields)).orElse(null);
    }

    /** A row type to cast to, with its columns' type modifiers. */
    record Target(RecordType type, List<Integer> typmods) {
    }

    /** The row type named {@code name} (a table's or view's, possibly schema-qualified), or null. */
    static Target byName(PlanContext pc, List<String> name) {
        CatalogView cat = pc.catalog();
        if (PgCatalog.find(name).isPresent()) {
            return null;
        }
        Optional<TableMeta> t = cat.table(name);
        if (t.isPresent() && PgCatalog.byOid(t.get().oid()).isEmpty()) {
            return target(pc, t.get().oid(), t.get().schema(), t.get().name(), t.get().columns());
        }
        Optional<ViewMeta> v = cat.view(name);
        return v.map(m -> target(pc, m.oid(), m.schema(), m.name(), m.columns())).orElse(null);
    }

    private static Target target(PlanContext pc, int relOid, String schema, String name, List<TableMeta.Column> cols) {
        List<RecordType.Field> fields = new ArrayList<>();
        List<Integer> typmods = new ArrayList<>();
        for (TableMeta.Column c : cols) {
            fields.add(new RecordType.Field(c.name(), c.type()));
            typmods.add(c.typmod());
        }
        return new Target(named(pc, relOid, schema, name, fields), typmods);
    }

    private static RecordType named(PlanContext pc, int relOid, String schema, String name, List<RecordType.Field> fields) {
        return RecordType.named(fields, RowTypeOids.rowType(relOid), name, display(pc, relOid, schema, name));
    }

    private static String display(PlanContext pc, int relOid, String schema, String name) {
        CatalogView cat = pc.catalog();
        List<String> bare = List.of(name);
        boolean visible = cat.table(bare).map(TableMeta::oid).or(() -> cat.view(bare).map(ViewMeta::oid))
                .filter(o -> o == relOid).isPresent();
        return visible ? Idents.quote(name) : Idents.quote(schema) + "." + Idents.quote(name);
    }
}
