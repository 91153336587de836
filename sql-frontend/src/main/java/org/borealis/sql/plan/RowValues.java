package org.borealis.sql.plan;

import java.util.ArrayList;
import java.util.List;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.expr.BoolExpr;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.exec.expr.CompareExpr;
import org.borealis.sql.exec.expr.RowCompareExpr;
import org.borealis.sql.exec.expr.RowExpr;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RecordType;
import org.borealis.sql.types.Types;

/**
 * Row values as PostgreSQL binds them: {@code ROW(a, b)} / {@code (a, b)} (fields f1, f2, ...), a
 * FROM item's whole row ({@code t} or {@code t.*} as a value; fields named as its columns), row
 * comparisons ({@code =} and {@code <>} pairwise with AND/OR, the ordering operators as a
 * {@link RowCompareExpr}) and a row constructor {@code IN} a list of them. A table's or view's
 * whole row has the relation's row type ({@link TableRowTypes}); the others are {@code record}
 * (OID 2249) values.
 */
final class RowValues {

    private final Binder binder;
    private final Coercion co;

    RowValues(Binder binder, Coercion co) {
        this.binder = binder;
        this.co = co;
    }

    /** {@code ROW(a, b)}: untyped literals become text. */
    BoundExpr constructor(Expr.RowConstructor rc) {
        List<BoundExpr> fields = new ArrayList<>();
        List<RecordType.Field> types = new ArrayList<>();
        for (Expr item : rc.items()) {
            BoundExpr b = binder.bind(item);
            if (Coercion.isUnknown(b)) {
                b = co.coerce(b, Types.TEXT, Casts.Context.IMPLICIT, item.pos());
            }
            fields.add(b);
            types.add(new RecordType.Field("f" + (types.size() + 1), Coercion.typeOf(b)));
        }
        return new RowExpr(fields, new RecordType(types));
    }

    /** The whole row of FROM item {@code relation} in the binder's scope, or null when none is named so. */
    BoundExpr wholeRow(String relation) {
        if (relation == null || !binder.scope().hasRelation(relation)) {
            return null;
        }
        List<BoundExpr> fields = new ArrayList<>();
        List<RecordType.Field> types = new ArrayList<>();
        List<Scope.Column> cols = binder.scope().columns();
        int relOid = -1; // the table or view all the item's columns come from, else 0
        for (int i = 0; i < cols.size(); i++) {
            Scope.Column c = cols.get(i);
            if (relation.equals(c.relation()) && !c.name().equals(RowLocking.TID_COLUMN)) {
                fields.add(new org.borealis.sql.exec.expr.ColumnRef(i, c.type(), c.typmod()));
                types.add(new RecordType.Field(c.name(), c.type()));
                relOid = c.attnum() > 0 && (relOid == -1 || relOid == c.tableOid()) ? c.tableOid() : 0;
            }
        }
        RecordType named = relOid > 0 ? TableRowTypes.of(binder.context(), relOid, types) : null;
        int presence = relOid > 0 ? presence(relOid, relation) : -1;
        return new RowExpr(fields, named != null ? named : new RecordType(types), presence);
    }

    /**
     * The field of table {@code relOid}'s whole row (as item {@code relation}) that no stored row
     * has NULL: a primary key column, else a NOT NULL one, else -1. Where it is NULL an outer join
     * filled the row, and the whole row is NULL.
     */
    private int presence(int relOid, String relation) {
        TableMeta meta = binder.context().catalog().table(relOid).orElse(null);
        if (meta == null) {
            return -1;
        }
        TableMeta.IndexMeta pk = meta.primaryKey();
        int attnum = -1;
        if (pk != null && pk.columns().length > 0 && pk.columns()[0] >= 0) {
            attnum = meta.attnum(pk.columns()[0]);
        } else {
            for (TableMeta.Column c : meta.columns()) {
                if (c.notNull()) {
                    attnum = meta.attnum(c.index());
                    break;
                }
            }
        }
        int field = 0;
        for (Scope.Column c : binder.scope().columns()) {
            if (relation.equals(c.relation()) && !c.name().equals(RowLocking.TID_COLUMN)) {
                if (c.attnum() == attnum && c.tableOid() == relOid) {
                    return field;
                }
                field++;
            }
        }
        return -1;
    }

