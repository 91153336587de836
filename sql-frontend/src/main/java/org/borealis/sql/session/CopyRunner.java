package org.borealis.sql.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.ParsedStatement;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.parser.ast.QueryBody;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.types.PgType;

/**
 * COPY FROM STDIN (text and CSV: CopyData chunks split into records at any byte, decoded as
 * strict UTF-8, fields converted to the columns' types and inserted) and COPY TO STDOUT (a query
 * or a table's rows printed one CopyData per row).
 */
final class CopyRunner {

    private CopyRunner() {
    }

    static String run(SqlSession s, Statement.Copy copy, PlanContext pc, QuerySink sink) {
        CopyFormat fmt = new CopyFormat(copy.options());
        return copy.from() ? copyIn(s, copy, pc, sink, fmt) : copyOut(s, copy, pc, sink, fmt);
    }

    private static String copyIn(SqlSession s, Statement.Copy copy, PlanContext pc, QuerySink sink, CopyFormat fmt) {
        if (s.storage() == null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "no storage is attached to this session");
        }
        StorageSession.CopyIn target = s.storage().copyIn(copy, pc);
        PgType[] types = target.types();
        QuerySink.CopyInStream in = sink.copyIn(types.length);
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder();
        ByteBuffer pending = ByteBuffer.allocate(0);
        long line = 0;
        boolean skipHeader = fmt.header;
        boolean ended = false;
        ExecContext ctx = s.context(new Object[0]);
        byte[] chunk;
        while ((chunk = in.next()) != null) {
            if (ended) {
                continue;
            }
            ByteBuffer bytes = ByteBuffer.allocate(pending.remaining() + chunk.length);
            bytes.put(pending).put(chunk).flip();
            CharBuffer chars = CharBuffer.allocate(bytes.remaining());
            CoderResult r = dec.decode(bytes, chars, false);
            if (r.isError()) {
                throw invalidUtf8(bytes);
            }
            pending = bytes.slice();
            chars.flip();
            text.append(chars);
            int start = 0;
            int end;
            while ((end = fmt.recordEnd(text, start)) >= 0) {
                String rec = text.substring(start, end - 1);
                if (rec.endsWith("\r")) {
                    rec = rec.substring(0, rec.length() - 1);
                }
                start = end;
                line++;
                if (rec.equals("\\.")) {
                    ended = true;
                    break;
                }
                if (skipHeader) {
                    skipHeader = false;
                    continue;
                }
                ctx.checkCancel();
                target.add(ctx, convert(fmt.parse(rec, line), types, target.columns(), s, line));
            }
            text.delete(0, start);
        }
        if (pending.hasRemaining()) {
            throw invalidUtf8(pending);
        }
        if (!ended && text.length() > 0) {
            line++;
            String rec = text.toString();
            if (!rec.equals("\\.")) {
                target.add(ctx, convert(fmt.parse(rec, line), types, target.columns(), s, line));
            }
        }
        return "COPY " + target.finish();
    }

    private static SqlException invalidUtf8(ByteBuffer at) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(2, at.remaining()); i++) {
            hex.append(i == 0 ? "0x" : " 0x").append(String.format("%02x", at.get(at.position() + i) & 0xFF));
        }
        return new SqlException(SqlState.CHARACTER_NOT_IN_REPERTOIRE, "invalid byte sequence for encoding \"UTF8\": " + hex);
    }

    private static Object[] convert(List<String> fields, PgType[] types, List<String> names, SqlSession s, long line) {
        if (fields.size() > types.length) {
            throw new SqlException(SqlState.BAD_COPY_FILE_FORMAT, "extra data after last expected column");
        }
        if (fields.size() < types.length) {
            throw new SqlException(SqlState.BAD_COPY_FILE_FORMAT, "missing data for column \"" + names.get(fields.size()) + "\"");
        }
        Object[] row = new Object[types.length];
        for (int i = 0; i < row.length; i++) {
            String f = fields.get(i);
            row[i] = f == null ? null : types[i].parseText(f, s.settings().textFormat());
        }
        return row;
    }

    private static String copyOut(SqlSession s, Statement.Copy copy, PlanContext pc, QuerySink sink, CopyFormat fmt) {
        Query q = copy.query();
        if (q == null) {
            List<QueryBody.SelectItem> items = new ArrayList<>();
            if (copy.columns().isEmpty()) {
                items.add(new QueryBody.SelectItem(new Expr.Star(null, copy.pos()), null));
            } else {
                for (String c : copy.columns()) {
                    items.add(new QueryBody.SelectItem(new Expr.ColumnRef(List.of(c), copy.pos()), null));
                }
            }
            q = Query.of(new QueryBody.Select(false, List.of(), items,
                    List.of(new FromItem.Table(copy.table(), null, List.of(), copy.pos())), null, List.of(), null));
        }
        Plan plan = new StatementPlanner(s).plan(new ParsedStatement(q, "", 0), pc);
        List<ResultColumn> cols = plan.columns();
        ExecContext ctx = s.context(new Object[0]);
        long[] n = {0};
        s.runWithTimeout(ctx, () -> {
            try (Execution ex = plan.start(ctx)) {
                sink.copyOut(cols.size());
                if (fmt.header) {
                    String[] names = new String[cols.size()];
                    for (int i = 0; i < names.length; i++) {
                        names[i] = cols.get(i).name();
                    }
                    sink.copyData(fmt.print(names) + "\n");
                }
                Object[] row;
                String[] fields = new String[cols.size()];
                while ((row = ex.next()) != null) {
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = row[i] == null ? null : cols.get(i).type().formatText(row[i], ctx.format());
                    }
                    sink.copyData(fmt.print(fields) + "\n");
                    n[0]++;
                }
                sink.copyDone();
            }
        });
        return "COPY " + n[0];
    }

}
