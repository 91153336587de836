package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.types.PgType;

/**
 * The columns an expression may reference: the FROM items' columns in row order, each with the
 * name of the item it came from. Resolves {@code col} and {@code t.col} to a row position.
 */
public final class Scope {

    /**
     * One visible column. {@code tableOid}/{@code attnum} are 0 unless it is a plain table column.
     * {@code hidden}: a join's USING column of one side, reachable only qualified (the merged
     * column stands for it unqualified and in {@code *}).
     */
    public record Column(String relation, String name, PgType type, int typmod, int tableOid, int attnum,
                         boolean hidden) {
        public Column(String relation, String name, PgType type, int typmod, int tableOid, int attnum) {
            this(relation, name, type, typmod, tableOid, attnum, false);
        }

        public Column asHidden() {
            return new Column(relation, name, type, typmod, tableOid, attnum, true);
        }
    }

    private final List<Column> columns = new ArrayList<>();

    public static Scope empty() {
        return new Scope();
    }

    public Scope add(Column c) {
        columns.add(c);
        return this;
    }

    public Scope addAll(Scope other) {
        columns.addAll(other.columns);
        return this;
    }

    public List<Column> columns() {
        return columns;
    }

    public int size() {
        return columns.size();
    }

    /** Position of {@code qualifier.name} (qualifier may be null), or -1; 42702 when ambiguous. */
    public int find(String qualifier, String name, int pos) {
        int found = -1;
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (c.name().equals(name) && (qualifier == null ? !c.hidden() : qualifier.equals(c.relation()))) {
                if (found >= 0) {
                    throw new SqlException(SqlState.AMBIGUOUS_COLUMN, "column reference \"" + name + "\" is ambiguous")
                            .withPosition(pos + 1);
                }
                found = i;
            }
        }
        return found;
    }

    public boolean hasRelation(String name) {
        for (Column c : columns) {
            if (name.equals(c.relation())) {
                return true;
            }
        }
        return false;
    }
}
