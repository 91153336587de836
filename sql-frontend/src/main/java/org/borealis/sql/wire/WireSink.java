package org.borealis.sql.wire;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.session.QuerySink;

/** Turns a session's results into backend messages on the connection's writer. */
final class WireSink implements QuerySink {

    private final WireWriter out;
    private final ProtocolLoop loop;

    WireSink(WireWriter out, ProtocolLoop loop) {
        this.out = out;
        this.loop = loop;
    }

    @Override
    public void rowDescription(List<ResultColumn> columns, short[] formats) {
        out.send(new RowDescriptionMessage(columns, formats));
    }

    @Override
    public void dataRow(Object[] values, ResultColumn[] columns, short[] formats) {
        out.send(new DataRowMessage(values, columns, formats, loop.textFormat()));
    }

    @Override
    public void commandComplete(String tag) {
        out.send(new CommandCompleteMessage(tag));
    }

    @Override
    public void emptyQuery() {
        out.send(SimpleMessage.EMPTY_QUERY_RESPONSE);
    }

    @Override
    public void notice(String severity, String sqlState, String message) {
        out.send(ErrorResponseMessage.notice(severity, sqlState, message));
    }

    @Override
    public CopyInStream copyIn(int columns) {
        out.send(new CopyResponseMessage(true, false, columns));
        out.flush();
        return () -> {
            while (true) {
                Object m = loop.nextCopyMessage();
                if (m instanceof CopyDataMessage d) {
                    return d.data();
                }
                if (m instanceof CopyDoneMessage) {
                    return null;
                }
                if (m instanceof CopyFailMessage f) {
                    throw new SqlException(SqlState.QUERY_CANCELED, "COPY from stdin failed: " + f.reason());
                }
                if (m instanceof FlushMessage || m instanceof SyncMessage) {
                    continue;
                }
                if (m instanceof ProtocolException pe) {
                    throw pe;
                }
                if (m == PgConnection.CLOSED || m instanceof TerminateMessage) {
                    throw new SqlException(SqlState.CONNECTION_FAILURE, SqlException.Severity.FATAL,
                            "unexpected EOF on client connection with an open transaction", null, null, 0, null);
                }
                throw new ProtocolException("unexpected message type during COPY from stdin");
            }
        };
    }

    @Override
    public void copyOut(int columns) {
        out.send(new CopyResponseMessage(false, false, columns));
    }

    @Override
    public void copyData(String line) {
        out.send(new CopyDataOutMessage(line));
    }

    @Override
    public void copyDone() {
        out.send(SimpleMessage.COPY_DONE);
    }
}
