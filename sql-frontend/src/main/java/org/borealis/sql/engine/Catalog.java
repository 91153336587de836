package org.borealis.sql.engine;

import java.util.List;
import java.util.Optional;

/**
 * The catalog: system tables kept in heap pages through the same log as user data, so a node
 * restarted on the same storage finds everything again. DDL is transactional (it takes effect at
 * commit, is undone by rollback, and is visible to its own transaction at once); DDL statements
 * of concurrent transactions are serialised. Lookups see committed state plus the transaction's
 * own DDL. Names are as the SQL layer gives them (already case-folded); schema {@code public}
 * unless given. Schema {@code public} always exists; others are created by {@link #createSchema},
 * and a relation can only be created in an existing one ({@code 3F000} otherwise, {@code 42501}
 * for {@code pg_catalog}, {@code information_schema} and {@code pg_toast}).
 *
 * <p>Errors: {@code 42P07} duplicate relation, {@code 42P01} no such table, {@code 42704} no such
 * index/role/object, {@code 42710} duplicate role or constraint, {@code 2BP01} drop of a table
 * another table's foreign key references or a view reads (or of a view another view reads),
 * {@code 42809} a view named where a table is expected or the reverse, {@code 25006} DDL in a
 * read-only transaction.
 */
public interface Catalog {

    /** Creates a table with an empty heap. */
    RelationInfo createTable(Transaction tx, TableDef def);

    /** Drops a table with its indexes, constraints and owned sequences. */
    void dropTable(Transaction tx, int tableOid);

    /**
     * Creates a B-tree index and fills it from the rows committed or written by this transaction;
     * for a unique index a duplicate among them fails with {@code 23505}.
     */
    IndexInfo createIndex(Transaction tx, IndexDef def);

    void dropIndex(Transaction tx, int indexOid);

    /**
     * Adds a constraint. PRIMARY KEY and UNIQUE create their unique index (named after the
     * constraint) unless {@code def.indexOid()} names an existing one; PRIMARY KEY columns become
     * NOT NULL. FOREIGN KEY and CHECK are stored for the SQL layer to enforce.
     */
    ConstraintInfo addConstraint(Transaction tx, ConstraintDef def);

    void dropConstraint(Transaction tx, int constraintOid);

    /** Adds a column at the end of a table's columns (existing rows keep their bytes). */
    RelationInfo addColumn(Transaction tx, int tableOid, ColumnDef column);

    /**
     * Drops column {@code attnum} (1-based) as PostgreSQL does: it keeps its attnum and type, is
     * renamed {@code ........pg.dropped.N........} and marked dropped; rows are not touched. The
     * table's indexes and constraints on the column, constraints of any table referencing it and
     * the sequence it owns are dropped with it (the caller decides whether that needs CASCADE).
     */
    RelationInfo dropColumn(Transaction tx, int tableOid, int attnum);

    /**
     * Gives column {@code attnum} a new type and typmod (ALTER COLUMN TYPE). Rows are not touched:
     * the caller rewrites them in the same transaction, and drops the indexes on the column first
     * (refused otherwise) to build them again over the rewritten rows. With {@code rewrite} the
     * column records the caller's xid ({@link ColumnDef#typeXid()}): a reader whose snapshot does
     * not see that transaction committed would find row versions of the old type.
     */
    RelationInfo retypeColumn(Transaction tx, int tableOid, int attnum, int typeOid, int typmod, boolean rewrite);

    /**
     * Replaces the definition of column {@code attnum} (1-based) of a table: its name, NOT NULL and
     * default; the type stays. Rows are not touched (the caller checks a new NOT NULL).
     */
    RelationInfo replaceColumn(Transaction tx, int tableOid, int attnum, ColumnDef column);

    /** Renames a table (its indexes, constraints and sequences keep their names). */
    RelationInfo renameTable(Transaction tx, int tableOid, String newName);

    /**
     * Gives a relation of any kind (not a system table) a new schema and name, its index or
     * sequence row included; {@code 42P07} when the name is taken there, {@code 3F000} when the
     * schema does not exist. Nothing else changes: the caller moves a table's indexes and
     * sequences and rewrites the view queries and column defaults that name it.
     */
    RelationInfo moveRelation(Transaction tx, int oid, String schema, String name);