    /**
     * {@code expr::t} for a table's or view's row type: a row constructor's fields cast to the
     * columns' types (explicitly, with their modifiers; 42846 when the counts differ), a value of
     * that row type unchanged, an untyped literal or NULL as text input; anything else 42846.
     */
    BoundExpr castTo(Expr.Cast c, TableRowTypes.Target target) {
        RecordType t = target.type();
        if (c.operand() instanceof Expr.RowConstructor rc) {
            int n = t.fields().size();
            if (rc.items().size() != n) {
                throw new SqlException(SqlState.CANNOT_COERCE, "cannot cast type record to " + t.displayName())
                        .withPosition(c.pos() + 1)
                        .withDetail("Input has too " + (rc.items().size() < n ? "few" : "many") + " columns.");
            }
            List<BoundExpr> fields = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                BoundExpr b = binder.bind(rc.items().get(i));
                fields.add(co.coerce(b, t.fields().get(i).type(), target.typmods().get(i), Casts.Context.EXPLICIT, c.pos()));
            }
            return new RowExpr(fields, t);
        }
        BoundExpr e = binder.bind(c.operand());
        PgType from = Coercion.typeOf(e);
        if (from.oid() == t.oid()) {
            return e;
        }
        if (Coercion.isUnknown(e)) {
            return co.coerce(e, t, Casts.Context.EXPLICIT, c.pos());
        }
        throw new SqlException(SqlState.CANNOT_COERCE, "cannot cast type " + from.displayName() + " to " + t.displayName())
                .withPosition(c.pos() + 1);
    }

    /** {@code (a, b) op (c, d)} for two row constructors. */
    BoundExpr compare(Expr.Binary b, Expr.RowConstructor l, Expr.RowConstructor r) {
        if (l.items().size() != r.items().size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions")
                    .withPosition(b.pos() + 1);
        }
        CompareExpr.Op op = CompareExpr.Op.of(b.op());
        List<BoundExpr> pairs = new ArrayList<>();
        List<BoundExpr> left = new ArrayList<>();
        List<BoundExpr> right = new ArrayList<>();
        List<PgType> types = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            if (op == CompareExpr.Op.EQ || op == CompareExpr.Op.NE) {
                pairs.add(binder.bind(new Expr.Binary(b.op(), l.items().get(i), r.items().get(i), b.pos())));
                continue;
            }
            BoundExpr x = binder.bind(l.items().get(i));
            BoundExpr y = binder.bind(r.items().get(i));
            PgType t = binder.comparisonType(x, y, b.op(), b.pos());
            left.add(co.coerce(x, t, Casts.Context.IMPLICIT, b.pos()));
            right.add(co.coerce(y, t, Casts.Context.IMPLICIT, b.pos()));
            types.add(t);
        }
        if (op == CompareExpr.Op.EQ || op == CompareExpr.Op.NE) {
            return pairs.size() == 1 ? pairs.get(0)
                    : new BoolExpr(op == CompareExpr.Op.EQ ? BoolExpr.Kind.AND : BoolExpr.Kind.OR, pairs);
        }
        return new RowCompareExpr(op, left, right, types);
    }

    /**
     * {@code r1 = r2} for two record values that are not both constructors (record_eq and
     * friends: NULL fields compare equal to each other and after any value). The fields must
     * have the same types.
     */
    BoundExpr compareRecords(CompareExpr.Op op, BoundExpr l, BoundExpr r, int pos) {
        similar(l, r, pos);
        return new CompareExpr(op, l, r, l.type());
    }

    private static void similar(BoundExpr l, BoundExpr r, int pos) {
        RecordType lt = (RecordType) l.type();
        RecordType rt = (RecordType) r.type();
        boolean same = lt.fields().size() == rt.fields().size();
        for (int i = 0; same && i < lt.fields().size(); i++) {
            same = lt.fields().get(i).type() == rt.fields().get(i).type();
        }
        if (!same) {
            throw new SqlException(SqlState.DATATYPE_MISMATCH, "cannot compare dissimilar column types or record types")
                    .withPosition(pos + 1);
        }
    }

    /** {@code (a, b) IS [NOT] DISTINCT FROM (c, d)}: the OR of the pairwise IS DISTINCT FROM (negated for NOT). */
    BoundExpr distinct(Expr.IsDistinct d, Expr.RowConstructor l, Expr.RowConstructor r) {
        if (l.items().size() != r.items().size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "unequal number of entries in row expressions")
                    .withPosition(d.pos() + 1);
        }
        List<BoundExpr> pairs = new ArrayList<>();
        for (int i = 0; i < l.items().size(); i++) {
            pairs.add(binder.bind(new Expr.IsDistinct(l.items().get(i), r.items().get(i), false, d.pos())));
        }
        BoundExpr any = pairs.size() == 1 ? pairs.get(0) : new BoolExpr(BoolExpr.Kind.OR, pairs);
        return d.negated() ? new BoolExpr(BoolExpr.Kind.NOT, List.of(any)) : any;
    }

    /** {@code r1 IS [NOT] DISTINCT FROM r2} for two bound record values (as record_eq). */
    BoundExpr distinctRecords(BoundExpr l, BoundExpr r, boolean negated, int pos) {
        similar(l, r, pos);
        return new org.borealis.sql.exec.expr.DistinctExpr(l, r, l.type(), negated);
    }

    /** {@code (a, b) [NOT] IN ((1, 2), (3, 4))}: an OR of row equalities, negated for NOT IN. */
    BoundExpr inList(Expr.InList in) {
        List<BoundExpr> eqs = new ArrayList<>();
        for (Expr item : in.list()) {
            eqs.add(binder.bind(new Expr.Binary("=", in.operand(), item, in.pos())));
        }
        BoundExpr any = eqs.size() == 1 ? eqs.get(0) : new BoolExpr(BoolExpr.Kind.OR, eqs);
        return in.negated() ? new BoolExpr(BoolExpr.Kind.NOT, List.of(any)) : any;
    }
}
