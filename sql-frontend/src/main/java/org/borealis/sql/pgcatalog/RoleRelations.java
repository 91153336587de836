package org.borealis.sql.pgcatalog;

import java.util.LinkedHashMap;
import java.util.Map;

import org.borealis.sql.engine.RoleInfo;

/**
 * {@code pg_authid}, the views {@code pg_roles} and {@code pg_user}, and {@code pg_database}. The
 * engine records whether a role is a superuser and may log in; the bootstrap superuser has every
 * attribute (as initdb's superuser), other roles only those two. PostgreSQL's predefined roles
 * ({@code pg_database_owner}, {@code pg_monitor}, ...) are listed too, since rows point at them.
 */
final class RoleRelations {

    private RoleRelations() {
    }

    private static final Map<Integer, String> PREDEFINED = new LinkedHashMap<>();

    static {
        PREDEFINED.put(3373, "pg_monitor");
        PREDEFINED.put(3374, "pg_read_all_settings");
        PREDEFINED.put(3375, "pg_read_all_stats");
        PREDEFINED.put(3377, "pg_stat_scan_tables");
        PREDEFINED.put(4200, "pg_signal_backend");
        PREDEFINED.put(4544, "pg_checkpoint");
        PREDEFINED.put(4569, "pg_read_server_files");
        PREDEFINED.put(4570, "pg_write_server_files");
        PREDEFINED.put(4571, "pg_execute_server_program");
        PREDEFINED.put(6171, "pg_database_owner");
        PREDEFINED.put(6181, "pg_read_all_data");
        PREDEFINED.put(6182, "pg_write_all_data");
    }

    /** A role's attributes as pg_authid has them. */
    record Role(int oid, String name, boolean superuser, boolean all, boolean login, String password) {
    }

    static java.util.List<Role> roles(CatalogSnapshot s) {
        java.util.List<Role> out = new java.util.ArrayList<>();
        for (RoleInfo r : s.roles()) {
            out.add(new Role(r.oid(), r.name(), r.superuser(), r.oid() == s.owner(), r.login(), r.passwordVerifier()));
        }
        PREDEFINED.forEach((oid, name) -> out.add(new Role(oid, name, false, false, false, null)));
        out.sort(java.util.Comparator.comparingInt(Role::oid));
        return out;
    }

    /** The name of a role by OID, or null. */
    static String roleName(CatalogSnapshot s, long oid) {
        return s.role(oid).map(RoleInfo::name).orElse(PREDEFINED.get((int) oid));
    }

    static final SystemRelation PG_AUTHID = new SystemRelation(1260, "pg_catalog", "pg_authid", 'r',
            "oid oid, rolname name, rolsuper boolean, rolinherit boolean, rolcreaterole boolean, rolcreatedb boolean, "
                    + "rolcanlogin boolean, rolreplication boolean, rolbypassrls boolean, rolconnlimit integer, "
                    + "rolpassword text, rolvaliduntil timestamp with time zone",
            (s, ctx, out) -> roles(s).forEach(r -> out.add().set("oid", r.oid()).set("rolname", r.name())
                    .set("rolsuper", r.superuser()).set("rolinherit", true).set("rolcreaterole", r.all()).set("rolcreatedb", r.all())
                    .set("rolcanlogin", r.login()).set("rolreplication", r.all()).set("rolbypassrls", r.all())
                    .set("rolconnlimit", -1).set("rolpassword", r.password())));

    static final SystemRelation PG_ROLES = new SystemRelation(12000, "pg_catalog", "pg_roles", 'v',
            "rolname name, rolsuper boolean, rolinherit boolean, rolcreaterole boolean, rolcreatedb boolean, "
                    + "rolcanlogin boolean, rolreplication boolean, rolconnlimit integer, rolpassword text, "
                    + "rolvaliduntil timestamp with time zone, rolbypassrls boolean, rolconfig text[], oid oid",
            (s, ctx, out) -> roles(s).forEach(r -> out.add().set("oid", r.oid()).set("rolname", r.name())
                    .set("rolsuper", r.superuser()).set("rolinherit", true).set("rolcreaterole", r.all()).set("rolcreatedb", r.all())
                    .set("rolcanlogin", r.login()).set("rolreplication", r.all()).set("rolbypassrls", r.all())
                    .set("rolconnlimit", -1).set("rolpassword", "********")));

    static final SystemRelation PG_USER = new SystemRelation(12014, "pg_catalog", "pg_user", 'v',
            "usename name, usesysid oid, usecreatedb boolean, usesuper boolean, userepl boolean, usebypassrls boolean, "
                    + "passwd text, valuntil timestamp with time zone, useconfig text[]",
            (s, ctx, out) -> roles(s).stream().filter(Role::login).forEach(r -> out.add().set("usename", r.name())
                    .set("usesysid", r.oid()).set("usecreatedb", r.all()).set("usesuper", r.superuser())
                    .set("userepl", r.all()).set("usebypassrls", r.all()).set("passwd", "********")));

    static final SystemRelation PG_DATABASE = new SystemRelation(1262, "pg_catalog", "pg_database", 'r',
            "oid oid, datname name, datdba oid, encoding integer, datlocprovider \"char\", datistemplate boolean, "
                    + "datallowconn boolean, datconnlimit integer, dattablespace oid, datcollate text, datctype text, "
                    + "daticulocale text, datcollversion text, datacl aclitem[]",
            (s, ctx, out) -> out.add().set("oid", Oids.DATABASE).set("datname", s.database()).set("datdba", s.owner())
                    .set("encoding", Oids.UTF8_ENCODING).set("datlocprovider", 'c').set("datallowconn", true)
                    .set("datconnlimit", -1).set("dattablespace", Oids.DEFAULT_TABLESPACE).set("datcollate", "C")
                    .set("datctype", "C"));
}
