package org.borealis.sql.session;

import org.borealis.sql.auth.PasswordVerifiers;

/** Who a session is: authenticated user, database, superuser flag, backend process id. */
public record SessionConfig(String user, String database, boolean superuser, int processId,
                            PasswordVerifiers verifiers) {
}
