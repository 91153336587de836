package org.borealis.sql.wire;

import java.util.Map;

import org.borealis.sql.auth.AuthExchange;
import org.borealis.sql.auth.PasswordVerifiers;
import org.borealis.sql.auth.RoleCredentials;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.session.PreparedStatement;
import org.borealis.sql.session.Portal;
import org.borealis.sql.session.SessionConfig;
import org.borealis.sql.session.Settings;
import org.borealis.sql.session.SqlSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol state machine of one connection, run on its session thread: startup, connection
 * limit, authentication, the startup ParameterStatus list, then simple and extended queries until
 * Terminate or disconnect.
 *
 * <pre>
 *   C: StartupMessage            S: Authentication* ... AuthenticationOk, ParameterStatus*,
 *                                   BackendKeyData, ReadyForQuery(I)
 *   C: Query                     S: RowDescription, DataRow*, CommandComplete ... ReadyForQuery
 *   C: Parse Bind Describe Execute Sync
 *                                S: ParseComplete BindComplete RowDescription DataRow* CommandComplete
 *                                   (or PortalSuspended) ReadyForQuery
 *   after an error in extended mode every message up to Sync is skipped
 * </pre>
 */
final class ProtocolLoop implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolLoop.class);

    private final PgServer server;
    private final PgConnection conn;
    private final WireWriter out;
    private final WireSink sink;
    private SqlSession session;
    private int pid;
    private boolean slotTaken;
    private boolean skipUntilSync;
    private volatile boolean closing;

    ProtocolLoop(PgServer server, PgConnection conn, WireWriter out) {
        this.server = server;
        this.conn = conn;
        this.out = out;
        this.sink = new WireSink(out, this);
    }

    @Override
    public void run() {
        try {
            Object first = conn.take(0);
            if (!(first instanceof StartupMessage sm)) {
                if (first instanceof ProtocolException pe) {
                    fatal(pe);
                }
                return;
            }
            if (!startup(sm)) {
                return;
            }
            mainLoop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SqlException e) {
            fatal(e);
        } catch (RuntimeException e) {
            LOG.error("[{}] session {} failed", server.config().nodeId(), pid, e);
            fatal(new SqlException(SqlState.INTERNAL_ERROR, SqlException.Severity.FATAL, "internal error: " + e, null, null, 0, e));
        } finally {
            cleanup();
        }
    }

    private boolean startup(StartupMessage sm) throws InterruptedException {
        Map<String, String> p = sm.parameters();
        String user = p.get("user");
        if (user == null || user.isEmpty()) {
            throw fatalError(SqlState.INVALID_AUTHORIZATION_SPECIFICATION, "no PostgreSQL user name specified in startup packet");
        }
        if (p.containsKey("replication") && !p.get("replication").equalsIgnoreCase("false")) {
            throw fatalError(SqlState.FEATURE_NOT_SUPPORTED, "replication connections are not supported");
        }
        String database = p.getOrDefault("database", user);
        if (database.isEmpty()) {
            database = user;
        }
        if (!server.registry().tryAcquire()) {
            throw fatalError(SqlState.TOO_MANY_CONNECTIONS, "sorry, too many clients already");
        }
        slotTaken = true;
        if (!database.equals(server.databaseName())) {
            throw fatalError(SqlState.INVALID_CATALOG_NAME, "database \"" + database + "\" does not exist");
        }
        RoleCredentials role = server.authenticator().authenticate(user, database,
                conn.remoteAddress().getAddress(), conn.isSsl(), new Exchange());
        Settings settings = new Settings(server.config().settingDefaults());
        StartupOptions.apply(p, settings);
        settings.setInternal("is_superuser", role.superuser() ? "on" : "off");
        settings.setInternal("session_authorization", user);
        pid = server.registry().register(conn);
        int secret = server.registry().newSecret();
        conn.setSecret(secret);
        session = new SqlSession(new SessionConfig(user, database, role.superuser(), pid,
                new PasswordVerifiers(server.config().md5Passwords())), settings, server.openStorageSession());
        out.send(AuthenticationMessage.ok());
        for (Map.Entry<String, String> e : settings.reported().entrySet()) {
            out.send(new ParameterStatusMessage(e.getKey(), e.getValue()));
        }
        out.send(new BackendKeyDataMessage(pid, secret));
        out.send(new ReadyForQueryMessage('I'));
        out.flush();
        LOG.debug("[{}] session {} started for user {} from {}", server.config().nodeId(), pid, user, conn.remoteAddress());
        return true;
    }

    private void mainLoop() throws InterruptedException {
        while (!closing) {
            long idle = session.inTransactionBlock() ? session.settings().idleInTransactionTimeoutMillis() : 0;
            Object m = conn.take(idle);
            if (m == null) {
                throw fatalError(SqlState.IDLE_IN_TRANSACTION_SESSION_TIMEOUT,
                        "terminating connection due to idle-in-transaction timeout");
            }
            if (m == PgConnection.CLOSED || m instanceof TerminateMessage) {
                return;
            }
            if (m instanceof ProtocolException pe) {
                throw pe;
            }
            handle((FrontendMessage) m);
        }
    }

    private void handle(FrontendMessage m) {
        switch (m) {
            case QueryMessage q -> {
                try {
                    session.simpleQuery(q.sql(), sink);
                } catch (SqlException e) {
                    error(e);
                } catch (RuntimeException | StackOverflowError e) {
                    session.onError();
                    error(unexpected(e));
                }
                readyForQuery();
            }
            case SyncMessage s -> {
                skipUntilSync = false;
                try {
                    session.sync();
                } catch (SqlException e) {
                    session.onError();
                    error(e);
                } catch (RuntimeException | StackOverflowError e) {
                    session.onError();
                    error(unexpected(e));
                }
                readyForQuery();
            }
            case FlushMessage f -> out.flush();
            case CopyDataMessage d -> {
                // Left over from a COPY that failed: PostgreSQL drops these.
            }
            case CopyDoneMessage d -> {
            }
            case CopyFailMessage d -> {
            }
            case ParseMessage p -> extended(() -> {
                session.parse(p.name(), p.sql(), p.paramTypes());
                out.send(SimpleMessage.PARSE_COMPLETE);
            });
            case BindMessage b -> extended(() -> {
                session.bind(b.portal(), b.statement(), b.paramFormats(), b.values(), b.resultFormats());
                out.send(SimpleMessage.BIND_COMPLETE);
            });
            case DescribeMessage d -> extended(() -> describe(d));
            case ExecuteMessage e -> extended(() -> {
                if (!session.execute(e.portal(), e.maxRows(), sink)) {
                    out.send(SimpleMessage.PORTAL_SUSPENDED);
                }
            });
            case CloseMessage c -> extended(() -> {
                session.close(c.kind(), c.name());
                out.send(SimpleMessage.CLOSE_COMPLETE);
            });
            case FunctionCallMessage f -> {
                error(new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "fastpath function calls are not supported"));
                readyForQuery();
            }
            case PasswordMessage p -> throw new ProtocolException("unexpected password message");
            case StartupMessage s -> throw new ProtocolException("unexpected startup message");
            default -> throw new ProtocolException("unexpected message " + m.getClass().getSimpleName());
        }
    }

    private void extended(Runnable r) {
        if (skipUntilSync) {
            return;
        }
        try {
            r.run();
        } catch (SqlException e) {
            if (e.severity() != SqlException.Severity.ERROR) {
                throw e;
            }
            session.onError();
            error(e);
            skipUntilSync = true;
        } catch (RuntimeException | StackOverflowError e) {
            session.onError();
            error(unexpected(e));
            skipUntilSync = true;
        }
    }

    /**
     * A bug below the wire layer (or a statement nested too deeply for the thread's stack): the
     * client gets an ERROR (XX000 with the exception's message, or 54001), the transaction is rolled
     * back by the caller and the session keeps serving, as PostgreSQL does for internal errors.
     */
    private static SqlException unexpected(Throwable e) {
        if (e instanceof StackOverflowError) {
            return new SqlException(SqlState.STATEMENT_TOO_COMPLEX, SqlException.Severity.ERROR,
                    "stack depth limit exceeded", null, "Simplify the statement: it nests too deeply.", 0, null);
        }
        return SqlException.internal((RuntimeException) e);
    }

    private void describe(DescribeMessage d) {
        if (d.kind() == 'S') {
            PreparedStatement ps = session.statement(d.name());
            out.send(new ParameterDescriptionMessage(ps.paramOids()));
            if (ps.columns() == null) {
                out.send(SimpleMessage.NO_DATA);
            } else {
                out.send(new RowDescriptionMessage(ps.columns(), new short[0]));
            }
        } else {
            Portal p = session.portal(d.name());
            if (p.columns() == null) {
                out.send(SimpleMessage.NO_DATA);
            } else {
                out.send(new RowDescriptionMessage(p.columns(), p.resultFormats()));
            }
        }
    }

    private void readyForQuery() {
        for (Map.Entry<String, String> e : session.settings().drainReported().entrySet()) {
            out.send(new ParameterStatusMessage(e.getKey(), e.getValue()));
        }
        out.send(new ReadyForQueryMessage(session.statusChar()));
        out.flush();
    }

    /** Sends an ErrorResponse; logs only unexpected errors (XX000) with their stack trace. */
    void error(SqlException e) {
        if (e.state() == SqlState.INTERNAL_ERROR) {
            LOG.error("[{}] session {}: internal error: {}", server.config().nodeId(), pid, e.getMessage(),
                    e.getCause() != null ? e.getCause() : e);
        }
        out.send(ErrorResponseMessage.of(e));
        if (e.severity() != SqlException.Severity.ERROR) {
            closing = true;
            out.flush();
            conn.close();
        }
    }

    private void fatal(SqlException e) {
        SqlException f = e.severity() == SqlException.Severity.ERROR
                ? new SqlException(e.state(), SqlException.Severity.FATAL, e.getMessage(), e.detail(), e.hint(), 0, e) : e;
        try {
            out.send(ErrorResponseMessage.of(f));
            out.flush();
        } catch (RuntimeException ignored) {
            // the channel is already gone
        }
        conn.close();
    }

    private static SqlException fatalError(SqlState state, String msg) {
        return new SqlException(state, SqlException.Severity.FATAL, msg, null, null, 0, null);
    }

    org.borealis.sql.types.TextFormat textFormat() {
        return session.settings().textFormat();
    }

    void cancel() {
        SqlSession s = session;
        if (s != null) {
            s.cancel();
        }
    }

    /** Reads the next message during COPY FROM STDIN. */
    Object nextCopyMessage() {
        try {
            return conn.take(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SqlException(SqlState.ADMIN_SHUTDOWN, "terminating connection");
        }
    }

    private void cleanup() {
        closing = true;
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                LOG.warn("[{}] session {}: close failed: {}", server.config().nodeId(), pid, e.toString());
            }
        }
        if (pid != 0) {
            server.registry().unregister(pid);
        }
        if (slotTaken) {
            server.registry().releaseSlot();
        }
        out.release();
        conn.close();
    }

    /** The authentication conversation over this connection. */
    private final class Exchange implements AuthExchange {
        @Override
        public void request(int code, byte[] data, String[] mechanisms) {
            out.send(new AuthenticationMessage(code, data, mechanisms));
            out.flush();
        }

        @Override
        public byte[] response() {
            Object m;
            try {
                m = conn.take(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw fatalError(SqlState.ADMIN_SHUTDOWN, "terminating connection");
            }
            if (m instanceof PasswordMessage pm) {
                return pm.body();
            }
            if (m == PgConnection.CLOSED || m instanceof TerminateMessage) {
                throw fatalError(SqlState.CONNECTION_FAILURE, "connection closed during authentication");
            }
            if (m instanceof ProtocolException pe) {
                throw pe;
            }
            throw new ProtocolException("expected password response, got message type " + m.getClass().getSimpleName());
        }
    }
}
