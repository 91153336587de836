package org.borealis.sql.parser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.borealis.sql.error.SqlException;
import org.borealis.sql.error.SqlState;
import org.borealis.sql.parser.ast.Expr;
import org.borealis.sql.parser.ast.Statement;
import org.borealis.sql.parser.ast.Statement.TableConstraint;

/** CREATE/DROP/ALTER and COPY parse trees to AST. */
final class DdlBuilder {

    private DdlBuilder() {
    }

    static Statement.CreateTable createTable(AstBuilder b, SqlParser.CreateTableStmtContext ctx) {
        boolean temp = ctx.TEMP() != null || ctx.TEMPORARY() != null;
        Statement.OnCommit onCommit = onCommit(temp, ctx.COMMIT() != null, ctx.DROP() != null, ctx.DELETE() != null);
        List<Statement.ColumnDef> cols = new ArrayList<>();
        List<TableConstraint> cons = new ArrayList<>();
        for (SqlParser.TableElementContext e : ctx.tableElement()) {
            if (e.columnDef() != null) {
                cols.add(columnDef(b, e.columnDef()));
            } else {
                cons.add(tableConstraint(b, e.tableConstraint()));
            }
        }
        return new Statement.CreateTable(ExprBuilder.qname(ctx.qualifiedName()), ctx.EXISTS() != null, cols, cons,
                relOptions(ctx.relOption()), temp, onCommit, ExprBuilder.pos(ctx));
    }

    /** The ON COMMIT clause; PostgreSQL refuses it on a table that is not temporary (42P16). */
    private static Statement.OnCommit onCommit(boolean temp, boolean given, boolean drop, boolean delete) {
        if (!given) {
            return null;
        }
        if (!temp) {
            throw new SqlException(SqlState.INVALID_TABLE_DEFINITION, "ON COMMIT can only be used on temporary tables");
        }
        return drop ? Statement.OnCommit.DROP : delete ? Statement.OnCommit.DELETE_ROWS : Statement.OnCommit.PRESERVE_ROWS;
    }

    static Statement.CreateTableAs createTableAs(AstBuilder b, SqlParser.CreateTableAsStmtContext ctx) {
        boolean temp = ctx.TEMP() != null || ctx.TEMPORARY() != null;
        Statement.OnCommit onCommit = onCommit(temp, ctx.COMMIT() != null, ctx.DROP() != null, ctx.DELETE() != null);
        List<String> cols = new ArrayList<>();
        if (ctx.identifierList() != null) {
            for (SqlParser.IdentifierContext i : ctx.identifierList().identifier()) {
                cols.add(ExprBuilder.ident(i));
            }
        }
        relOptions(ctx.relOption()); // accepted (and checked) as for CREATE TABLE
        return new Statement.CreateTableAs(ExprBuilder.qname(ctx.qualifiedName()), ctx.EXISTS() != null, cols,
                b.query(ctx.query()), ctx.NO() == null, temp, onCommit, ExprBuilder.pos(ctx));
    }

