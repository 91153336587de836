package org.borealis.sql.exec.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.session.SessionContext;

/**
 * CREATE ROLE/USER, ALTER ROLE and DROP ROLE: roles with SUPERUSER, LOGIN and a password, whose
 * verifier (SCRAM-SHA-256 by default) the wire layer checks at login. Only superusers manage
 * roles; any role may change its own password.
 */
final class RolePlanner {

    private final EngineStorageSession s;
    private final SessionContext session;

    RolePlanner(EngineStorageSession s, SessionContext session) {
        this.s = s;
        this.session = session;
    }

    void create(Statement.CreateRole r) {
        requireSuperuser("create role");
        if (s.engine().catalog().role(s.tx(), r.name()).isPresent()) {
            throw new SqlException(SqlState.DUPLICATE_OBJECT, "role \"" + r.name() + "\" already exists");
        }
        Map<String, Object> o = r.options();
        validate(o);
        boolean superuser = Boolean.TRUE.equals(o.get("superuser"));
        boolean login = o.containsKey("login") ? true : !o.containsKey("nologin") && r.isUser();
        String verifier = password(r.name(), o);
        s.engine().catalog().createRole(s.tx(), new RoleInfo(0, r.name(), superuser, login, verifier));
    }

    void alter(Statement.AlterRole r) {
        Optional<RoleInfo> cur = s.engine().catalog().role(s.tx(), r.name());
        if (cur.isEmpty()) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + r.name() + "\" does not exist");
        }
        Map<String, Object> o = r.options();
        validate(o);
        boolean onlyPassword = o.keySet().stream().allMatch(k -> k.equals("password"));
        if (!session.isSuperuser() && !(onlyPassword && r.name().equals(session.user()))) {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to alter role");
        }
        RoleInfo c = cur.get();
        boolean superuser = o.containsKey("superuser") ? true : !o.containsKey("nosuperuser") && c.superuser();
        boolean login = o.containsKey("login") ? true : !o.containsKey("nologin") && c.login();
        String verifier = o.containsKey("password") ? password(r.name(), o) : c.passwordVerifier();
        s.engine().catalog().alterRole(s.tx(), new RoleInfo(c.oid(), c.name(), superuser, login, verifier));
    }

    void drop(Statement.Drop d) {
        requireSuperuser("drop role");
        for (List<String> n : d.names()) {
            String name = n.get(n.size() - 1);
            if (name.equals(session.user())) {
                throw new SqlException(SqlState.OBJECT_IN_USE, "current user cannot be dropped");
            }
            if (s.engine().catalog().role(s.tx(), name).isEmpty()) {
                if (d.ifExists()) {
                    continue;
                }
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "role \"" + name + "\" does not exist");
            }
            s.engine().catalog().dropRole(s.tx(), name);
        }
    }

    private String password(String role, Map<String, Object> o) {
        Object p = o.get("password");
        return p == null ? null : session.passwordVerifier(role, (String) p);
    }

    private static void validate(Map<String, Object> o) {
        for (String k : o.keySet()) {
            switch (k) {
                case "password", "superuser", "nosuperuser", "login", "nologin", "createdb", "nocreatedb", "createrole",
                     "nocreaterole", "inherit", "noinherit", "replication", "noreplication", "bypassrls", "nobypassrls",
                     "connection limit", "valid until" -> {
                }
                default -> throw new SqlException(SqlState.SYNTAX_ERROR, "unrecognized role option \"" + k + "\"");
            }
        }
    }

    private void requireSuperuser(String what) {
        if (!session.isSuperuser()) {
            throw new SqlException(SqlState.INSUFFICIENT_PRIVILEGE, "permission denied to " + what);
        }
    }
}
