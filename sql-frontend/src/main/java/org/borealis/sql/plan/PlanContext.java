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
