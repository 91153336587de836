package org.borealis.sql.plan;

import java.util.List;
import java.util.Optional;

/** The planner's read access to the catalog for the current transaction. */
public interface CatalogView {

    /** A table by possibly schema-qualified name; empty when there is none. */
    Optional<TableMeta> table(List<String> name);

    /** A table by OID. */
    Optional<TableMeta> table(int oid);

    /** The engine's estimate of a table's live rows, or -1 when it has none. */
    default long estimatedRows(int tableOid) {
        return -1;
    }

    /** The engine's count of a table's pages, or -1 when it has none. */
    default long estimatedPages(int tableOid) {
        return -1;
    }

    /** The share of the table's pages marked all-visible ({@code relallvisible / relpages}), 0 when unknown. */
    default double allVisibleFraction(int tableOid) {
        return 0;
    }

    /** Whether ANALYZE stored statistics for the table. */
    default boolean analyzed(int tableOid) {
        return false;
    }

    /** ANALYZE's statistics of a table's column (by attnum), or null when there are none. */
    default org.borealis.sql.stats.ColumnStats columnStats(int tableOid, int attnum) {
        return null;
    }

    /** A view by possibly schema-qualified name; empty when there is none (or the name is a table's). */
    default Optional<ViewMeta> view(List<String> name) {
        return Optional.empty();
    }

    /** Whether {@code schema} is another session's temporary schema (its tables' data is out of reach). */
    default boolean othersTemp(String schema) {
        return false;
    }

    /** A view by OID; empty when there is none. */
    default Optional<ViewMeta> view(int oid) {
        return Optional.empty();
    }

    /**
     * Runs {@code body} with unqualified names resolved through {@code searchPath} (a
     * {@code search_path} setting's text) instead of the session's; null keeps the session's.
     */
    default <T> T withSearchPath(String searchPath, java.util.function.Supplier<T> body) {
        return body.get();
    }

    /** Where catalog functions and casts (regclass, format_type, ...) read the catalog; null without storage. */
    default org.borealis.sql.pgcatalog.CatalogSource systemCatalog() {
        return null;
    }

    /** A catalog without tables, for statements planned with no transaction. */
    CatalogView EMPTY = new CatalogView() {
        @Override
        public Optional<TableMeta> table(List<String> name) {
            return Optional.empty();
        }

        @Override
        public Optional<TableMeta> table(int oid) {
            return Optional.empty();
        }
    };
}
