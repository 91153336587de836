package org.borealis.sql.exec.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.borealis.sql.engine.Catalog;
import org.borealis.sql.engine.ColumnDef;
import org.borealis.sql.engine.RelationInfo;
import org.borealis.sql.engine.RelationKind;
import org.borealis.sql.engine.RoleInfo;
import org.borealis.sql.engine.SequenceInfo;
import org.borealis.sql.engine.ViewDef;
import org.borealis.sql.engine.ViewInfo;
import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.exec.ResultColumn;
import org.borealis.sql.parser.StatementParser;
import org.borealis.sql.parser.ast.Query;
import org.borealis.sql.pgcatalog.Idents;
import org.borealis.sql.plan.PlanContext;
import org.borealis.sql.plan.QueryPlanner;
import org.borealis.sql.session.SessionContext;
import org.borealis.sql.types.Types;

/**
 * Renames and schema moves of relations and schemas (ALTER ... RENAME TO, SET SCHEMA, ALTER
 * SCHEMA ... RENAME TO) and OWNER TO. A table moves with its indexes and the sequences it owns.
 * What names the moved objects as text follows them: the queries and search paths of the views
 * that read them ({@link ViewTexts}; each rewritten view is planned again and must read the same
 * relations and give the same columns, else 0A000) and the {@code nextval('seq'::regclass)}
 * defaults of columns using a moved sequence.
 */
final class RelationMoves {

    private final EngineStorageSession s;
    private final PlanContext pc;
    private final SessionContext session;

    RelationMoves(EngineStorageSession s, PlanContext pc, SessionContext session) {
        this.s = s;
        this.pc = pc;
        this.session = session;
    }

    private Catalog catalog() {
        return s.engine().catalog();
    }

    /** RENAME TO / SET SCHEMA of relation {@code r} ({@code schema} or {@code name} null: kept). */
    void move(RelationInfo r, String schema, String name) {
        String ns = schema == null ? r.schema() : schema;
        String nn = name == null ? r.name() : name;
        if (schema != null && !ns.equals("public") && catalog().schema(s.tx(), ns).isEmpty()) {
            throw new SqlException(SqlState.INVALID_SCHEMA_NAME, "schema \"" + ns + "\" does not exist");
        }
        if (schema != null && ns.equals(r.schema())) {
            return; // as PostgreSQL: SET SCHEMA to the schema it is in does nothing
        }
        List<RelationInfo> moved = new ArrayList<>();
        moved.add(r);
        if (schema != null && r.kind() == RelationKind.TABLE) {
            for (var ix : catalog().indexes(s.tx(), r.oid())) {
                catalog().relation(s.tx(), ix.oid()).ifPresent(moved::add);
            }
            for (RelationInfo q : catalog().relations(s.tx())) {
                if (q.kind() == RelationKind.SEQUENCE && catalog().sequence(s.tx(), q.oid())
                        .map(sq -> sq.def().ownerTableOid() == r.oid()).orElse(false)) {
                    moved.add(q);
                }
            }
        }
        Map<Integer, String[]> from = new LinkedHashMap<>();
        for (RelationInfo m : moved) {
            from.put(m.oid(), new String[] {m.schema(), m.name()});
            catalog().moveRelation(s.tx(), m.oid(), ns, m == r ? nn : m.name());
        }
        s.catalogChanged();
        for (RelationInfo m : moved) {
            String[] old = from.get(m.oid());
            String newName = m == r ? nn : m.name();
            if (m.kind() == RelationKind.SEQUENCE) {
                followSequence(old[0], old[1], ns, newName);
            }
        }
        rewriteViews(catalog().dependentViews(s.tx(), r.oid()), v -> new String[] {
                ViewTexts.moveRelation(v.def().query(), from.get(r.oid())[0], from.get(r.oid())[1], ns, nn),
                v.def().searchPath()}, (schema != null ? "move " : "rename ") + kindWord(r) + " " + r.name());
    }

    /** ALTER SCHEMA name RENAME TO newName / OWNER TO owner. */
    void alterSchema(String name, String newName, String owner) {
        if (newName != null && newName.startsWith("pg_")) {
            throw new SqlException(SqlState.RESERVED_NAME, "unacceptable schema name \"" + newName + "\"")
                    .withDetail("The prefix \"pg_\" is reserved for system schemas.");
        }
        int ownerOid = owner == null ? -1 : role(owner).oid();
        if (newName == null) {
            catalog().alterSchema(s.tx(), name, null, ownerOid);
            return;
        }
        List<SequenceInfo> seqs = new ArrayList<>();
        for (RelationInfo r : catalog().relations(s.tx())) {
            if (r.schema().equals(name) && r.kind() == RelationKind.SEQUENCE) {
                catalog().sequence(s.tx(), r.oid()).ifPresent(seqs::add);
            }
        }
        catalog().alterSchema(s.tx(), name, newName, ownerOid);
        s.catalogChanged();
        for (SequenceInfo q : seqs) {
            followSequence(name, q.def().name(), newName, q.def().name());
        }
        List<ViewInfo> views = new ArrayList<>();
        for (RelationInfo r : catalog().relations(s.tx())) {
            if (r.kind() == RelationKind.VIEW) {
                catalog().view(s.tx(), r.oid()).ifPresent(views::add);
            }
        }
        rewriteViews(views, v -> new String[] {ViewTexts.renameSchema(v.def().query(), name, newName),
                ViewTexts.renameInPath(v.def().searchPath(), name, newName)}, "rename schema " + name);
    }