    static Map<String, String> relOptions(List<SqlParser.RelOptionContext> os) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SqlParser.RelOptionContext o : os) {
            StringBuilder name = new StringBuilder(ExprBuilder.ident(o.identifier(0)));
            if (o.identifier().size() > 1) {
                name.append('.').append(ExprBuilder.ident(o.identifier(1)));
            }
            out.put(name.toString(), o.optionValue() == null ? "true" : optionValue(o.optionValue()));
        }
        return out;
    }

    static String optionValue(SqlParser.OptionValueContext v) {
        if (v.STRING() != null) {
            return ExprBuilder.stringValue(v.STRING().getSymbol());
        }
        if (v.identifier() != null) {
            return ExprBuilder.ident(v.identifier());
        }
        return v.getText().toLowerCase(Locale.ROOT);
    }

    static Statement.ColumnDef columnDef(AstBuilder b, SqlParser.ColumnDefContext ctx) {
        boolean notNull = false;
        boolean pk = false;
        boolean unique = false;
        char identity = 0;
        Statement.CreateSequence identityOptions = null;
        Expr def = null;
        String defText = null;
        List<TableConstraint> extra = new ArrayList<>();
        String col = ExprBuilder.ident(ctx.identifier());
        for (SqlParser.ColumnConstraintContext cc : ctx.columnConstraint()) {
            String name = cc.identifier() == null ? null : ExprBuilder.ident(cc.identifier());
            SqlParser.ColumnConstraintBodyContext body = cc.columnConstraintBody();
            int p = ExprBuilder.pos(cc);
            if (body instanceof SqlParser.NotNullConstraintContext) {
                notNull = true;
            } else if (body instanceof SqlParser.PkColumnConstraintContext) {
                pk = true;
                extra.add(new TableConstraint(name, TableConstraint.Kind.PRIMARY_KEY, List.of(col), null, null, null, null, p));
            } else if (body instanceof SqlParser.UniqueColumnConstraintContext) {
                unique = true;
                extra.add(new TableConstraint(name, TableConstraint.Kind.UNIQUE, List.of(col), null, null, null, null, p));
            } else if (body instanceof SqlParser.DefaultConstraintContext d) {
                def = b.expr(d.expr());
                defText = b.source(d.expr());
            } else if (body instanceof SqlParser.CheckColumnConstraintContext c) {
                extra.add(new TableConstraint(name, TableConstraint.Kind.CHECK, List.of(col), b.expr(c.expr()),
                        b.source(c.expr()), null, null, p));
            } else if (body instanceof SqlParser.ReferencesConstraintContext r) {
                extra.add(new TableConstraint(name, TableConstraint.Kind.FOREIGN_KEY, List.of(col), null, null,
                        ExprBuilder.qname(r.qualifiedName()), ExprBuilder.idents(r.identifierList()), p));
            } else if (body instanceof SqlParser.IdentityConstraintContext ic) {
                identity = ic.ALWAYS() != null ? 'a' : 'd';
                notNull = true;
                for (SqlParser.SeqOptionContext o : ic.seqOption()) {
                    if (o instanceof SqlParser.SeqAsContext a) {
                        throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + a.AS().getText() + "\"")
                                .withPosition(ExprBuilder.pos(a) + 1);
                    }
                }
                identityOptions = sequenceOptions(b, null, false, ic.seqOption(), ExprBuilder.pos(ic));
            }
        }
        return new Statement.ColumnDef(col, b.typeName(ctx.typeName()), notNull || pk, def, defText, pk, unique, extra,
                identity, ExprBuilder.pos(ctx), identityOptions);
    }

    static TableConstraint tableConstraint(AstBuilder b, SqlParser.TableConstraintContext ctx) {
        String name = ctx.identifier() == null ? null : ExprBuilder.ident(ctx.identifier());
        SqlParser.TableConstraintBodyContext body = ctx.tableConstraintBody();
        int p = ExprBuilder.pos(ctx);
        if (body instanceof SqlParser.PkTableConstraintContext c) {
            return new TableConstraint(name, TableConstraint.Kind.PRIMARY_KEY, ExprBuilder.idents(c.identifierList()),
                    null, null, null, null, p);
        }
        if (body instanceof SqlParser.UniqueTableConstraintContext c) {
            return new TableConstraint(name, TableConstraint.Kind.UNIQUE, ExprBuilder.idents(c.identifierList()),
                    null, null, null, null, p);
        }
        if (body instanceof SqlParser.CheckTableConstraintContext c) {
            return new TableConstraint(name, TableConstraint.Kind.CHECK, List.of(), b.expr(c.expr()),
                    b.source(c.expr()), null, null, p);
        }
        SqlParser.FkTableConstraintContext c = (SqlParser.FkTableConstraintContext) body;
        return new TableConstraint(name, TableConstraint.Kind.FOREIGN_KEY, ExprBuilder.idents(c.identifierList(0)),
                null, null, ExprBuilder.qname(c.qualifiedName()),
                c.identifierList().size() > 1 ? ExprBuilder.idents(c.identifierList(1)) : List.of(), p);
    }

    static Statement.CreateIndex createIndex(AstBuilder b, SqlParser.CreateIndexStmtContext ctx) {
        if (ctx.USING() != null) {
            String am = ExprBuilder.ident(ctx.identifier(ctx.identifier().size() - 1));
            if (!am.equals("btree")) {
                throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "access method \"" + am + "\" is not supported");
            }
        }
        List<Statement.IndexColumn> cols = new ArrayList<>();
        for (SqlParser.IndexElemContext e : ctx.indexElem()) {
            if (e.functionCall() != null) {
                cols.add(new Statement.IndexColumn(null, e.DESC() != null, b.functionCall(e.functionCall()),
                        b.source(e.functionCall()), ExprBuilder.pos(e)));
                continue;
            }
            if (e.identifier() == null) {
                cols.add(new Statement.IndexColumn(null, e.DESC() != null, b.expr(e.expr()), b.source(e.expr()),
                        ExprBuilder.pos(e)));
                continue;
            }
            cols.add(new Statement.IndexColumn(ExprBuilder.ident(e.identifier()), e.DESC() != null, ExprBuilder.pos(e)));
        }
        Expr where = ctx.whereClause() == null ? null : b.expr(ctx.whereClause().expr());
        String whereText = ctx.whereClause() == null ? null : b.source(ctx.whereClause().expr());
        boolean named = ctx.identifier().size() > (ctx.USING() != null ? 1 : 0);
        String name = named ? ExprBuilder.ident(ctx.identifier(0)) : null;
        return new Statement.CreateIndex(name, ExprBuilder.qname(ctx.qualifiedName()), ctx.UNIQUE() != null,
                ctx.EXISTS() != null, cols, where, whereText, ExprBuilder.pos(ctx));
    }

    static Statement.CreateView createView(AstBuilder b, SqlParser.CreateViewStmtContext ctx) {
        int p = ExprBuilder.pos(ctx) + 1;
        if (ctx.RECURSIVE() != null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "recursive views are not supported").withPosition(p);
        }
        if (ctx.CHECK() != null) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "WITH CHECK OPTION is not supported (views are read-only)")
                    .withPosition(p);
        }
        if (!ctx.relOption().isEmpty()) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED, "view options are not supported").withPosition(p);
        }
        List<String> cols = ctx.identifierList() == null ? List.of() : ExprBuilder.idents(ctx.identifierList());
        return new Statement.CreateView(ExprBuilder.qname(ctx.qualifiedName()), ctx.REPLACE() != null, cols,
                b.query(ctx.query()), b.source(ctx.query()), ExprBuilder.pos(ctx), ctx.TEMP() != null || ctx.TEMPORARY() != null);
    }

    static Statement.CreateSchema createSchema(SqlParser.CreateSchemaStmtContext ctx) {
        String role = ctx.role == null ? null : ExprBuilder.ident(ctx.role);
        String name = ctx.name != null ? ExprBuilder.ident(ctx.name) : role;
        if (name == null) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at end of input").withPosition(ExprBuilder.pos(ctx) + 1);
        }
        return new Statement.CreateSchema(name, ctx.EXISTS() != null, role, ExprBuilder.pos(ctx));
    }

    static Statement.Drop drop(SqlParser.DropStmtContext ctx) {
        List<List<String>> names = new ArrayList<>();
        ctx.qualifiedName().forEach(q -> names.add(ExprBuilder.qname(q)));
        String type = ctx.objectType.getText().toLowerCase(Locale.ROOT);
        return new Statement.Drop(type.equals("user") ? "role" : type, ctx.EXISTS() != null, names,
                ctx.CASCADE() != null, ExprBuilder.pos(ctx));
    }

    static Statement.AlterTable alterTable(AstBuilder b, SqlParser.AlterTableStmtContext ctx) {
        List<Statement.AlterAction> actions = new ArrayList<>();
        for (SqlParser.AlterActionContext a : ctx.alterAction()) {
            if (a instanceof SqlParser.AddConstraintContext c) {
                actions.add(new Statement.AlterAction.AddConstraint(tableConstraint(b, c.tableConstraint())));
            } else if (a instanceof SqlParser.AddColumnContext c) {
                actions.add(new Statement.AlterAction.AddColumn(columnDef(b, c.columnDef()), c.EXISTS() != null));
            } else if (a instanceof SqlParser.DropColumnContext c) {
                actions.add(new Statement.AlterAction.DropColumn(ExprBuilder.ident(c.identifier()), c.EXISTS() != null,
                        c.CASCADE() != null));
            } else if (a instanceof SqlParser.DropConstraintContext c) {
                actions.add(new Statement.AlterAction.DropConstraint(ExprBuilder.ident(c.identifier()), c.EXISTS() != null));
            } else if (a instanceof SqlParser.RenameColumnContext c) {
                actions.add(new Statement.AlterAction.RenameColumn(ExprBuilder.ident(c.from), ExprBuilder.ident(c.to)));
            } else if (a instanceof SqlParser.RenameTableContext c) {
                actions.add(new Statement.AlterAction.RenameTable(ExprBuilder.ident(c.identifier())));
            } else if (a instanceof SqlParser.AlterColumnContext c) {
                SqlParser.AlterColumnActionContext act = c.alterColumnAction();
                if (act.TYPE() != null) {
                    actions.add(new Statement.AlterAction.AlterColumnType(ExprBuilder.ident(c.identifier()),
                            b.typeName(act.typeName()), act.expr() == null ? null : b.expr(act.expr()), ExprBuilder.pos(act)));
                    continue;
                }
                String what = b.source(act).toLowerCase(Locale.ROOT);
                Expr def = act.expr() == null ? null : b.expr(act.expr());
                String kind = act.DEFAULT() != null ? (act.SET() != null ? "set default" : "drop default")
                        : act.NULL() != null ? (act.SET() != null ? "set not null" : "drop not null") : what;
                actions.add(new Statement.AlterAction.AlterColumn(ExprBuilder.ident(c.identifier()), kind, def,
                        act.expr() == null ? null : b.source(act.expr())));
            } else if (a instanceof SqlParser.SetRelOptionsContext c) {
                actions.add(new Statement.AlterAction.SetOptions(relOptions(c.relOption())));
            } else if (a instanceof SqlParser.SetRelSchemaContext c) {
                actions.add(new Statement.AlterAction.SetSchema(ExprBuilder.ident(c.identifier())));
            } else if (a instanceof SqlParser.OwnerToContext c) {
                actions.add(new Statement.AlterAction.OwnerTo(roleSpec(c.roleSpec())));
            }
        }
        return new Statement.AlterTable(ExprBuilder.qname(ctx.qualifiedName()), ctx.EXISTS() != null, actions,
                ExprBuilder.pos(ctx), ctx.objectType.getText().toLowerCase(Locale.ROOT));
    }

    static Statement.AlterSchema alterSchema(SqlParser.AlterSchemaStmtContext ctx) {
        return new Statement.AlterSchema(ExprBuilder.ident(ctx.name), ctx.to == null ? null : ExprBuilder.ident(ctx.to),
                ctx.roleSpec() == null ? null : roleSpec(ctx.roleSpec()), ExprBuilder.pos(ctx));
    }

    /** A role name, or {@code current_user}/{@code session_user} for those keywords (CURRENT_ROLE is current_user). */
    private static String roleSpec(SqlParser.RoleSpecContext r) {
        if (r.identifier() != null) {
            return ExprBuilder.ident(r.identifier());
        }
        return r.SESSION_USER() != null ? "session_user" : "current_user";
    }

    static Statement.Copy copy(AstBuilder b, SqlParser.CopyStmtContext ctx) {
        Map<String, String> opts = new LinkedHashMap<>();
        for (SqlParser.CopyOptionContext o : ctx.copyOption()) {
            String name = ExprBuilder.ident(o.identifier());
            opts.put(name, o.optionValue() == null ? "true" : optionValue(o.optionValue()));
        }
        for (SqlParser.CopyLegacyOptionContext o : ctx.copyLegacyOption()) {
            String v = o.STRING() == null ? null : ExprBuilder.stringValue(o.STRING().getSymbol());
            if (o.BINARY() != null) {
                opts.put("format", "binary");
            } else if (o.CSV() != null) {
                opts.put("format", "csv");
            } else if (o.HEADER() != null) {
                opts.put("header", "true");
            } else if (o.FREEZE() != null) {
                opts.put("freeze", "true");
            } else if (o.DELIMITER() != null) {
                opts.put("delimiter", v);
            } else if (o.NULL() != null && o.FORCE() == null) {
                opts.put("null", v);
            } else if (o.QUOTE() != null && o.FORCE() == null) {
                opts.put("quote", v);
            } else if (o.ESCAPE() != null) {
                opts.put("escape", v);
            }
        }
        String target = ctx.STDIN() != null ? "stdin" : ctx.STDOUT() != null ? "stdout" : "file";
        boolean from = ctx.direction.getType() == SqlParser.FROM;
        if (target.equals("file")) {
            throw new SqlException(SqlState.FEATURE_NOT_SUPPORTED,
                    "COPY to or from a file is not supported").withHint("Use COPY ... FROM STDIN or TO STDOUT.");
        }
        if ((from && !target.equals("stdin")) || (!from && !target.equals("stdout"))) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "syntax error at or near \"" + target.toUpperCase(Locale.ROOT) + "\"");
        }
        if (ctx.query() != null) {
            if (from) {
                throw new SqlException(SqlState.SYNTAX_ERROR, "COPY (query) FROM is not possible");
            }
            return new Statement.Copy(null, List.of(), b.query(ctx.query()), false, target, opts, ExprBuilder.pos(ctx));
        }
        return new Statement.Copy(ExprBuilder.qname(ctx.qualifiedName()), ExprBuilder.idents(ctx.identifierList()),
                null, from, target, opts, ExprBuilder.pos(ctx));
    }

    static Statement.CreateSequence createSequence(AstBuilder b, SqlParser.CreateSequenceStmtContext ctx) {
        Statement.CreateSequence c = sequenceOptions(b, ExprBuilder.qname(ctx.qualifiedName()), ctx.EXISTS() != null,
                ctx.seqOption(), ExprBuilder.pos(ctx));
        return ctx.TEMP() != null || ctx.TEMPORARY() != null ? c.asTemp() : c;
    }

    /** Sequence options, of CREATE SEQUENCE or of an identity column ({@code name} null). */
    private static Statement.CreateSequence sequenceOptions(AstBuilder b, List<String> name, boolean ifNotExists,
                                                            List<SqlParser.SeqOptionContext> options, int pos) {
        String type = null;
        Long inc = null;
        Long min = null;
        Long max = null;
        Long start = null;
        boolean cycle = false;
        for (SqlParser.SeqOptionContext o : options) {
            if (o instanceof SqlParser.SeqAsContext a) {
                type = b.typeName(a.typeName()).name();
            } else if (o instanceof SqlParser.SeqIncrementContext x) {
                inc = number(x.signedNumber());
            } else if (o instanceof SqlParser.SeqMinContext x) {
                min = number(x.signedNumber());
            } else if (o instanceof SqlParser.SeqMaxContext x) {
                max = number(x.signedNumber());
            } else if (o instanceof SqlParser.SeqStartContext x) {
                start = number(x.signedNumber());
            } else if (o instanceof SqlParser.SeqCycleContext) {
                cycle = true;
            } else if (o instanceof SqlParser.SeqNoContext x && x.CYCLE() != null) {
                cycle = false;
            }
        }
        return new Statement.CreateSequence(name, ifNotExists, type, inc, min, max, start, cycle, pos);
    }

    private static long number(SqlParser.SignedNumberContext n) {
        try {
            return Long.parseLong(n.getText().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new SqlException(SqlState.SYNTAX_ERROR, "sequence option value out of range: " + n.getText());
        }
    }
}
