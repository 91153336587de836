package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.types.RegOid;
import org.borealis.sql.types.RowTypeOids;

/**
 * The composite row type PostgreSQL makes for every table and view (and its array type), as
 * {@code pg_type} rows: clients list them as user-defined types (pgjdbc {@code getUDTs}). Their
 * OIDs are derived from the relation's ({@link RowTypeOids}); a whole-row reference to a table or
 * view has this type ({@code plan.RowValues}), and {@code regtype} names it.
 */
final class RowTypes {

    private RowTypes() {
    }

    /** Whether relation {@code r} has a row type: user tables and views, as in PostgreSQL 15 (not sequences). */
    static boolean has(RelationInfo r) {
        return !r.system() && (r.kind() == RelationKind.TABLE || r.kind() == RelationKind.VIEW);
    }

    static int rowType(RelationInfo r) {
        return RowTypeOids.rowType(r.oid());
    }

    static int arrayType(RelationInfo r) {
        return RowTypeOids.arrayType(r.oid());
    }

    /** Adds the row type and its array type of every relation that has one to {@code pg_type}. */
    static void add(CatalogSnapshot s, SystemRelation.Rows out) {
        for (RelationInfo r : s.relations()) {
            if (!has(r)) {
                continue;
            }
            int ns = s.namespaceOid(CatalogSnapshot.schemaOf(r));
            common(out.add(), s, ns).set("oid", rowType(r)).set("typname", r.name()).set("typtype", 'c').set("typcategory", 'C')
                    .set("typrelid", r.oid()).set("typsubscript", new RegOid(0, "-")).set("typelem", 0)
                    .set("typarray", arrayType(r)).set("typinput", new RegOid(2290, "record_in"))
                    .set("typoutput", new RegOid(2291, "record_out")).set("typreceive", new RegOid(2402, "record_recv"))
                    .set("typsend", new RegOid(2403, "record_send")).set("typanalyze", new RegOid(0, "-"));
            common(out.add(), s, ns).set("oid", arrayType(r)).set("typname", "_" + r.name()).set("typtype", 'b')
                    .set("typcategory", 'A').set("typrelid", 0).set("typsubscript", new RegOid(6179, "array_subscript_handler"))
                    .set("typelem", rowType(r)).set("typarray", 0).set("typinput", new RegOid(750, "array_in"))
                    .set("typoutput", new RegOid(751, "array_out")).set("typreceive", new RegOid(2400, "array_recv"))
                    .set("typsend", new RegOid(2401, "array_send")).set("typanalyze", new RegOid(3816, "array_typanalyze"));
        }
    }

    private static SystemRelation.Row common(SystemRelation.Row row, CatalogSnapshot s, int ns) {
        return row.set("typnamespace", ns).set("typowner", s.owner()).set("typlen", -1).set("typbyval", false)
                .set("typispreferred", false).set("typisdefined", true).set("typdelim", ',')
                .set("typmodin", new RegOid(0, "-")).set("typmodout", new RegOid(0, "-")).set("typalign", 'd')
                .set("typstorage", 'x').set("typnotnull", false).set("typbasetype", 0).set("typtypmod", -1).set("typndims", 0)
                .set("typcollation", 0);
    }
}
