package org.borealis.sql.plan;

import java.util.Arrays;

import org.borealis.sql.types.PgType;
import org.borealis.sql.types.TextFormat;
import org.borealis.sql.types.Types;

/**
 * State shared while one statement is planned: the parameter types (declared by Parse, or
 * inferred from context as the statement is bound), the text format for folding constants, and
 * the catalog.
 */
public final class PlanContext {

    private PgType[] paramTypes;
    private final TextFormat format;
    private final CatalogView catalog;
    private ScanFactory scans;
    private final java.util.ArrayList<Binder> outers = new java.util.ArrayList<>();
    private final java.util.ArrayList<boolean[]> correlated = new java.util.ArrayList<>();
    private final Ctes ctes = new Ctes(this);
    private java.util.Set<Integer> reads;
    private final java.util.ArrayDeque<Integer> expanding = new java.util.ArrayDeque<>();

    public PlanContext(PgType[] declared, TextFormat format, CatalogView catalog) {
        this.paramTypes = declared == null ? new PgType[0] : declared.clone();
        this.format = format;
        this.catalog = catalog;
    }

    public TextFormat format() {
        return format;
    }

    /** How tables are read; null when the statement runs without storage. */
    public ScanFactory scans() {
        return scans;
    }

    public PlanContext withScans(ScanFactory scans) {
        this.scans = scans;
        return this;
    }

    public CatalogView catalog() {
        return catalog;
    }

    /** The WITH queries visible while planning. */
    public Ctes ctes() {
        return ctes;
    }

    /** Runs {@code body} with names resolved through {@code searchPath} (null: the session's). */
    <T> T withSearchPath(String searchPath, java.util.function.Supplier<T> body) {
        return catalog.withSearchPath(searchPath, body);
    }

    /** Starts recording the tables and views FROM clauses name (for a view's dependencies). */
    public void recordReads() {
        reads = new java.util.LinkedHashSet<>();
    }

    /** The OIDs recorded since {@link #recordReads}, in the order first met. */
    public java.util.List<Integer> recordedReads() {
        return reads == null ? java.util.List.of() : java.util.List.copyOf(reads);
    }

    /** Notes a table or view a FROM clause reads. */
    void noteRead(int oid) {
        if (reads != null) {
            reads.add(oid);
        }
    }

    /** Stops recording (inside a view being expanded: its own reads are its dependencies, not ours). */
    java.util.Set<Integer> pauseReads() {
        java.util.Set<Integer> r = reads;
        reads = null;
        return r;
    }

    void resumeReads(java.util.Set<Integer> r) {
        reads = r;
    }

    /** Enters the expansion of a view; false when it is already being expanded (a cycle). */
    boolean enterView(int oid) {
        if (expanding.contains(oid)) {
            return false;
        }
        expanding.push(oid);
        return true;
    }

    void leaveView() {
        expanding.pop();
    }

    /** Enters a subquery expression bound by {@code around}: its columns become outer references. */
    void enterSubquery(Binder around) {
        outers.add(around);
        correlated.add(new boolean[1]);
    }

    /** Leaves the innermost subquery; true when something inside referenced an enclosing row. */
    boolean leaveSubquery() {
        outers.remove(outers.size() - 1);
        return correlated.remove(correlated.size() - 1)[0];
    }

    /** Whether an enclosing query (or the FROM items before a LATERAL one) has a relation named {@code name}. */
    boolean outerHasRelation(String name) {
        return outers.stream().anyMatch(b -> b.scope().hasRelation(name));
    }

    /** A column of an enclosing query as an {@link org.borealis.sql.exec.expr.OuterRef}, or null. */
    org.borealis.sql.exec.expr.BoundExpr resolveOuter(org.borealis.sql.parser.ast.Expr.ColumnRef c) {
        for (int d = 1; d <= outers.size(); d++) {
            org.borealis.sql.exec.expr.BoundExpr e = outers.get(outers.size() - d).resolveHere(c);
            if (e != null) {
                for (int i = 0; i < d; i++) {
                    correlated.get(correlated.size() - 1 - i)[0] = true;
                }
                return new org.borealis.sql.exec.expr.OuterRef(d, e);
            }
        }
        return null;
    }

    /** The shared parameter-type table, grown to hold {@code $index+1}. */
    public PgType[] paramTypes(int index) {
        if (index >= paramTypes.length) {
            paramTypes = Arrays.copyOf(paramTypes, index + 1);
        }
        return paramTypes;
    }

    /** Current parameter type table (entries may be null = not yet known). */
    public PgType[] paramTypes() {
        return paramTypes;
    }

    /** Settles a parameter's type if nothing has yet. */
    public void inferParam(int index, PgType type) {
        PgType[] t = paramTypes(index);
        if (t[index] == null || t[index] == Types.UNKNOWN) {
            t[index] = type;
        }
    }

    /** Final parameter types: anything still unknown becomes text, as PostgreSQL does. */
    public PgType[] finishParams() {
        for (int i = 0; i < paramTypes.length; i++) {
            if (paramTypes[i] == null || paramTypes[i] == Types.UNKNOWN) {
                paramTypes[i] = Types.TEXT;
            }
        }
        return paramTypes;
    }
}
