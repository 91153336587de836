package org.borealis.sql.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.borealis.sql.engine.ColumnStatistics;
import org.borealis.sql.engine.TableStatistics;

/**
 * Rows of {@link SystemTables#STATISTICS}. A table's statistics are one blob (row and page
 * counts, time, then each column's fields and value bytes) cut into chunks that each fit a heap
 * page, since a column's most common values and histogram can outgrow one (PostgreSQL would TOAST
 * them). A chunk row, in {@link CatalogCodec}'s framing: table OID, chunk number, chunk count, bytes.
 */
final class StatisticsCodec {

    /** One stored chunk of a table's statistics. */
    record Chunk(int tableOid, int seq, int count, byte[] bytes) {
    }

    private static final int CHUNK = org.borealis.sql.heap.HeapTable.maxRowSize() - 64;

    private StatisticsCodec() {
    }

    static List<byte[]> rows(TableStatistics st) {
        byte[] blob = blob(st);
        int count = Math.max(1, (blob.length + CHUNK - 1) / CHUNK);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int seq = i;
            byte[] part = Arrays.copyOfRange(blob, i * CHUNK, Math.min(blob.length, (i + 1) * CHUNK));
            out.add(CatalogCodec.encode(o -> {
                o.writeInt(st.tableOid());
                o.writeShort(seq);
                o.writeShort(count);
                o.writeInt(part.length);
                o.write(part);
            }));
        }
        return out;
    }

    static Chunk chunk(byte[] row) {
        return CatalogCodec.decode(row, in -> {
            int oid = in.readInt();
            int seq = in.readUnsignedShort();
            int count = in.readUnsignedShort();
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("statistics chunk length " + n + " exceeds the row");
            }
            return new Chunk(oid, seq, count, in.readNBytes(n));
        });
    }

    /** The statistics from a table's chunks in order, or null while some are missing. */
    static TableStatistics assemble(List<Chunk> chunks) {
        if (chunks.isEmpty() || chunks.size() != chunks.get(0).count()) {
            return null;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Chunk c : chunks) {
            all.writeBytes(c.bytes());
        }
        return parse(chunks.get(0).tableOid(), all.toByteArray());
    }

    private static byte[] blob(TableStatistics st) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeDouble(st.reltuples());
            out.writeLong(st.relpages());
            out.writeLong(st.analyzedAt());
            out.writeShort(st.columns().size());
            for (ColumnStatistics c : st.columns()) {
                out.writeShort(c.attnum());
                out.writeInt(c.typeOid());
                out.writeFloat(c.nullFrac());
                out.writeInt(c.avgWidth());
                out.writeFloat(c.nDistinct());
                out.writeFloat(c.correlation());
                out.writeInt(c.mcvCount());
                for (float f : c.mcvFreqs()) {
                    out.writeFloat(f);
                }
                bytes(out, c.mcvValues());
                out.writeInt(c.histogramCount());
                bytes(out, c.histogramValues());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableStatistics parse(int oid, byte[] blob) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob));
            double tuples = in.readDouble();
            long pages = in.readLong();
            long at = in.readLong();
            int n = in.readUnsignedShort();
            List<ColumnStatistics> cols = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int attnum = in.readUnsignedShort();
                int type = in.readInt();
                float nullFrac = in.readFloat();
                int width = in.readInt();
                float nd = in.readFloat();
                float corr = in.readFloat();
                int mcvs = in.readInt();
                if (mcvs < 0 || mcvs > blob.length) {
                    throw new IOException("most common value count " + mcvs);
                }
                float[] freqs = new float[mcvs];
                for (int k = 0; k < mcvs; k++) {
                    freqs[k] = in.readFloat();
                }
                byte[] mcv = bytes(in);
                int hist = in.readInt();
                byte[] bounds = bytes(in);
                cols.add(new ColumnStatistics(attnum, type, nullFrac, width, nd, mcvs, mcv, freqs, hist, bounds, corr));
            }
            return new TableStatistics(oid, tuples, pages, at, cols);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt statistics of relation " + oid + ": " + e.getMessage(), e);
        }
    }

    private static void bytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("value list length " + n + " exceeds the statistics");
        }
        return in.readNBytes(n);
    }
}
