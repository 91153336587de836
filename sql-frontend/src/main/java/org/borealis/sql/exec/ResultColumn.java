package org.borealis.sql.exec;

import org.borealis.sql.types.PgType;

/**
 * A result column as RowDescription reports it: name, source table OID and attnum (0 when not a
 * plain column), type and typmod.
 */
public record ResultColumn(String name, PgType type, int typmod, int tableOid, int attnum) {

    public static ResultColumn of(String name, PgType type) {
        return new ResultColumn(name, type, -1, 0, 0);
    }
}
