package org.borealis.sql.exec.storage;

import java.util.List;
import java.util.Optional;

import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.pgcatalog.Idents;
import org.borealis.sql.plan.TypeNames;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * CREATE/DROP SEQUENCE and the sequences behind SERIAL and identity columns: the column's default
 * becomes {@code nextval('table_col_seq'::regclass)} and the sequence is owned by the column (so
 * it goes with the table), as in PostgreSQL.
 */
final class SequencePlanner {

    private final EngineStorageSession s;

    SequencePlanner(EngineStorageSession s) {
        this.s = s;
    }

    void create(Statement.CreateSequence c) {
        String name = c.name().get(c.name().size() - 1);
        String schema = s.creationSchema(c.name(), c.temp());
        if (s.engine().catalog().relation(s.tx(), schema, name).isPresent()) {
            if (c.ifNotExists()) {
                return;
            }
            throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        s.engine().catalog().createSequence(s.tx(), definition(c, Types.INT8, schema, name, 0, 0));
    }

    /** The sequence {@code c}'s options define ({@code type} when they name none), checked as PostgreSQL does. */
    private static SequenceDef definition(Statement.CreateSequence c, PgType defaultType, String schema, String name,
                                          int tableOid, int attnum) {
        PgType type = c.type() == null ? defaultType : TypeNames.resolve(new org.borealis.sql.parser.ast.TypeName(c.type(),
                List.of(), 0, c.pos())).type();
        if (type != Types.INT2 && type != Types.INT4 && type != Types.INT8) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "sequence type must be smallint, integer, or bigint");
        }
        long inc = c.increment() == null ? 1 : c.increment();
        if (inc == 0) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "INCREMENT must not be zero");
        }
        long typeMax = max(type);
        long min = c.minValue() != null ? c.minValue() : inc > 0 ? 1 : -typeMax - 1;
        long max = c.maxValue() != null ? c.maxValue() : inc > 0 ? typeMax : -1;
        long start = c.start() != null ? c.start() : inc > 0 ? min : max;
        if (min >= max) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "MINVALUE (" + min + ") must be less than MAXVALUE (" + max + ")");
        }
        if (start < min) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + start + ") cannot be less than MINVALUE (" + min + ")");
        }
        if (start > max) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "START value (" + start + ") cannot be greater than MAXVALUE (" + max + ")");
        }
        return new SequenceDef(schema, name, inc, min, max, start, c.cycle(), tableOid, attnum);
    }

    /** Creates the sequence of a SERIAL or identity column (attnum 1-based) of a new table. */
    void createOwned(String schema, String name, PgType type, int tableOid, int attnum) {
        s.engine().catalog().createSequence(s.tx(), new SequenceDef(schema, name, 1, 1, max(type), 1, false, tableOid, attnum));
    }

    /** The same, for an identity column with sequence options ({@code GENERATED ... AS IDENTITY (START WITH 10 ...)}). */
    void createOwned(String schema, String name, PgType type, int tableOid, int attnum, Statement.CreateSequence options) {
        if (options == null) {
            createOwned(schema, name, type, tableOid, attnum);
            return;
        }
        s.engine().catalog().createSequence(s.tx(), definition(options, type, schema, name, tableOid, attnum));
    }

    static boolean isSerial(Statement.ColumnDef cd) {
        String tn = cd.type().name();
        return tn.equals("serial") || tn.equals("bigserial") || tn.equals("smallserial") || cd.identity() != 0;
    }

    /** A SERIAL or identity column: NOT NULL, defaulting to the next value of its sequence. */
    static ColumnDef serialColumn(Statement.ColumnDef cd, String table, String schema, String seq) {
        TypeNames.Resolved t = TypeNames.resolve(cd.type());
        if (cd.identity() != 0 && !Types.isInteger(t.type())) {
            throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "identity column type must be smallint, integer, or bigint")
                    .withPosition(cd.pos() + 1);
        }
        if (cd.defaultValue() != null) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "multiple default values specified for column \"" + cd.name()
                    + "\" of table \"" + table + "\"").withPosition(cd.pos() + 1);
        }
        // As PostgreSQL prints the regclass: quoted where needed, qualified outside the search path.
        String ref = (schema == null || schema.equals("public") ? "" : Idents.quote(schema) + ".") + Idents.quote(seq);
        return new ColumnDef(cd.name(), t.type().oid(), t.typmod(), true, "nextval('" + ref.replace("'", "''") + "'::regclass)",
                cd.identity());
    }

    void drop(Statement.Drop d, java.util.function.Consumer<String> skipped) {
        for (List<String> n : d.names()) {
            Optional<RelationInfo> r = s.view().relation(n);
            if (r.isEmpty() || r.get().kind() != RelationKind.SEQUENCE) {
                if (d.ifExists()) {
                    skipped.accept(n.get(n.size() - 1));
                    continue;
                }
                throw new SqlException(SqlState.UNDEFINED_TABLE, "sequence \"" + n.get(n.size() - 1) + "\" does not exist");
            }
            s.engine().catalog().dropSequence(s.tx(), r.get().oid());
        }
    }

    static long max(PgType type) {
        return type == Types.INT2 ? Short.MAX_VALUE : type == Types.INT4 ? Integer.MAX_VALUE : Long.MAX_VALUE;
    }
}
