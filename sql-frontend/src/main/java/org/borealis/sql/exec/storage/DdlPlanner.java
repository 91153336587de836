package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.Cursor;
import org.borealis.sql.engine.IndexDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.Row;
import org.borealis.sql.engine.Table;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ExecContext;
import org.borealis.sql.exec.Execution;
import org.borealis.sql.exec.Plan;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.exec.RowsExecution;
import org.borealis.sql.exec.expr.BoundExpr;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.parser.ast.Statement.TableConstraint;
import org.borealis.sql.plan.Binder;
import org.borealis.sql.plan.FromPlanner;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.TableMeta;
import org.borealis.sql.plan.TypeNames;
import org.borealis.sql.parser.ast.FromItem;
import org.borealis.sql.session.SessionContext;
import org.borealis.sql.types.Casts;
import org.borealis.sql.types.PgType;
import org.borealis.sql.types.RowCodec;

/**
 * Plans DDL and maintenance: CREATE/DROP TABLE, CREATE/DROP INDEX, ALTER TABLE (through
 * {@link AlterTablePlanner}), TRUNCATE, VACUUM/ANALYZE, views ({@link ViewPlanner}), schemas
 * ({@link SchemaPlanner}), sequences
 * ({@link SequencePlanner}) and roles ({@link RolePlanner}).
 * Every change runs in the statement's transaction; constraint names follow PostgreSQL
 * ({@code t_pkey}, {@code t_col_key}, {@code t_col_fkey}, {@code t_col_check}, {@code t_col_idx}).
 */
final class DdlPlanner {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final SessionContext session;

    DdlPlanner(EngineStorageSession s, PlanContext pc, SessionContext session) {
        this.s = s;
        this.pc = pc;
        this.session = session;
    }

    Plan plan(Statement st) {
        return switch (st) {
            case Statement.CreateTable c -> run("CREATE TABLE", ctx -> createTable(c, ctx));
            case Statement.CreateTableAs c -> createTableAs(c);
            case Statement.Drop d -> drop(d);
            case Statement.CreateIndex c -> run("CREATE INDEX", ctx -> createIndex(c, ctx));
            case Statement.CreateSequence c -> run("CREATE SEQUENCE", () -> new SequencePlanner(s).create(c));
            case Statement.CreateView c -> run("CREATE VIEW", ctx -> new ViewPlanner(s, pc).create(c, ctx));
            case Statement.CreateSchema c -> run("CREATE SCHEMA", () -> new SchemaPlanner(s, pc, session, this).create(c));
            case Statement.AlterTable a when RelationAlterPlanner.takes(a, s.view().view(a.table()).isPresent()) -> run("ALTER " + a.objectType().toUpperCase(),
                    () -> new RelationAlterPlanner(s, pc, this).alter(a));
            case Statement.AlterTable a -> run("ALTER TABLE", ctx -> new AlterTablePlanner(s, pc, this, ctx).alter(a));
            case Statement.AlterSchema a -> run("ALTER SCHEMA", () -> new RelationMoves(s, pc, session).alterSchema(a.name(),
                    a.newName(), a.owner()));
            case Statement.Truncate t -> run("TRUNCATE TABLE", () -> truncate(t));
            case Statement.Vacuum v -> vacuum(v);
            case Statement.CreateRole r -> run("CREATE ROLE", () -> new RolePlanner(s, session).create(r));
            case Statement.AlterRole r -> run("ALTER ROLE", () -> new RolePlanner(s, session).alter(r));
            default -> null;
        };
    }

    private Plan run(String tag, Runnable body) {
        return run(tag, ctx -> body.run());
    }

    private Plan run(String tag, java.util.function.Consumer<ExecContext> body) {
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return null;
            }

            @Override
            public Execution start(ExecContext ctx) {
                body.accept(ctx);
                s.catalogChanged();
                return new RowsExecution(List.of(), tag);
            }

