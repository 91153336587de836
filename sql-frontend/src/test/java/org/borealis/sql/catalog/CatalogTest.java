package org.borealis.sql.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.ConstraintDef;
import org.borealis.sql.engine.ConstraintInfo;
import org.borealis.sql.engine.ConstraintKind;
import org.borealis.sql.engine.Engine;
import org.borealis.sql.engine.IndexInfo;
import org.borealis.sql.engine.Isolation;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SequenceDef;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.Session;
import org.borealis.sql.engine.TableDef;
import org.borealis.sql.engine.Tid;
import org.borealis.sql.engine.Transaction;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.testutil.EngineFixture;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Transaction begin(Engine e) {
        Transaction tx = e.openSession().begin(Isolation.READ_COMMITTED, false);
        tx.startStatement();
        return tx;
    }

    private static SqlState stateOf(Throwable t) {
        return ((SqlException) t).state();
    }

    private static TableDef orders() {
        return new TableDef(null, "orders", List.of(ColumnDef.of("id", 23), ColumnDef.of("customer", 23),
                ColumnDef.of("note", 25).withDefault("'none'")));
    }

    @Test
    void aDroppedColumnKeepsItsAttnumAndIsReadBackAfterCommit() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Catalog c = e.catalog();
            Transaction tx = begin(e);
            RelationInfo r = c.createTable(tx, orders());
            tx.commit();
            Transaction drop = begin(e);
            c.dropColumn(drop, r.oid(), 2);
            assertThat(c.relation(null, "public", "orders").orElseThrow().hasDropped()).as("not committed yet").isFalse();
            drop.commit();
            RelationInfo after = c.relation(null, "public", "orders").orElseThrow();
            assertThat(after.columns()).hasSize(3);
            assertThat(after.columns().get(1)).isEqualTo(new ColumnDef("........pg.dropped.2........", 23, -1, false, null,
                    (char) 0, true));
            assertThat(after.attnum("customer")).isZero();
            assertThat(after.attnum("note")).isEqualTo(3);
            assertThat(after.columns().get(2).defaultExpr()).isEqualTo("'none'");
            Transaction again = begin(e);
            assertThatThrownBy(() -> c.dropColumn(again, r.oid(), 2))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.UNDEFINED_COLUMN));
            again.rollback();
        }
    }

    @Test
    void ddlIsTransactional() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Catalog c = e.catalog();
            Transaction tx = begin(e);
            RelationInfo r = c.createTable(tx, orders());
            assertThat(c.relation(tx, "public", "orders")).as("own DDL visible at once").isPresent();
            assertThat(c.relation(null, "public", "orders")).as("not committed yet").isEmpty();
            Transaction other = begin(e);
            assertThat(c.relation(other, "public", "orders")).isEmpty();
            tx.rollback();
            assertThat(c.relation(null, "public", "orders")).isEmpty();
            assertThatThrownBy(() -> e.table(r.oid())).satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.UNDEFINED_TABLE));
            other.commit();

            Transaction again = begin(e);
            RelationInfo made = c.createTable(again, orders());
            again.commit();
            assertThat(c.relation(null, "public", "orders")).hasValue(made);
            assertThat(made.columns().get(2).defaultExpr()).isEqualTo("'none'");
            Transaction dup = begin(e);
            assertThatThrownBy(() -> c.createTable(dup, orders()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DUPLICATE_TABLE));
            dup.rollback();
        }
    }

    @Test
    void constraintsIndexesSequencesRolesAndSettingsSurviveARestart() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Catalog c = e.catalog();
            Transaction tx = begin(e);
            RelationInfo customers = c.createTable(tx, new TableDef(null, "customers", List.of(ColumnDef.of("id", 23))));
            RelationInfo orders = c.createTable(tx, orders());
            ConstraintInfo pk = c.addConstraint(tx, new ConstraintDef("customers_pkey", customers.oid(),
                    ConstraintKind.PRIMARY_KEY, List.of(1), 0, row -> row, 0, List.of(), (char) 0, (char) 0, null));
            ConstraintInfo fk = c.addConstraint(tx, new ConstraintDef("orders_customer_fkey", orders.oid(),
                    ConstraintKind.FOREIGN_KEY, List.of(2), 0, null, customers.oid(), List.of(1), 'a', 'a', null));
            c.addConstraint(tx, new ConstraintDef("orders_id_check", orders.oid(), ConstraintKind.CHECK, List.of(),
                    0, null, 0, List.of(), (char) 0, (char) 0, "id > 0"));
            SequenceInfo seq = c.createSequence(tx, new SequenceDef(null, "orders_id_seq", 1, 1, Long.MAX_VALUE, 1,
                    false, orders.oid(), 1));
            c.addColumn(tx, orders.oid(), ColumnDef.of("total", 1700).withNotNull(true));
            c.createRole(tx, new RoleInfo(0, "alice", false, true, "SCRAM-SHA-256$4096:abc$def:ghi"));
            c.setSetting(tx, "work_mem", "8MB");
            tx.commit();
            assertThat(c.relation(null, "public", "customers").orElseThrow().columns().get(0).notNull())
                    .as("primary key columns become NOT NULL").isTrue();

            Session s = e.openSession();
            assertThatThrownBy(() -> s.currval(seq.oid()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE));
            assertThat(s.nextval(null, seq.oid())).isEqualTo(1);
            assertThat(s.nextval(null, seq.oid())).isEqualTo(2);
            assertThat(s.currval(seq.oid())).isEqualTo(2);
            s.setval(null, seq.oid(), 41, true);
            assertThat(s.nextval(null, seq.oid())).isEqualTo(42);
            e.close();

            Engine back = fx.open();
            Catalog c2 = back.catalog();
            RelationInfo o = c2.relation(null, "public", "orders").orElseThrow();
            assertThat(o.columns()).extracting(ColumnDef::name).containsExactly("id", "customer", "note", "total");
            assertThat(c2.constraints(null, o.oid())).extracting(ConstraintInfo::name)
                    .containsExactly("orders_customer_fkey", "orders_id_check");
            assertThat(c2.referencingConstraints(null, customers.oid())).containsExactly(fk);
            List<IndexInfo> idx = c2.indexes(null, customers.oid());
            assertThat(idx).singleElement().satisfies(i -> {
                assertThat(i.primary()).isTrue();
                assertThat(i.oid()).isEqualTo(pk.indexOid());
            });
            assertThat(c2.role(null, "alice").orElseThrow().passwordVerifier()).startsWith("SCRAM-SHA-256$");
            assertThat(c2.setting(null, "work_mem")).hasValue("8MB");
            Session s2 = back.openSession();
            assertThat(s2.nextval(null, seq.oid())).as("sequence state is logged").isEqualTo(43);

            Transaction drop = begin(back);
            assertThatThrownBy(() -> c2.dropTable(drop, customers.oid()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DEPENDENT_OBJECTS_STILL_EXIST));
            drop.rollback();
            Transaction drop2 = begin(back);
            c2.dropTable(drop2, o.oid());
            c2.dropTable(drop2, customers.oid());
            drop2.commit();
            assertThat(c2.relation(null, "public", "orders")).isEmpty();
            assertThat(c2.sequence(null, seq.oid())).as("owned sequence dropped").isEmpty();
            assertThat(c2.indexes(null, customers.oid())).isEmpty();
        }
    }

    @Test
    void viewsAreTransactionalKeepTheirReadersAndSurviveARestart() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Catalog c = e.catalog();
            Transaction tx = begin(e);
            RelationInfo t = c.createTable(tx, orders());
            String longQuery = "SELECT id FROM orders WHERE note <> '" + "x".repeat(5_000) + "'";
            assertThatThrownBy(() -> c.createView(tx, new ViewDef(null, "too_long", List.of(ColumnDef.of("id", 23)),
                    longQuery.repeat(3), null, List.of(t.oid()))))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.PROGRAM_LIMIT_EXCEEDED));
            ViewInfo v = c.createView(tx, new ViewDef(null, "big_orders", List.of(ColumnDef.of("id", 23)), longQuery,
                    "\"$user\", public", List.of(t.oid())));
            ViewInfo w = c.createView(tx, new ViewDef(null, "on_view", List.of(ColumnDef.of("id", 23)),
                    "SELECT id FROM big_orders", null, List.of(v.oid())));
            assertThat(c.relation(tx, "public", "big_orders").orElseThrow().kind()).isEqualTo(RelationKind.VIEW);
            assertThatThrownBy(() -> c.createView(tx, new ViewDef(null, "orders", List.of(), "SELECT 1", null, List.of())))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DUPLICATE_TABLE));
            tx.commit();

            Transaction undone = begin(e);
            c.dropView(undone, w.oid());
            assertThat(c.view(undone, w.oid())).isEmpty();
            undone.rollback();
            assertThat(c.view(null, w.oid())).isPresent();

            Transaction refused = begin(e);
            assertThatThrownBy(() -> c.dropTable(refused, t.oid()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DEPENDENT_OBJECTS_STILL_EXIST));
            refused.rollback();
            Transaction refused2 = begin(e);
            assertThatThrownBy(() -> c.dropView(refused2, v.oid()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DEPENDENT_OBJECTS_STILL_EXIST));
            assertThatThrownBy(() -> c.renameTable(refused2, t.oid(), "renamed"))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED));
            refused2.rollback();
            e.close();

            Engine back = fx.open();
            Catalog c2 = back.catalog();
            ViewInfo again = c2.view(null, v.oid()).orElseThrow();
            assertThat(again).isEqualTo(new ViewInfo(v.oid(), new ViewDef("public", "big_orders",
                    List.of(ColumnDef.of("id", 23)), longQuery, "\"$user\", public", List.of(t.oid()))));
            assertThat(c2.dependentViews(null, t.oid())).extracting(ViewInfo::oid).containsExactly(v.oid());
            assertThat(c2.dependentViews(null, v.oid())).extracting(ViewInfo::oid).containsExactly(w.oid());

            Transaction replace = begin(back);
            c2.replaceView(replace, w.oid(), new ViewDef(null, "on_view", List.of(ColumnDef.of("id", 23),
                    ColumnDef.of("n", 20)), "SELECT id, 1::bigint AS n FROM orders", null, List.of(t.oid())));
            c2.dropView(replace, v.oid());
            replace.commit();
            assertThat(c2.relation(null, "public", "on_view").orElseThrow().columns()).extracting(ColumnDef::name)
                    .containsExactly("id", "n");
            assertThat(c2.relation(null, "public", "big_orders")).isEmpty();
            Transaction drop = begin(back);
            c2.dropView(drop, w.oid());
            c2.dropTable(drop, t.oid());
            drop.commit();
            assertThat(c2.view(null, w.oid())).isEmpty();
        }
    }

    @Test
    void renamesAndColumnChangesAreTransactionalAndSurviveARestart() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Catalog c = e.catalog();
            Transaction tx = begin(e);
            RelationInfo t = c.createTable(tx, orders());
            c.createTable(tx, new TableDef(null, "taken", List.of(ColumnDef.of("id", 23))));
            tx.commit();

            Transaction undone = begin(e);
            c.renameTable(undone, t.oid(), "gone");
            c.replaceColumn(undone, t.oid(), 1, ColumnDef.of("ident", 23));
            assertThat(c.relation(undone, "public", "gone")).as("own DDL visible at once").isPresent();
            undone.rollback();
            assertThat(c.relation(null, "public", "orders").orElseThrow().columns().get(0).name()).isEqualTo("id");
            assertThat(c.relation(null, "public", "gone")).isEmpty();

            Transaction dup = begin(e);
            assertThatThrownBy(() -> c.renameTable(dup, t.oid(), "taken"))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DUPLICATE_TABLE));
            assertThatThrownBy(() -> c.replaceColumn(dup, t.oid(), 1, ColumnDef.of("customer", 23)))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.DUPLICATE_COLUMN));
            assertThatThrownBy(() -> c.replaceColumn(dup, t.oid(), 1, ColumnDef.of("id", 25)))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.FEATURE_NOT_SUPPORTED));
            dup.rollback();

            Transaction done = begin(e);
            c.renameTable(done, t.oid(), "purchases");
            c.replaceColumn(done, t.oid(), 3, ColumnDef.of("remark", 25).withNotNull(true).withDefault("'x'"));
            done.commit();
            e.close();

            Engine back = fx.open();
            RelationInfo r = back.catalog().relation(null, "public", "purchases").orElseThrow();
            assertThat(r.oid()).isEqualTo(t.oid());
            assertThat(r.columns()).extracting(ColumnDef::name).containsExactly("id", "customer", "remark");
            assertThat(r.columns().get(2).notNull()).isTrue();
            assertThat(r.columns().get(2).defaultExpr()).isEqualTo("'x'");
            assertThat(back.catalog().relation(null, "public", "orders")).isEmpty();
        }
    }

    @Test
    void aPrimaryKeyOnDuplicateRowsFails() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            RelationInfo t = EngineFixture.createTable(e, "t");
            Transaction tx = begin(e);
            Tid a = e.table(t.oid()).insert(tx, EngineFixture.row(1, 1));
            e.table(t.oid()).insert(tx, EngineFixture.row(1, 2));
            tx.commit();
            Transaction ddl = begin(e);
            assertThatThrownBy(() -> e.catalog().addConstraint(ddl, new ConstraintDef("t_pkey", t.oid(),
                    ConstraintKind.PRIMARY_KEY, List.of(1), 0, row -> EngineFixture.key(EngineFixture.id(row)), 0,
                    List.of(), (char) 0, (char) 0, null)))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.UNIQUE_VIOLATION));
            ddl.rollback();
            assertThat(e.catalog().indexes(null, t.oid())).isEmpty();
            assertThat(a).isNotNull();
        }
    }

    @Test
    void sequencesStopAtTheirLimitUnlessTheyCycle() {
        try (EngineFixture fx = new EngineFixture()) {
            Engine e = fx.open();
            Transaction tx = begin(e);
            SequenceInfo up = e.catalog().createSequence(tx, new SequenceDef(null, "up", 2, 1, 5, 1, false, 0, 0));
            SequenceInfo cyc = e.catalog().createSequence(tx, new SequenceDef(null, "cyc", -1, 1, 2, 2, true, 0, 0));
            tx.commit();
            Session s = e.openSession();
            assertThat(List.of(s.nextval(null, up.oid()), s.nextval(null, up.oid()), s.nextval(null, up.oid())))
                    .containsExactly(1L, 3L, 5L);
            assertThatThrownBy(() -> s.nextval(null, up.oid()))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.SEQUENCE_GENERATOR_LIMIT_EXCEEDED));
            assertThat(List.of(s.nextval(null, cyc.oid()), s.nextval(null, cyc.oid()), s.nextval(null, cyc.oid())))
                    .containsExactly(2L, 1L, 2L);
            assertThat(s.lastval()).isEqualTo(2);
            assertThatThrownBy(() -> s.setval(null, up.oid(), 99, true))
                    .satisfies(x -> assertThat(stateOf(x)).isEqualTo(SqlState.NUMERIC_VALUE_OUT_OF_RANGE));
        }
    }
}
