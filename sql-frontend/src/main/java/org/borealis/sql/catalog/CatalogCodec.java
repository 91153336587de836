package org.borealis.sql.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SchemaInfo;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;

/**
 * Bytes of system-table rows: a format version byte (1), then the fields in declaration order as
 * {@link DataOutputStream} writes them; nullable strings are a presence byte and the string.
 * A relation row with a dropped column is written in version 2, which adds a dropped flag after
 * each column's identity; version 3 adds after that the xid of the column's last type change
 * (ALTER COLUMN TYPE). A relation row is written in the lowest version that holds it.
 */
public final class CatalogCodec {

    private static final int VERSION = 1;
    private static final int VERSION_DROPPED_COLUMNS = 2;
    private static final int VERSION_RETYPED_COLUMNS = 3;

    private CatalogCodec() {
    }

    interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    interface Parse<T> {
        T read(DataInputStream in) throws IOException;
    }

    static byte[] encode(Body body) {
        return encode(VERSION, body);
    }

    private static byte[] encode(int version, Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(version);
            body.write(out);
            out.flush();
            return bytes.toByteArray();
        } catch (java.io.UTFDataFormatException e) {
            throw new org.borealis.sql.error.SqlException(org.borealis.sql.error.SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "a name, default or check expression is longer than the catalog's limit of 65535 bytes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T decode(byte[] row, Parse<T> parse) {
        return decode(row, VERSION, (in, v) -> parse.read(in));
    }

    interface VersionedParse<T> {
        T read(DataInputStream in, int version) throws IOException;
    }

    private static <T> T decode(byte[] row, int newest, VersionedParse<T> parse) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(row));
            int v = in.readUnsignedByte();
            if (v < VERSION || v > newest) {
                throw new IOException("catalog row format version " + v + ", this build reads " + VERSION + " to " + newest);
            }
            return parse.read(in, v);
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt catalog row: " + e.getMessage(), e);
        }
    }

    static void str(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(s);
        }
    }

    static String str(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    static void ints(DataOutputStream out, List<Integer> xs) throws IOException {
        out.writeShort(xs.size());
        for (int x : xs) {
            out.writeInt(x);
        }
    }

    static List<Integer> ints(DataInputStream in) throws IOException {
        int n = in.readUnsignedShort();
        List<Integer> xs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            xs.add(in.readInt());
        }
        return xs;
    }

    static byte[] relation(RelationInfo r) {
        boolean retyped = r.rewriteXid() != 0;
        boolean dropped = retyped || r.hasDropped();
        return encode(retyped ? VERSION_RETYPED_COLUMNS : dropped ? VERSION_DROPPED_COLUMNS : VERSION, out -> {
            out.writeInt(r.oid());
            out.writeUTF(r.schema());
            out.writeUTF(r.name());
            out.writeChar(r.kind().relkind());
            out.writeBoolean(r.system());
            out.writeShort(r.columns().size());
            for (ColumnDef c : r.columns()) {
                out.writeUTF(c.name());
                out.writeInt(c.typeOid());
                out.writeInt(c.typmod());
                out.writeBoolean(c.notNull());
                str(out, c.defaultExpr());
                out.writeChar(c.identity());
                if (dropped) {
                    out.writeBoolean(c.dropped());
                }
                if (retyped) {
                    out.writeLong(c.typeXid());
                }
            }
        });
    }

    static RelationInfo relation(byte[] row) {
        return decode(row, VERSION_RETYPED_COLUMNS, (in, version) -> {
            int oid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            char kind = in.readChar();
            boolean system = in.readBoolean();
            int n = in.readUnsignedShort();
            List<ColumnDef> cols = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cols.add(new ColumnDef(in.readUTF(), in.readInt(), in.readInt(), in.readBoolean(), str(in),
                        in.readChar(), version >= VERSION_DROPPED_COLUMNS && in.readBoolean(),
                        version >= VERSION_RETYPED_COLUMNS ? in.readLong() : 0));
            }
            RelationKind k = switch (kind) {
                case 'i' -> RelationKind.INDEX;
                case 'S' -> RelationKind.SEQUENCE;
                case 'v' -> RelationKind.VIEW;
                default -> RelationKind.TABLE;
            };
            return new RelationInfo(oid, schema, name, k, cols, system);
        });
    }

    static byte[] index(IndexInfo x) {
        return encode(out -> {
            out.writeInt(x.oid());
            out.writeUTF(x.schema());
            out.writeUTF(x.name());
            out.writeInt(x.tableOid());
            ints(out, x.columns());
            out.writeBoolean(x.unique());
            out.writeBoolean(x.primary());
            if (!x.plain()) { // expression and partial indexes append their texts (older rows end here)
                for (String e : x.exprs()) {
                    str(out, e);
                }
                str(out, x.predicate());
            }
        });
    }

    static IndexInfo index(byte[] row) {
        return decode(row, in -> {
            int oid = in.readInt();
            String schema = in.readUTF();
            String name = in.readUTF();
            int table = in.readInt();
            List<Integer> cols = ints(in);
            boolean unique = in.readBoolean();
            boolean primary = in.readBoolean();
            if (in.available() == 0) {
                return new IndexInfo(oid, schema, name, table, cols, unique, primary);
            }
            List<String> exprs = new java.util.ArrayList<>();
            for (int i = 0; i < cols.size(); i++) {
                exprs.add(str(in));
            }
            return new IndexInfo(oid, schema, name, table, cols, unique, primary, exprs, str(in));
        });
    }

    static byte[] constraint(ConstraintInfo c) {
        return encode(out -> {
            out.writeInt(c.oid());
            out.writeUTF(c.name());
            out.writeInt(c.tableOid());
            out.writeChar(c.kind().contype());
            ints(out, c.columns());
            out.writeInt(c.indexOid());
            out.writeInt(c.refTableOid());
            ints(out, c.refColumns());
            out.writeChar(c.onDelete());
            out.writeChar(c.onUpdate());
            str(out, c.checkExpr());
        });
    }

    static ConstraintInfo constraint(byte[] row) {
        return decode(row, in -> {
            int oid = in.readInt();
            String name = in.readUTF();
            int table = in.readInt();
            char k = in.readChar();
            ConstraintKind kind = switch (k) {
                case 'p' -> ConstraintKind.PRIMARY_KEY;
                case 'u' -> ConstraintKind.UNIQUE;
                case 'f' -> ConstraintKind.FOREIGN_KEY;
                default -> ConstraintKind.CHECK;
            };
            return new ConstraintInfo(oid, name, table, kind, ints(in), in.readInt(), in.readInt(), ints(in),
                    in.readChar(), in.readChar(), str(in));
        });
    }

    static byte[] sequence(SequenceInfo s) {
        SequenceDef d = s.def();
        return encode(out -> {
            out.writeInt(s.oid());
            out.writeUTF(d.schema());
            out.writeUTF(d.name());
            out.writeLong(d.increment());
            out.writeLong(d.minValue());
            out.writeLong(d.maxValue());
            out.writeLong(d.start());
            out.writeBoolean(d.cycle());
            out.writeInt(d.ownerTableOid());
            out.writeInt(d.ownerColumn());
        });
    }

    static SequenceInfo sequence(byte[] row) {
        return decode(row, in -> {
            int oid = in.readInt();
            return new SequenceInfo(oid, new SequenceDef(in.readUTF(), in.readUTF(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readBoolean(), in.readInt(), in.readInt()));
        });
    }

    /** A view's own row (its columns, schema and name are in its relation row). */
    static byte[] view(ViewInfo v) {
        return encode(out -> {
            out.writeInt(v.oid());
            text(out, v.def().query());
            str(out, v.def().searchPath());
            ints(out, v.def().dependsOn());
        });
    }

    /** A view's row, completed with the relation row's schema, name and columns. */
    static ViewInfo view(byte[] row, RelationInfo rel) {
        return decode(row, in -> {
            int oid = in.readInt();
            String query = text(in);
            String path = str(in);
            List<Integer> deps = ints(in);
            return new ViewInfo(oid, new ViewDef(rel == null ? null : rel.schema(), rel == null ? null : rel.name(),
                    rel == null ? List.of() : rel.columns(), query, path, deps));
        });
    }

    /** The view's OID alone (to pair a view row with its relation row). */
    static int viewOid(byte[] row) {
        return decode(row, DataInputStream::readInt);
    }

    /** A string of any length: its UTF-8 byte count, then the bytes (writeUTF stops at 65535 bytes). */
    static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("string length " + n + " exceeds the row");
        }
        return new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    static byte[] schema(SchemaInfo n) {
        return encode(out -> {
            out.writeInt(n.oid());
            out.writeUTF(n.name());
            out.writeInt(n.ownerOid());
        });
    }

    static SchemaInfo schema(byte[] row) {
        return decode(row, in -> new SchemaInfo(in.readInt(), in.readUTF(), in.readInt()));
    }

    static byte[] role(RoleInfo r) {
        return encode(out -> {
            out.writeInt(r.oid());
            out.writeUTF(r.name());
            out.writeBoolean(r.superuser());
            out.writeBoolean(r.login());
            str(out, r.passwordVerifier());
        });
    }

    static RoleInfo role(byte[] row) {
        return decode(row, in -> new RoleInfo(in.readInt(), in.readUTF(), in.readBoolean(), in.readBoolean(), str(in)));
    }

    static byte[] pair(String name, String value) {
        return encode(out -> {
            out.writeUTF(name);
            str(out, value);
        });
    }

    static String[] pair(byte[] row) {
        return decode(row, in -> new String[] {in.readUTF(), str(in)});
    }
}