            @Override
            public boolean writes() {
                return true;
            }
        };
    }

    Catalog catalog() {
        return s.engine().catalog();
    }

    Transaction tx() {
        return s.tx();
    }

    SessionContext session() {
        return session;
    }

    private static String last(List<String> name) {
        return name.get(name.size() - 1);
    }

    // ------------------------------------------------------------------ CREATE TABLE

    private void createTable(Statement.CreateTable c, ExecContext ctx) {
        String name = last(c.name());
        String schema = s.creationSchema(c.name(), c.temp());
        if (catalog().relation(tx(), schema, name).isPresent()) {
            if (c.ifNotExists()) {
                exists(ctx, name);
                return;
            }
            throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        List<ColumnDef> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<TableConstraint> constraints = new ArrayList<>();
        java.util.Map<Integer, String> serials = new java.util.LinkedHashMap<>();
        java.util.Map<Integer, Statement.CreateSequence> identityOptions = new java.util.HashMap<>();
        for (Statement.ColumnDef cd : c.columns()) {
            if (!seen.add(cd.name())) {
                throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + cd.name() + "\" specified more than once");
            }
            if (SequencePlanner.isSerial(cd)) {
                String seq = uniqueName(schema, name + "_" + cd.name() + "_seq");
                serials.put(cols.size(), seq);
                identityOptions.put(cols.size(), cd.identityOptions());
                cols.add(SequencePlanner.serialColumn(cd, name, schema, seq));
            } else {
                cols.add(columnDef(cd));
            }
            constraints.addAll(cd.constraints());
        }
        constraints.addAll(c.constraints());
        RelationInfo rel = catalog().createTable(tx(), new TableDef(schema, name, cols));
        s.catalogChanged();
        s.onCommit(rel.oid(), c.onCommit());
        for (java.util.Map.Entry<Integer, String> e : serials.entrySet()) {
            ColumnDef col = cols.get(e.getKey());
            new SequencePlanner(s).createOwned(schema, e.getValue(), org.borealis.sql.types.Types.byOid(col.typeOid()),
                    rel.oid(), e.getKey() + 1, identityOptions.get(e.getKey()));
        }
        for (TableConstraint tc : constraints) {
            addConstraint(rel.oid(), tc);
        }
    }

    /**
     * CREATE TABLE ... AS query: the table takes the query's column names (or the given ones) and
     * types with their modifiers (an untyped literal becomes text, as in PostgreSQL), then the
     * query's rows are inserted as by INSERT ... SELECT, in the same transaction. Tag {@code SELECT n}
     * ({@code CREATE TABLE AS} with NO DATA or when IF NOT EXISTS found the table).
     */
    private Plan createTableAs(Statement.CreateTableAs c) {
        List<ResultColumn> result = pc.ctes().allowingModifying(c.query().with(),
                () -> new org.borealis.sql.plan.QueryPlanner(pc).plan(c.query()).columns());
        if (c.columns().size() > result.size()) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "too many column names were specified");
        }
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return null;
            }

            @Override
            public boolean writes() {
                return true;
            }

            @Override
            public Execution start(ExecContext ctx) {
                String name = last(c.name());
                String schema = s.creationSchema(c.name(), c.temp());
                if (catalog().relation(tx(), schema, name).isPresent()) {
                    if (!c.ifNotExists()) {
                        throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
                    }
                    ctx.session().notice("42P07", "relation \"" + name + "\" already exists, skipping");
                    return new RowsExecution(List.of(), "CREATE TABLE AS");
                }
                List<ColumnDef> cols = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < result.size(); i++) {
                    ResultColumn r = result.get(i);
                    String col = i < c.columns().size() ? c.columns().get(i) : r.name();
                    if (!seen.add(col)) {
                        throw new SqlException(SqlState.DUPLICATE_COLUMN, "column \"" + col + "\" specified more than once");
                    }
                    if (r.type() instanceof org.borealis.sql.types.RecordType
                            || r.type() instanceof org.borealis.sql.types.ArrayType at && at.element() instanceof org.borealis.sql.types.RecordType) {
                        throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "column \"" + col + "\" has pseudo-type "
                                + r.type().displayName());
                    }
                    boolean unknown = r.type() == org.borealis.sql.types.Types.UNKNOWN;
                    cols.add(new ColumnDef(col, (unknown ? org.borealis.sql.types.Types.TEXT : r.type()).oid(),
                            unknown ? -1 : r.typmod(), false, null, (char) 0));
                }
                RelationInfo rel = catalog().createTable(tx(), new TableDef(schema, name, cols));
                s.catalogChanged();
                s.onCommit(rel.oid(), c.onCommit());
                if (!c.withData()) {
                    return new RowsExecution(List.of(), "CREATE TABLE AS");
                }
                tx().commandCounterIncrement();
                // the query's own WITH may hold data-modifying queries: they run with the insert
                Plan insert = pc.ctes().topLevel(c.query().with(), () -> new DmlPlanner(s, pc).insert(
                        new Statement.Insert(List.of(schema, name), List.of(), c.query(), false, null, List.of(), c.pos())));
                long rows;
                try (Execution e = insert.start(ctx)) {
                    while (e.next() != null) {
                        ctx.checkCancel();
                    }
                    String tag = e.tag();
                    rows = Long.parseLong(tag.substring(tag.lastIndexOf(' ') + 1));
                }
                return new RowsExecution(List.of(), "SELECT " + rows);
            }
        };
    }

    ColumnDef columnDef(Statement.ColumnDef cd) {
        TypeNames.Resolved t = TypeNames.resolve(cd.type());
        String def = null;
        if (cd.defaultValue() != null) {
            // Bind once so a bad default fails now, as in PostgreSQL.
            new Binder(pc, org.borealis.sql.plan.Scope.empty()).bind(cd.defaultValue(), t.type(), t.typmod(), Casts.Context.ASSIGNMENT);
            def = cd.defaultText();
        }
        return new ColumnDef(cd.name(), t.type().oid(), t.typmod(), cd.notNull(), def, (char) 0);
    }

    // ------------------------------------------------------------------ constraints

    TableMeta meta(int oid) {
        s.catalogChanged();
        return s.view().table(oid).orElseThrow();
    }

    void addConstraint(int tableOid, TableConstraint tc) {
        TableMeta t = meta(tableOid);
        int[] cols = columns(t, tc.columns());
        String colNames = String.join("_", tc.columns());
        switch (tc.kind()) {
            case PRIMARY_KEY -> {
                if (t.primaryKey() != null) {
                    throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "multiple primary keys for table \""
                            + t.name() + "\" are not allowed");
                }
                checkNoNulls(t, cols);
                String name = tc.name() != null ? tc.name() : uniqueName(t.schema(), t.name() + "_pkey");
                catalog().addConstraint(tx(), new ConstraintDef(name, tableOid, ConstraintKind.PRIMARY_KEY, attnums(t, cols), 0,
                        keyOf(t, cols), 0, List.of(), (char) 0, (char) 0, null));
            }
            case UNIQUE -> {
                String name = tc.name() != null ? tc.name() : uniqueName(t.schema(), t.name() + "_" + colNames + "_key");
                catalog().addConstraint(tx(), new ConstraintDef(name, tableOid, ConstraintKind.UNIQUE, attnums(t, cols), 0,
                        keyOf(t, cols), 0, List.of(), (char) 0, (char) 0, null));
            }
            case CHECK -> {
                String first = tc.columns().isEmpty() ? "" : "_" + tc.columns().get(0);
                String name = tc.name() != null ? tc.name() : uniqueName(t.schema(), t.name() + first + "_check");
                BoundExpr check = new Binder(pc, scope(t)).bindCondition(tc.check(), "CHECK");
                validateExisting(t, row -> {
                    if (Boolean.FALSE.equals(check.eval(new ExecContext(new Object[0], pc.format(), java.time.Instant.now(), null), row))) {
                        throw new SqlException(SqlState.CHECK_VIOLATION, "check constraint \"" + name + "\" of relation \""
                                + t.name() + "\" is violated by some row");
                    }
                });
                catalog().addConstraint(tx(), new ConstraintDef(name, tableOid, ConstraintKind.CHECK, attnums(t, cols), 0,
                        null, 0, List.of(), (char) 0, (char) 0, tc.checkText()));
            }
            case FOREIGN_KEY -> foreignKey(t, cols, tc, colNames);
        }
    }

    private void foreignKey(TableMeta t, int[] cols, TableConstraint tc, String colNames) {
        TableMeta parent = s.view().table(tc.refTable()).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                "relation \"" + String.join(".", tc.refTable()) + "\" does not exist"));
        int[] refCols;
        if (tc.refColumns().isEmpty()) {
            TableMeta.IndexMeta pk = parent.primaryKey();
            if (pk == null) {
                throw new SqlException(SqlState.INVALID_FOREIGN_KEY, "there is no primary key for referenced table \""
                        + parent.name() + "\"");
            }
            refCols = pk.columns();
        } else {
            refCols = columns(parent, tc.refColumns());
            boolean unique = false;
            for (TableMeta.IndexMeta i : parent.indexes()) {
                unique |= i.unique() && i.plain() && java.util.Arrays.equals(i.columns(), refCols);
            }
            if (!unique) {
                throw new SqlException(SqlState.INVALID_FOREIGN_KEY, "there is no unique constraint matching given keys for referenced table \""
                        + parent.name() + "\"");
            }
        }
        if (refCols.length != cols.length) {
            throw new SqlException(SqlState.INVALID_FOREIGN_KEY, "number of referencing and referenced columns for foreign key disagree");
        }
        for (int i = 0; i < cols.length; i++) {
            PgType a = t.columns().get(cols[i]).type();
            PgType b = parent.columns().get(refCols[i]).type();
            if (a != b && !(Casts.numericRank(a) > 0 && Casts.numericRank(b) > 0)) {
                throw new SqlException(SqlState.DATATYPE_MISMATCH, "foreign key constraint cannot be implemented")
                        .withDetail("Key columns \"" + t.columns().get(cols[i]).name() + "\" and \""
                                + parent.columns().get(refCols[i]).name() + "\" are of incompatible types: "
                                + a.displayName() + " and " + b.displayName() + ".");
            }
        }
        String name = tc.name() != null ? tc.name() : uniqueName(t.schema(), t.name() + "_" + colNames + "_fkey");
        TableMeta.ForeignKey fk = new TableMeta.ForeignKey(name, cols, parent.oid(), refCols);
        TableMeta withFk = new TableMeta(t.oid(), t.schema(), t.name(), t.columns(), t.indexes(), List.of(fk), List.of(),
                t.layout());
        ForeignKeys checker = new ForeignKeys(s, withFk);
        validateExisting(t, row -> checker.checkParents(row, null));
        catalog().addConstraint(tx(), new ConstraintDef(name, t.oid(), ConstraintKind.FOREIGN_KEY, attnums(t, cols), 0, null,
                parent.oid(), attnums(parent, refCols), 'a', 'a', null));
    }

    private void validateExisting(TableMeta t, java.util.function.Consumer<Object[]> check) {
        Table table = s.engine().table(t.oid());
        SeqScanOp.requireFormat(t.layout(), tx(), t.name());
        try (Cursor<Row> c = table.scan(tx())) {
            while (c.hasNext()) {
                check.accept(t.layout().decode(c.next().data()));
            }
        }
    }

    void checkNoNulls(TableMeta t, int[] cols) {
        validateExisting(t, row -> {
            for (int c : cols) {
                if (row[c] == null) {
                    throw new SqlException(SqlState.NOT_NULL_VIOLATION, "column \"" + t.columns().get(c).name()
                            + "\" of relation \"" + t.name() + "\" contains null values");
                }
            }
        });
    }

    static java.util.function.Function<byte[], byte[]> keyOf(TableMeta t, int[] cols) {
        PgType[] types = t.types();
        for (int c : cols) {
            if (types[c] == org.borealis.sql.types.Types.JSON) {
                throw new SqlException(SqlState.UNDEFINED_OBJECT, "data type json has no default operator class for access method \"btree\"")
                        .withHint("You must specify an operator class for the index or define a default operator class for the data type.");
            }
        }
        return data -> RowKeys.keyOfStored(cols, t, data);
    }

    private static int[] columns(TableMeta t, List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            TableMeta.Column c = t.column(names.get(i));
            if (c == null) {
                throw new SqlException(SqlState.UNDEFINED_COLUMN, "column \"" + names.get(i) + "\" named in key does not exist");
            }
            out[i] = c.index();
        }
        return out;
    }

    static List<Integer> attnums(TableMeta t, int[] cols) {
        List<Integer> out = new ArrayList<>();
        for (int c : cols) {
            out.add(t.attnum(c));
        }
        return out;
    }

    private String uniqueName(String schema, String base) {
        String name = base.length() > 63 ? base.substring(0, 63) : base;
        for (int i = 1; catalog().relation(tx(), schema, name).isPresent() || constraintExists(schema, name); i++) {
            name = base + i;
        }
        return name;
    }

    /** Whether a constraint of that name exists in the schema (PostgreSQL's names are unique per namespace). */
    private boolean constraintExists(String schema, String name) {
        for (RelationInfo r : catalog().relations(tx())) {
            if (r.kind() == RelationKind.TABLE && sameSchema(schema, r.schema())) {
                for (ConstraintInfo c : catalog().constraints(tx(), r.oid())) {
                    if (c.name().equals(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean sameSchema(String a, String b) {
        return (a == null ? "public" : a).equals(b == null ? "public" : b);
    }

    static org.borealis.sql.plan.Scope scope(TableMeta t) {
        return FromPlanner.tableScope(t, new FromItem.Table(List.of(t.name()), null, List.of(), 0));
    }

    // ------------------------------------------------------------------ indexes

    private void createIndex(Statement.CreateIndex c, ExecContext ctx) {
        if (s.view().view(c.table()).isPresent()) {
            throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "cannot create index on relation \""
                    + last(c.table()) + "\"").withDetail("This operation is not supported for views.");
        }
        TableMeta t = s.view().table(c.table()).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                "relation \"" + String.join(".", c.table()) + "\" does not exist"));
        if (c.where() != null || c.columns().stream().anyMatch(ic -> ic.expr() != null)) {
            IndexExprs.Built b = IndexExprs.build(pc, t, c);
            String name = indexName(c, t, b.names(), ctx);
            if (name == null) {
                return;
            }
            TableMeta.IndexMeta im = b.meta(name);
            catalog().createIndex(tx(), new IndexDef(t.schema(), name, t.oid(), b.attnums(), c.unique(), false,
                    data -> RowKeys.keyOfStored(im, t, data), b.exprColumns(), c.whereText()));
            return;
        }
        List<String> names = new ArrayList<>();
        c.columns().forEach(ic -> names.add(ic.column()));
        int[] cols = columns(t, names);
        String name = indexName(c, t, names, ctx);
        if (name == null) {
            return;
        }
        catalog().createIndex(tx(), new IndexDef(t.schema(), name, t.oid(), attnums(t, cols), c.unique(), false, keyOf(t, cols)));
    }

    /**
     * The new index's name: the one given (42P07 when the schema has a relation of that name, or
     * null after IF NOT EXISTS's notice), else PostgreSQL's {@code table_keys_idx} made unique.
     */
    private String indexName(Statement.CreateIndex c, TableMeta t, List<String> keyNames, ExecContext ctx) {
        String name = c.name();
        if (name != null && catalog().relation(tx(), t.schema(), name).isPresent()) {
            if (c.ifNotExists()) {
                exists(ctx, name);
                return null;
            }
            throw new SqlException(SqlState.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
        }
        return name != null ? name : uniqueName(t.schema(), t.name() + "_" + String.join("_", keyNames) + "_idx");
    }

    // ------------------------------------------------------------------ DROP

    private Plan drop(Statement.Drop d) {
        return switch (d.objectType()) {
            case "table" -> run("DROP TABLE", ctx -> dropTables(d).forEach(n -> skipped(ctx, "table", n)));
            case "index" -> run("DROP INDEX", ctx -> {
                for (List<String> n : d.names()) {
                    Optional<RelationInfo> r = s.view().relation(n);
                    if (r.isEmpty() || r.get().kind() != RelationKind.INDEX) {
                        if (d.ifExists()) {
                            skipped(ctx, "index", last(n));
                            continue;
                        }
                        throw new SqlException(SqlState.UNDEFINED_OBJECT, "index \"" + last(n) + "\" does not exist");
                    }
                    catalog().dropIndex(tx(), r.get().oid());
                }
            });
            case "role" -> run("DROP ROLE", () -> new RolePlanner(s, session).drop(d));
            case "sequence" -> run("DROP SEQUENCE", ctx -> new SequencePlanner(s).drop(d, n -> skipped(ctx, "sequence", n)));
            case "view" -> run("DROP VIEW", ctx -> new ViewPlanner(s, pc).drop(d, n -> skipped(ctx, "view", n)));
            case "schema" -> run("DROP SCHEMA", ctx -> new SchemaPlanner(s, pc, session, this).drop(d, n -> skipped(ctx, "schema", n)));
            default -> throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "DROP " + d.objectType().toUpperCase() + " is not supported yet");
        };
    }

    /** CREATE ... IF NOT EXISTS of an existing relation: PostgreSQL's NOTICE. */
    private static void exists(ExecContext ctx, String name) {
        if (ctx.session() != null) {
            ctx.session().notice("42P07", "relation \"" + name + "\" already exists, skipping");
        }
    }

    /** DROP ... IF EXISTS of a missing object: PostgreSQL's NOTICE. */
    private static void skipped(ExecContext ctx, String kind, String name) {
        if (ctx.session() != null) {
            ctx.session().notice("00000", kind + " \"" + name + "\" does not exist, skipping");
        }
    }

    /** Drops the tables of {@code d}; returns the names IF EXISTS skipped. */
    List<String> dropTables(Statement.Drop d) {
        List<String> skipped = new ArrayList<>();
        List<RelationInfo> targets = new ArrayList<>();
        for (List<String> n : d.names()) {
            Optional<RelationInfo> r = s.view().relation(n);
            if (r.isPresent() && r.get().kind() == RelationKind.VIEW) {
                throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + last(n) + "\" is not a table")
                        .withHint("Use DROP VIEW to remove a view.");
            }
            if (r.isEmpty() || r.get().kind() != RelationKind.TABLE) {
                if (d.ifExists()) {
                    skipped.add(last(n));
                    continue;
                }
                throw new SqlException(SqlState.UNDEFINED_TABLE, "table \"" + last(n) + "\" does not exist");
            }
            targets.add(r.get());
        }
        Set<Integer> oids = new HashSet<>();
        targets.forEach(r -> oids.add(r.oid()));
        // Foreign keys among the dropped tables go with them; others need CASCADE.
        for (RelationInfo r : targets) {
            for (ConstraintInfo c : catalog().referencingConstraints(tx(), r.oid())) {
                if (c.kind() != ConstraintKind.FOREIGN_KEY || c.tableOid() == r.oid()) {
                    continue;
                }
                if (!oids.contains(c.tableOid()) && !d.cascade()) {
                    String child = catalog().relation(tx(), c.tableOid()).map(RelationInfo::name).orElse("?");
                    throw new SqlException(SqlState.DEPENDENT_OBJECTS_STILL_EXIST, "cannot drop table " + r.name()
                            + " because other objects depend on it")
                            .withDetail("constraint " + c.name() + " on table " + child + " depends on table " + r.name())
                            .withHint("Use DROP ... CASCADE to drop the dependent objects too.");
                }
                catalog().dropConstraint(tx(), c.oid());
            }
        }
        new ViewPlanner(s, pc).dropReaders(targets, d.cascade());
        for (RelationInfo r : targets) {
            catalog().dropTable(tx(), r.oid());
        }
        return skipped;
    }

    // ------------------------------------------------------------------ TRUNCATE, VACUUM

    private void truncate(Statement.Truncate tr) {
        List<TableMeta> targets = new ArrayList<>();
        Set<Integer> oids = new HashSet<>();
        for (List<String> n : tr.tables()) {
            if (s.view().view(n).isPresent()) {
                throw new SqlException(SqlState.WRONG_OBJECT_TYPE, "\"" + last(n) + "\" is not a table");
            }
            TableMeta t = s.view().table(n).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                    "relation \"" + String.join(".", n) + "\" does not exist"));
            targets.add(t);
            oids.add(t.oid());
        }
        for (TableMeta t : targets) {
            for (ConstraintInfo c : catalog().referencingConstraints(tx(), t.oid())) {
                if (c.kind() == ConstraintKind.FOREIGN_KEY && !oids.contains(c.tableOid())) {
                    throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot truncate a table referenced in a foreign key constraint")
                            .withHint("Truncate table \"" + catalog().relation(tx(), c.tableOid()).map(RelationInfo::name).orElse("?")
                                    + "\" at the same time, or use TRUNCATE ... CASCADE.");
                }
            }
        }
        for (TableMeta t : targets) {
            Table table = s.engine().table(t.oid());
            List<org.borealis.sql.engine.Tid> tids = new ArrayList<>();
            try (Cursor<Row> c = table.scan(tx())) {
                while (c.hasNext()) {
                    tids.add(c.next().tid());
                }
            }
            for (org.borealis.sql.engine.Tid tid : tids) {
                table.delete(tx(), tid);
            }
        }
    }

    private Plan vacuum(Statement.Vacuum v) {
        List<Integer> oids = new ArrayList<>();
        List<TableMeta> metas = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<List<String>> columns = new ArrayList<>();
        for (int i = 0; i < v.tables().size(); i++) {
            List<String> n = v.tables().get(i);
            java.util.Optional<TableMeta> t = s.view().table(n);
            if (t.isEmpty() && s.view().view(n).isPresent()) {
                skipped.add(last(n)); // PostgreSQL warns and goes on
                continue;
            }
            oids.add(t.orElseThrow(() -> new SqlException(SqlState.UNDEFINED_TABLE,
                    "relation \"" + String.join(".", n) + "\" does not exist")).oid());
            metas.add(t.get());
            columns.add(v.columns().get(i));
        }
        String tag = v.vacuum() ? "VACUUM" : "ANALYZE";
        return new Plan() {
            @Override
            public List<ResultColumn> columns() {
                return null;
            }

            @Override
            public Execution start(ExecContext ctx) {
                if (ctx.session() != null) {
                    skipped.forEach(n -> ctx.session().notice("01000", "skipping \"" + n
                            + "\" --- cannot " + (v.vacuum() ? "vacuum" : "analyze") + " non-tables or special system tables"));
                }
                if (v.analyze()) {
                    analyze(v, metas, columns, ctx);
                }
                if (v.vacuum()) {
                    // VACUUM works outside any transaction of this session, so its own snapshot holds nothing back.
                    s.commit();
                    if (v.tables().isEmpty()) {
                        s.engine().vacuumAll();
                    } else {
                        oids.forEach(s.engine()::vacuum);
                    }
                }
                return new RowsExecution(List.of(), tag);
            }

            @Override
            public boolean writes() {
                return v.analyze();
            }
        };
    }

    /** ANALYZE of the named tables (with their column lists), or of every user table. */
    private void analyze(Statement.Vacuum v, List<TableMeta> metas, List<List<String>> named, ExecContext ctx) {
        List<TableMeta> targets = new ArrayList<>(metas);
        List<List<String>> columns = new ArrayList<>(named);
        if (targets.isEmpty() && v.tables().isEmpty()) {
            for (org.borealis.sql.engine.RelationInfo r : catalog().relations(tx())) {
                if (r.kind() == org.borealis.sql.engine.RelationKind.TABLE && !r.system()) {
                    targets.add(s.view().meta(r));
                    columns.add(List.of());
                }
            }
        }
        Analyze analyze = new Analyze(s);
        for (int i = 0; i < targets.size(); i++) {
            TableMeta t = targets.get(i);
            if (org.borealis.sql.pgcatalog.PgCatalog.byOid(t.oid()).isPresent()) {
                continue; // pg_catalog relations are computed, not stored: nothing to sample
            }
            if (v.verbose() && ctx.session() != null) {
                ctx.session().notice("00000", "analyzing \"" + t.schema() + "." + t.name() + "\"");
            }
            Analyze.Report r = analyze.run(t, columns.get(i), System.nanoTime());
            if (v.verbose() && ctx.session() != null) {
                ctx.session().notice("00000", "\"" + t.name() + "\": scanned " + r.pages() + " of " + r.pages()
                        + " pages, containing " + r.liveRows() + " live rows and 0 dead rows; " + r.sampled()
                        + " rows in sample, " + r.liveRows() + " estimated total rows");
            }
        }
        s.catalogChanged();
    }
}
