package org.borealis.sql.plan;

import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.TypeName;
import org.borealis.sql.types.DateTimePrecision;
import org.borealis.sql.types.NumericType;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.Types;

/**
 * Resolves a type as written ({@code varchar(20)}, {@code numeric(10,2)}, {@code float(24)},
 * {@code timestamp(3)}, {@code interval(0)}) to a type and typmod.
 */
public final class TypeNames {

    /** A resolved type with its modifier (-1 when none). */
    public record Resolved(PgType type, int typmod) {
    }

    private TypeNames() {
    }

    public static Resolved resolve(TypeName t) {
        if (t.arrayDims() > 0) {
            Resolved e = resolve(new TypeName(t.name(), t.modifiers(), 0, t.pos()));
            PgType a = Types.arrayOf(e.type());
            if (a == null) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "type \"" + e.type().typname() + "[]\" does not exist")
                        .withPosition(t.pos() + 1);
            }
            return new Resolved(a, e.typmod());
        }
        String name = t.name();
        List<Integer> mods = t.modifiers();
        if (name.equals("float") && !mods.isEmpty()) {
            int p = mods.get(0);
            if (p < 1 || p > 53) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "precision for type float must be "
                        + (p < 1 ? "at least 1 bit" : "less than 54 bits")).withPosition(t.pos() + 1);
            }
            return new Resolved(p <= 24 ? Types.FLOAT4 : Types.FLOAT8, -1);
        }
        PgType type = Types.byName(name);
        if (type == null || type == Types.UNKNOWN) {
            throw new SqlException(SqlState.UNDEFINED_OBJECT, "type \"" + name + "\" does not exist").withPosition(t.pos() + 1);
        }
        if (mods.isEmpty()) {
            return new Resolved(type, -1);
        }
        if (type == Types.NUMERIC) {
            int p = mods.get(0);
            int s = mods.size() > 1 ? mods.get(1) : 0;
            if (p < 1 || p > 1000) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "NUMERIC precision " + p + " must be between 1 and 1000")
                        .withPosition(t.pos() + 1);
            }
            if (s < 0 || s > p) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "NUMERIC scale " + s + " must be between 0 and precision " + p)
                        .withPosition(t.pos() + 1);
            }
            return new Resolved(type, NumericType.typmod(p, s));
        }
        if (type == Types.VARCHAR || type == Types.BPCHAR) {
            int n = mods.get(0);
            if (n < 1) {
                throw new SqlException(SqlState.INVALID_PARAMETER_VALUE, "length for type " + (type == Types.VARCHAR ? "varchar" : "char")
                        + " must be at least 1").withPosition(t.pos() + 1);
            }
            return new Resolved(type, n + 4);
        }
        if (type == Types.TIMESTAMP || type == Types.TIMESTAMPTZ || type == Types.TIME || type == Types.INTERVAL) {
            return new Resolved(type, DateTimePrecision.typmod(type, mods, t.pos()));
        }
        throw new SqlException(SqlState.SYNTAX_ERROR, "type modifier is not allowed for type \"" + type.typname() + "\"")
                .withPosition(t.pos() + 1);
    }
}