    /** OWNER TO on a relation: the engine records no relation owners, so only the owner shown is accepted. */
    void owner(RelationInfo r, String owner) {
        RoleInfo role = role(owner);
        int shown = catalog().roles(s.tx()).stream().filter(RoleInfo::superuser).mapToInt(RoleInfo::oid).findFirst().orElse(10);
        if (role.oid() != shown) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "changing the owner of " + kindWord(r) + " \"" + r.name()
                    + "\" is not supported yet").withDetail("Relations are owned by the bootstrap superuser.");
        }
    }

    private RoleInfo role(String owner) {
        String name = owner.equals("current_user") || owner.equals("session_user") ? session.user() : owner;
        return catalog().role(s.tx(), name).orElseThrow(() -> new SqlException(SqlState.UNDEFINED_OBJECT, "role \""
                + name + "\" does not exist"));
    }

    static String kindWord(RelationInfo r) {
        return switch (r.kind()) {
            case TABLE -> "table";
            case VIEW -> "view";
            case SEQUENCE -> "sequence";
            case INDEX -> "index";
        };
    }

    /** Column defaults {@code nextval('old'[::regclass])} name the sequence's new place instead. */
    private void followSequence(String schema, String name, String ns, String nn) {
        Pattern p = Pattern.compile("nextval\\('" + Pattern.quote(ref(schema, name).replace("'", "''"))
                + "'(::regclass)?\\)");
        String to = "nextval('" + Matcher.quoteReplacement(ref(ns, nn).replace("'", "''")) + "'::regclass)";
        for (RelationInfo t : catalog().relations(s.tx())) {
            if (t.kind() != RelationKind.TABLE || t.system()) {
                continue;
            }
            for (int i = 0; i < t.columns().size(); i++) {
                ColumnDef c = t.columns().get(i);
                if (!c.dropped() && c.defaultExpr() != null && p.matcher(c.defaultExpr()).find()) {
                    catalog().replaceColumn(s.tx(), t.oid(), i + 1, c.withDefault(p.matcher(c.defaultExpr()).replaceAll(to)));
                }
            }
        }
        s.catalogChanged();
    }

    /** A sequence as PostgreSQL prints its regclass: qualified outside {@code public}. */
    private static String ref(String schema, String name) {
        return (schema.equals("public") ? "" : Idents.quote(schema) + ".") + Idents.quote(name);
    }

    /**
     * Gives each view the query text and search path {@code rewrite} makes of it, then plans every
     * changed view again: it must read the same relations and give the same column types.
     */
    private void rewriteViews(List<ViewInfo> views, Function<ViewInfo, String[]> rewrite, String what) {
        List<ViewInfo> changed = new ArrayList<>();
        for (ViewInfo v : views) {
            String[] now = rewrite.apply(v);
            if (now[0].equals(v.def().query()) && java.util.Objects.equals(now[1], v.def().searchPath())) {
                continue;
            }
            RelationInfo rel = catalog().relation(s.tx(), v.oid()).orElseThrow();
            ViewDef d = new ViewDef(rel.schema(), rel.name(), rel.columns(), now[0], now[1], v.def().dependsOn());
            catalog().replaceView(s.tx(), v.oid(), d);
            changed.add(new ViewInfo(v.oid(), d));
        }
        if (changed.isEmpty()) {
            return;
        }
        s.catalogChanged();
        for (ViewInfo v : changed) {
            if (!replans(v)) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "cannot " + what + " because view "
                        + v.def().name() + " depends on it").withDetail("The view's query, kept as text, could not be "
                        + "rewritten for the new name.").withHint("Drop the view first, and create it again after.");
            }
        }
    }

    private boolean replans(ViewInfo v) {
        QueryPlanner.Planned p;
        List<Integer> reads;
        try {
            Query q = (Query) StatementParser.parseOne(v.def().query()).statement();
            pc.recordReads();
            p = s.withSearchPath(v.def().searchPath(), () -> new QueryPlanner(pc).plan(q));
            reads = pc.recordedReads();
        } catch (SqlException | ClassCastException e) {
            return false;
        }
        if (!new HashSet<>(reads).equals(new HashSet<>(v.def().dependsOn())) || p.columns().size() < v.def().columns().size()) {
            return false;
        }
        for (int i = 0; i < v.def().columns().size(); i++) {
            ResultColumn r = p.columns().get(i);
            int type = r.type() == Types.UNKNOWN ? Types.TEXT.oid() : r.type().oid();
            if (type != v.def().columns().get(i).typeOid()) {
                return false;
            }
        }
        return true;
    }

    /** The relation a name gives, of any kind (empty when none). */
    Optional<RelationInfo> relation(List<String> name) {
        return s.view().relation(name);
    }
}