    /** Creates a sequence, optionally owned by a table column (SERIAL/identity). */
    SequenceInfo createSequence(Transaction tx, SequenceDef def);

    void dropSequence(Transaction tx, int sequenceOid);

    /**
     * Creates a view: a relation of kind {@link RelationKind#VIEW} with the view's columns, and its
     * definition. {@code 42P07} when the name is taken.
     */
    ViewInfo createView(Transaction tx, ViewDef def);

    /**
     * Replaces a view's definition (CREATE OR REPLACE VIEW): the caller has checked that the old
     * columns are kept, in order, with their names and types; new columns may follow.
     */
    ViewInfo replaceView(Transaction tx, int viewOid, ViewDef def);

    /** Drops a view; {@code 2BP01} when another view reads it (the caller drops those first for CASCADE). */
    void dropView(Transaction tx, int viewOid);

    Optional<ViewInfo> view(Transaction tx, int viewOid);

    /** Views whose query reads relation {@code oid} directly, by OID. */
    List<ViewInfo> dependentViews(Transaction tx, int oid);

    /** Creates a schema; {@code 42P06} when it exists (the built-in ones included). */
    SchemaInfo createSchema(Transaction tx, String name, int ownerOid);

    /** Drops an empty schema; {@code 2BP01} while a relation lives in it, {@code 3F000} when there is none. */
    void dropSchema(Transaction tx, String name);

    /**
     * ALTER SCHEMA: a new name (null keeps it; the relations in it move along) and a new owner
     * (negative keeps it). {@code 3F000} when it does not exist, {@code 42P06} when the name is taken.
     */
    SchemaInfo alterSchema(Transaction tx, String name, String newName, int ownerOid);

    /** A schema created by CREATE SCHEMA (not the built-in {@code public}). */
    Optional<SchemaInfo> schema(Transaction tx, String name);

    /** The schemas created by CREATE SCHEMA, by OID. */
    List<SchemaInfo> schemas(Transaction tx);

    Optional<RelationInfo> relation(Transaction tx, String schema, String name);

    Optional<RelationInfo> relation(Transaction tx, int oid);

    /** Every relation (tables, indexes, sequences, views), system tables included, by OID. */
    List<RelationInfo> relations(Transaction tx);

    List<IndexInfo> indexes(Transaction tx, int tableOid);

    Optional<IndexInfo> index(Transaction tx, int indexOid);

    List<ConstraintInfo> constraints(Transaction tx, int tableOid);

    /** Constraints of other tables whose foreign keys reference {@code tableOid}. */
    List<ConstraintInfo> referencingConstraints(Transaction tx, int tableOid);

    Optional<SequenceInfo> sequence(Transaction tx, int sequenceOid);

    RoleInfo createRole(Transaction tx, RoleInfo role);

    /** Replaces a role's attributes (password verifier, superuser, login); its OID stays. */
    RoleInfo alterRole(Transaction tx, RoleInfo role);

    void dropRole(Transaction tx, String name);

    /** Looks a role up; a null transaction reads committed state (for authentication). */
    Optional<RoleInfo> role(Transaction tx, String name);

    List<RoleInfo> roles(Transaction tx);

    /**
     * Replaces the statistics ANALYZE stored for a table (one catalog change of {@code tx}, so they
     * commit or roll back with it and survive a restart). {@code 42P01} when there is no such table.
     * Dropping the table drops them; dropping a column or changing its type drops that column's.
     */
    default void setStatistics(Transaction tx, TableStatistics stats) {
        throw new UnsupportedOperationException("statistics");
    }

    /**
     * Takes, without waiting, the lock every catalog change of {@code tx} takes (held to its end),
     * so a background job can skip its catalog change while a user transaction is doing DDL
     * instead of waiting for it.
     *
     * @return false when another transaction holds it
     */
    default boolean tryLockForChange(Transaction tx) {
        return true;
    }

    /** The statistics of a table as {@code tx} sees them, empty when it was never analysed. */
    default Optional<TableStatistics> statistics(Transaction tx, int tableOid) {
        return Optional.empty();
    }

    /** A persistent setting ({@code ALTER SYSTEM}-like), or empty. */
    Optional<String> setting(Transaction tx, String name);

    void setSetting(Transaction tx, String name, String value);

    List<Setting> settings(Transaction tx);

    /** A name/value pair of {@link #settings}. */
    record Setting(String name, String value) {
    }
}
