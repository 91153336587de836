package org.borealis.sql.pgcatalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.borealis.sql.types.RegOid;

/**
 * {@code pg_type} (the types Borealis implements, with PostgreSQL's attributes), {@code pg_proc}
 * (the functions those rows and {@code pg_am} name: type I/O and access-method handlers),
 * {@code pg_am}, {@code pg_collation} and {@code pg_tablespace}.
 */
final class TypeRelations {

    private TypeRelations() {
    }

    static final SystemRelation PG_TYPE = new SystemRelation(1247, "pg_catalog", "pg_type", 'r',
            "oid oid, typname name, typnamespace oid, typowner oid, typlen smallint, typbyval boolean, typtype \"char\", "
                    + "typcategory \"char\", typispreferred boolean, typisdefined boolean, typdelim \"char\", typrelid oid, "
                    + "typsubscript regproc, typelem oid, typarray oid, typinput regproc, typoutput regproc, "
                    + "typreceive regproc, typsend regproc, typmodin regproc, typmodout regproc, typanalyze regproc, "
                    + "typalign \"char\", typstorage \"char\", typnotnull boolean, typbasetype oid, typtypmod integer, "
                    + "typndims integer, typcollation oid, typdefaultbin pg_node_tree, typdefault text, typacl aclitem[]",
            (s, ctx, out) -> {
                for (TypeCatalog.Entry e : TypeCatalog.supported()) {
                    SystemRelation.Row row = out.add().set("oid", e.oid()).set("typname", e.typname())
                            .set("typnamespace", Oids.PG_CATALOG).set("typowner", s.owner()).set("typlen", e.typlen())
                            .set("typbyval", e.typbyval()).set("typtype", e.typtype()).set("typcategory", e.typcategory())
                            .set("typispreferred", e.typispreferred()).set("typisdefined", true).set("typdelim", e.typdelim())
                            .set("typelem", e.typelem()).set("typarray", e.typarray()).set("typalign", e.typalign())
                            .set("typstorage", e.typstorage()).set("typtypmod", -1).set("typcollation", e.typcollation());
                    for (int i = 0; i < TypeCatalog.PROC_COLUMNS.size(); i++) {
                        RegOid p = e.procs().get(i);
                        row.set(TypeCatalog.PROC_COLUMNS.get(i), p.oid() == 0 ? new RegOid(0, "-") : p);
                    }
                }
                RowTypes.add(s, out);
            });

    /** The functions pg_proc lists, by OID. */
    static Map<Long, String> procs() {
        Map<Long, String> m = new LinkedHashMap<>();
        for (TypeCatalog.Entry e : TypeCatalog.supported()) {
            for (RegOid p : e.procs()) {
                if (p.oid() != 0) {
                    m.put(p.oid(), p.name());
                }
            }
        }
        m.put(3L, "heap_tableam_handler");
        m.put(330L, "bthandler");
        return m;
    }

    static final SystemRelation PG_PROC = new SystemRelation(1255, "pg_catalog", "pg_proc", 'r',
            "oid oid, proname name, pronamespace oid, proowner oid, prolang oid, procost real, prorows real, "
                    + "provariadic oid, prosupport regproc, prokind \"char\", prosecdef boolean, proleakproof boolean, "
                    + "proisstrict boolean, proretset boolean, provolatile \"char\", proparallel \"char\", pronargs smallint, "
                    + "pronargdefaults smallint, prorettype oid, proargtypes oidvector, proallargtypes oid[], "
                    + "proargmodes \"char\"[], proargnames text[], proargdefaults pg_node_tree, protrftypes oid[], prosrc text, "
                    + "probin text, prosqlbody pg_node_tree, proconfig text[], proacl aclitem[]",
            (s, ctx, out) -> {
                procs().forEach((oid, name) -> out.add().set("oid", oid).set("proname", name)
                        .set("pronamespace", Oids.PG_CATALOG).set("proowner", s.owner()).set("prolang", 12).set("procost", 1f)
                        .set("prosupport", new RegOid(0, "-")).set("prokind", 'f').set("proisstrict", true)
                        .set("provolatile", 'i').set("proparallel", 's').set("prosrc", name)
                        .set("proargtypes", java.util.List.of()));
                for (ProcCatalog.Proc p : ProcCatalog.all()) {
                    if (procs().containsKey((long) p.oid())) {
                        continue;
                    }
                    out.add().set("oid", p.oid()).set("proname", p.name()).set("pronamespace", Oids.PG_CATALOG)
                            .set("proowner", s.owner()).set("prolang", 12).set("procost", 1f).set("prorows", p.retset() ? 1000f : 0f)
                            .set("provariadic", p.variadic()).set("prosupport", new RegOid(0, "-")).set("prokind", p.kind())
                            .set("prosecdef", false).set("proleakproof", false).set("proisstrict", p.strict())
                            .set("proretset", p.retset()).set("provolatile", p.volatility()).set("proparallel", p.parallel())
                            .set("pronargs", p.nargs()).set("pronargdefaults", p.nargDefaults()).set("prorettype", p.retType())
                            .set("proargtypes", p.argTypes()).set("proallargtypes", p.allArgTypes())
                            .set("proargmodes", p.argModes()).set("proargnames", p.argNames()).set("prosrc", p.src());
                }
            });

    static final SystemRelation PG_AM = new SystemRelation(2601, "pg_catalog", "pg_am", 'r',
            "oid oid, amname name, amhandler regproc, amtype \"char\"", (s, ctx, out) -> {
                out.add().set("oid", Oids.HEAP_AM).set("amname", "heap").set("amhandler", new RegOid(3, "heap_tableam_handler"))
                        .set("amtype", 't');
                out.add().set("oid", Oids.BTREE_AM).set("amname", "btree").set("amhandler", new RegOid(330, "bthandler"))
                        .set("amtype", 'i');
            });

    static final SystemRelation PG_COLLATION = new SystemRelation(3456, "pg_catalog", "pg_collation", 'r',
            "oid oid, collname name, collnamespace oid, collowner oid, collprovider \"char\", collisdeterministic boolean, "
                    + "collencoding integer, collcollate text, collctype text, colliculocale text, collversion text",
            (s, ctx, out) -> {
                out.add().set("oid", Oids.DEFAULT_COLLATION).set("collname", "default").set("collnamespace", Oids.PG_CATALOG)
                        .set("collowner", s.owner()).set("collprovider", 'd').set("collisdeterministic", true).set("collencoding", -1);
                for (String c : new String[] {"C", "POSIX"}) {
                    out.add().set("oid", c.equals("C") ? Oids.C_COLLATION : 951).set("collname", c)
                            .set("collnamespace", Oids.PG_CATALOG).set("collowner", s.owner()).set("collprovider", 'c')
                            .set("collisdeterministic", true).set("collencoding", -1).set("collcollate", c).set("collctype", c);
                }
            });

    static final SystemRelation PG_TABLESPACE = new SystemRelation(1213, "pg_catalog", "pg_tablespace", 'r',
            "oid oid, spcname name, spcowner oid, spcacl aclitem[], spcoptions text[]", (s, ctx, out) -> {
                out.add().set("oid", Oids.DEFAULT_TABLESPACE).set("spcname", "pg_default").set("spcowner", s.owner());
                out.add().set("oid", 1664).set("spcname", "pg_global").set("spcowner", s.owner());
            });
}
