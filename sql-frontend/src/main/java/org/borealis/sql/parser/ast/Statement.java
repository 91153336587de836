package org.borealis.sql.parser.ast;

import java.util.List;
import java.util.Map;

/**
 * Statement nodes. {@link Query} (SELECT) is declared in its own file; every other statement is
 * a record here. Names are case-folded; qualified names are lists ({@code [schema, table]}).
 */
public sealed interface Statement permits Query, Statement.Insert, Statement.Update, Statement.Delete,
        Statement.CreateTable, Statement.CreateTableAs, Statement.CreateIndex, Statement.CreateSequence, Statement.CreateView,
        Statement.CreateSchema, Statement.Drop, Statement.AlterTable, Statement.AlterSchema, Statement.Truncate,
        Statement.Copy, Statement.Vacuum, Statement.Begin, Statement.Commit, Statement.Rollback,
        Statement.Savepoint, Statement.SetVar, Statement.SetTransaction, Statement.Show, Statement.Reset,
        Statement.CreateRole, Statement.AlterRole, Statement.Discard, Statement.Prepare, Statement.Execute,
        Statement.Deallocate, Statement.Explain, Statement.Checkpoint {

    /**
     * INSERT; {@code alias} (INSERT INTO t AS alias) or null names the target in ON CONFLICT and RETURNING;
     * {@code with} the WITH queries before it, empty when none.
     */
    record Insert(List<String> table, List<String> columns, Query source, boolean defaultValues,
                  OnConflict onConflict, List<QueryBody.SelectItem> returning, int pos, String alias,
                  List<Query.Cte> with) implements Statement {
        public Insert(List<String> table, List<String> columns, Query source, boolean defaultValues,
                      OnConflict onConflict, List<QueryBody.SelectItem> returning, int pos) {
            this(table, columns, source, defaultValues, onConflict, returning, pos, null, List.of());
        }
    }

    /** ON CONFLICT: arbiter columns or {@code constraint} (null when not named), the action. */
    record OnConflict(List<String> target, boolean doNothing, List<Assignment> set, Expr where, String constraint) {
        public OnConflict(List<String> target, boolean doNothing, List<Assignment> set, Expr where) {
            this(target, doNothing, set, where, null);
        }
    }

    /** {@code col = expr}; {@code value} is {@link Expr.Default} for DEFAULT. */
    record Assignment(String column, Expr value, int pos) {
    }

    /** UPDATE; {@code with} the WITH queries before it (visible in all its parts), empty when none. */
    record Update(List<String> table, String alias, List<Assignment> set, List<FromItem> from, Expr where,
                  List<QueryBody.SelectItem> returning, int pos, List<Query.Cte> with) implements Statement {
        public Update(List<String> table, String alias, List<Assignment> set, List<FromItem> from, Expr where,
                      List<QueryBody.SelectItem> returning, int pos) {
            this(table, alias, set, from, where, returning, pos, List.of());
        }
    }

    /** DELETE; {@code with} the WITH queries before it, empty when none. */
    record Delete(List<String> table, String alias, List<FromItem> using, Expr where,
                  List<QueryBody.SelectItem> returning, int pos, List<Query.Cte> with) implements Statement {
        public Delete(List<String> table, String alias, List<FromItem> using, Expr where,
                      List<QueryBody.SelectItem> returning, int pos) {
            this(table, alias, using, where, returning, pos, List.of());
        }
    }

    /** CREATE [TEMP] TABLE; {@code onCommit} of a temporary table, null when not given. */
    record CreateTable(List<String> name, boolean ifNotExists, List<ColumnDef> columns,
                       List<TableConstraint> constraints, Map<String, String> options, boolean temp, OnCommit onCommit,
                       int pos) implements Statement {
    }

    /**
     * CREATE [TEMP] TABLE name [(columns)] [ON COMMIT ...] AS query [WITH [NO] DATA]; {@code columns}
     * empty when not given.
     */
    record CreateTableAs(List<String> name, boolean ifNotExists, List<String> columns, Query query, boolean withData,
                         boolean temp, OnCommit onCommit, int pos) implements Statement {
    }

    /** What a temporary table's ON COMMIT clause does at the end of each transaction. */
    enum OnCommit {
        PRESERVE_ROWS, DELETE_ROWS, DROP
    }

    /** A column of CREATE TABLE; {@code identityOptions} the sequence options of an identity column, or null. */
    record ColumnDef(String name, TypeName type, boolean notNull, Expr defaultValue, String defaultText,
                     boolean primaryKey, boolean unique, List<TableConstraint> constraints, char identity, int pos,
                     CreateSequence identityOptions) {
        public ColumnDef(String name, TypeName type, boolean notNull, Expr defaultValue, String defaultText,
                         boolean primaryKey, boolean unique, List<TableConstraint> constraints, char identity, int pos) {
            this(name, type, notNull, defaultValue, defaultText, primaryKey, unique, constraints, identity, pos, null);
        }
    }

    /** PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY; {@code name} null when not given. */
    record TableConstraint(String name, Kind kind, List<String> columns, Expr check, String checkText,
                           List<String> refTable, List<String> refColumns, int pos) {
        public enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY }
    }

    /** CREATE SEQUENCE; null options are not given ({@code type} is the AS type name). */
    record CreateSequence(List<String> name, boolean ifNotExists, String type, Long increment, Long minValue,
                          Long maxValue, Long start, boolean cycle, int pos, boolean temp) implements Statement {
        public CreateSequence(List<String> name, boolean ifNotExists, String type, Long increment, Long minValue,
                              Long maxValue, Long start, boolean cycle, int pos) {
            this(name, ifNotExists, type, increment, minValue, maxValue, start, cycle, pos, false);
        }

        /** This sequence created TEMP. */
        public CreateSequence asTemp() {
            return new CreateSequence(name, ifNotExists, type, increment, minValue, maxValue, start, cycle, pos, true);
        }
    }

    /**
     * CREATE [OR REPLACE] [TEMP] VIEW name [(columns)] AS query; {@code queryText} is the query as
     * written (what the catalog keeps and plans again at each use).
     */
    record CreateView(List<String> name, boolean orReplace, List<String> columns, Query query, String queryText,
                      int pos, boolean temp) implements Statement {
        public CreateView(List<String> name, boolean orReplace, List<String> columns, Query query, String queryText, int pos) {
            this(name, orReplace, columns, query, queryText, pos, false);
        }
    }

    /** CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]; {@code name} is the role's when not given. */
    record CreateSchema(String name, boolean ifNotExists, String authorization, int pos) implements Statement {
    }

    /** CREATE INDEX; {@code where} (with its source text) for a partial index, else null. */
    record CreateIndex(String name, List<String> table, boolean unique, boolean ifNotExists,
                       List<IndexColumn> columns, Expr where, String whereText, int pos) implements Statement {

        public CreateIndex(String name, List<String> table, boolean unique, boolean ifNotExists,
                           List<IndexColumn> columns, int pos) {
            this(name, table, unique, ifNotExists, columns, null, null, pos);
        }
    }

    /** A key of CREATE INDEX: a column, or an expression ({@code column} null) with its source text. */
    record IndexColumn(String column, boolean descending, Expr expr, String exprText, int pos) {

        public IndexColumn(String column, boolean descending, int pos) {
            this(column, descending, null, null, pos);
        }
    }

    record Drop(String objectType, boolean ifExists, List<List<String>> names, boolean cascade, int pos)
            implements Statement {
    }

    /**
     * ALTER TABLE/VIEW/SEQUENCE/INDEX [IF EXISTS] name action, ...; {@code objectType} is the
     * lower-case word after ALTER (the relation must be of that kind, 42809 otherwise).
     */
    record AlterTable(List<String> table, boolean ifExists, List<AlterAction> actions, int pos, String objectType)
            implements Statement {
        public AlterTable(List<String> table, boolean ifExists, List<AlterAction> actions, int pos) {
            this(table, ifExists, actions, pos, "table");
        }
    }

    /** ALTER SCHEMA name RENAME TO newName, or ALTER SCHEMA name OWNER TO owner (the other null). */
    record AlterSchema(String name, String newName, String owner, int pos) implements Statement {
    }

    /** One ALTER TABLE action. */
    sealed interface AlterAction {
        record AddConstraint(TableConstraint constraint) implements AlterAction {
        }

        record AddColumn(ColumnDef column, boolean ifNotExists) implements AlterAction {
        }

        record DropColumn(String column, boolean ifExists, boolean cascade) implements AlterAction {
        }

        record DropConstraint(String name, boolean ifExists) implements AlterAction {
        }

        record RenameColumn(String from, String to) implements AlterAction {
        }

        record RenameTable(String to) implements AlterAction {
        }

        record AlterColumn(String column, String action, Expr defaultValue, String defaultText) implements AlterAction {
        }

        /** ALTER [COLUMN] c [SET DATA] TYPE type [USING expr]; {@code using} is null without USING. */
        record AlterColumnType(String column, TypeName type, Expr using, int pos) implements AlterAction {
        }

        record SetOptions(Map<String, String> options) implements AlterAction {
        }

        /** SET SCHEMA schema. */
        record SetSchema(String schema) implements AlterAction {
        }

        /** OWNER TO role ({@code role} is {@code current_user} or {@code session_user} for those keywords). */
        record OwnerTo(String role) implements AlterAction {
        }
    }

    record Truncate(List<List<String>> tables, int pos) implements Statement {
    }

    /**
     * COPY table [(cols)] FROM STDIN / TO STDOUT, or COPY (query) TO STDOUT. Options by lower-case
     * name: format (text/csv/binary), delimiter, null, header, quote, escape, freeze.
     */
    record Copy(List<String> table, List<String> columns, Query query, boolean from, String target,
                Map<String, String> options, int pos) implements Statement {
    }

    /**
     * VACUUM [ANALYZE] or ANALYZE ({@code vacuum} false). Empty table list means every table;
     * {@code columns} has each table's column list (empty: all columns).
     */
    record Vacuum(boolean vacuum, boolean analyze, boolean full, boolean verbose, List<List<String>> tables,
                  List<List<String>> columns, int pos) implements Statement {

        public Vacuum(boolean vacuum, boolean analyze, boolean full, List<List<String>> tables, int pos) {
            this(vacuum, analyze, full, false, tables, tables.stream().map(t -> List.<String>of()).toList(), pos);
        }
    }

    /** Transaction modes; null fields are not given. */
    record TxnModes(String isolation, Boolean readOnly, Boolean deferrable) {
    }

    record Begin(TxnModes modes) implements Statement {
    }

    record Commit(boolean chain) implements Statement {
    }

    record Rollback(String toSavepoint, boolean chain) implements Statement {
    }

    record Savepoint(String name, boolean release) implements Statement {
    }

    /** SET [LOCAL] name = value(s); {@code values} null for DEFAULT. */
    record SetVar(String name, List<String> values, boolean local, int pos) implements Statement {
    }

    /** SET TRANSACTION ... or SET SESSION CHARACTERISTICS AS TRANSACTION ... */
    record SetTransaction(TxnModes modes, boolean session) implements Statement {
    }

    record Show(String name, int pos) implements Statement {
    }

    /** RESET name; name "all" resets everything. */
    record Reset(String name, int pos) implements Statement {
    }

    /** CREATE ROLE/USER; options by lower-case keyword, password null when not given. */
    record CreateRole(String name, boolean isUser, Map<String, Object> options, int pos) implements Statement {
    }

    record AlterRole(String name, Map<String, Object> options, int pos) implements Statement {
    }

    record Discard(String what) implements Statement {
    }

    record Prepare(String name, List<TypeName> paramTypes, Statement statement, String statementText)
            implements Statement {
    }

    record Execute(String name, List<Expr> params, int pos) implements Statement {
    }

    record Deallocate(String name) implements Statement {
    }

    record Explain(Statement statement, boolean analyze) implements Statement {
    }

    record Checkpoint() implements Statement {
    }
}
