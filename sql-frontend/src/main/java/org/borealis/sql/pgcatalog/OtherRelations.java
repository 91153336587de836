package org.borealis.sql.pgcatalog;

import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;

/**
 * {@code pg_settings}, {@code pg_sequence}, and the catalogs of features Borealis does not have
 * (comments, inheritance, row security policies, extended statistics, publications, triggers,
 * role membership, extensions), which are empty but answer the queries clients send.
 */
final class OtherRelations {

    private OtherRelations() {
    }

    static final SystemRelation PG_SETTINGS = new SystemRelation(12104, "pg_catalog", "pg_settings", 'v',
            "name text, setting text, unit text, category text, short_desc text, extra_desc text, context text, "
                    + "vartype text, source text, min_val text, max_val text, enumvals text[], boot_val text, "
                    + "reset_val text, sourcefile text, sourceline integer, pending_restart boolean",
            (s, ctx, out) -> {
                if (ctx.session() == null) {
                    return;
                }
                for (String[] v : ctx.session().allSettings()) {
                    out.add().set("name", v[0]).set("setting", v[1]).set("short_desc", v[2]).set("vartype", "string")
                            .set("source", "default");
                }
            });

    static final SystemRelation PG_SEQUENCE = new SystemRelation(2224, "pg_catalog", "pg_sequence", 'r',
            "seqrelid oid, seqtypid oid, seqstart bigint, seqincrement bigint, seqmax bigint, seqmin bigint, "
                    + "seqcache bigint, seqcycle boolean",
            (s, ctx, out) -> {
                for (RelationInfo r : s.relations()) {
                    if (r.kind() == RelationKind.SEQUENCE) {
                        s.sequence(r.oid()).ifPresent(q -> out.add().set("seqrelid", r.oid()).set("seqtypid", 20)
                                .set("seqstart", q.def().start()).set("seqincrement", q.def().increment())
                                .set("seqmax", q.def().maxValue()).set("seqmin", q.def().minValue()).set("seqcache", 1L)
                                .set("seqcycle", q.def().cycle()));
                    }
                }
            });

    private static SystemRelation empty(int oid, String name, String spec) {
        return new SystemRelation(oid, "pg_catalog", name, 'r', spec, (s, ctx, out) -> { });
    }

    static final SystemRelation PG_DESCRIPTION = new SystemRelation(2609, "pg_catalog", "pg_description", 'r',
            "objoid oid, classoid oid, objsubid integer, description text", (s, ctx, out) -> {
                for (Descriptions.Row d : Descriptions.all()) {
                    out.add().set("objoid", d.objoid()).set("classoid", d.classoid()).set("objsubid", 0)
                            .set("description", d.description());
                }
            });
    static final SystemRelation PG_SHDESCRIPTION = empty(2396, "pg_shdescription",
            "objoid oid, classoid oid, description text");
    static final SystemRelation PG_INHERITS = empty(2611, "pg_inherits",
            "inhrelid oid, inhparent oid, inhseqno integer, inhdetachpending boolean");
    static final SystemRelation PG_POLICY = empty(3256, "pg_policy",
            "oid oid, polname name, polrelid oid, polcmd \"char\", polpermissive boolean, polroles oid[], "
                    + "polqual pg_node_tree, polwithcheck pg_node_tree");
    static final SystemRelation PG_STATISTIC_EXT = empty(3381, "pg_statistic_ext",
            "oid oid, stxrelid oid, stxname name, stxnamespace oid, stxowner oid, stxstattarget integer, "
                    + "stxkeys int2vector, stxkind \"char\"[], stxexprs pg_node_tree");
    static final SystemRelation PG_PUBLICATION = empty(6104, "pg_publication",
            "oid oid, pubname name, pubowner oid, puballtables boolean, pubinsert boolean, pubupdate boolean, "
                    + "pubdelete boolean, pubtruncate boolean, pubviaroot boolean");
    static final SystemRelation PG_PUBLICATION_NAMESPACE = empty(6237, "pg_publication_namespace",
            "oid oid, pnpubid oid, pnnspid oid");
    static final SystemRelation PG_PUBLICATION_REL = empty(6106, "pg_publication_rel",
            "oid oid, prpubid oid, prrelid oid, prqual pg_node_tree, prattrs int2vector");
    static final SystemRelation PG_TRIGGER = empty(2620, "pg_trigger",
            "oid oid, tgrelid oid, tgparentid oid, tgname name, tgfoid oid, tgtype smallint, tgenabled \"char\", "
                    + "tgisinternal boolean, tgconstrrelid oid, tgconstrindid oid, tgconstraint oid, tgdeferrable boolean, "
                    + "tginitdeferred boolean, tgnargs smallint, tgattr int2vector, tgargs bytea, tgqual pg_node_tree, "
                    + "tgoldtable name, tgnewtable name");
    static final SystemRelation PG_AUTH_MEMBERS = empty(1261, "pg_auth_members",
            "roleid oid, member oid, grantor oid, admin_option boolean");
    static final SystemRelation PG_EXTENSION = empty(3079, "pg_extension",
            "oid oid, extname name, extowner oid, extnamespace oid, extrelocatable boolean, extversion text, "
                    + "extconfig oid[], extcondition text[]");
}
