package org.borealis.sql.session;

import java.util.List;

import org.borealis.sql.exec.ResultColumn;

/**
 * Where a session sends what a statement produces; the wire layer turns each call into protocol
 * messages. Called on the session thread.
 */
public interface QuerySink {

    void rowDescription(List<ResultColumn> columns, short[] formats);

    void dataRow(Object[] values, ResultColumn[] columns, short[] formats);

    void commandComplete(String tag);

    void emptyQuery();

    /** A NoticeResponse (WARNING/NOTICE). */
    void notice(String severity, String sqlState, String message);

    /** Starts COPY FROM STDIN: sends CopyInResponse and returns the incoming data. */
    CopyInStream copyIn(int columns);

    /** Starts COPY TO STDOUT: sends CopyOutResponse. */
    void copyOut(int columns);

    void copyData(String line);

    void copyDone();

    /** The client's CopyData chunks until CopyDone. */
    interface CopyInStream {
        /** The next chunk, or null after CopyDone; CopyFail throws 57014. */
        byte[] next();
    }
}
