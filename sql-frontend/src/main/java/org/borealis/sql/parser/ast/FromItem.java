package org.borealis.sql.parser.ast;

import java.util.List;

/** A FROM-list entry. */
public sealed interface FromItem {

    record Table(List<String> name, String alias, List<String> columnAliases, int pos) implements FromItem {
        public String tableName() {
            return name.get(name.size() - 1);
        }
    }

    record Function(Expr.FuncCall call, String alias, List<String> columnAliases, boolean ordinality, int pos)
            implements FromItem {
    }

    record Subquery(Query query, String alias, List<String> columnAliases, boolean lateral, int pos)
            implements FromItem {
    }

    record Join(FromItem left, FromItem right, JoinType type, Expr on, List<String> using, boolean natural)
            implements FromItem {
    }

    enum JoinType { INNER, LEFT, RIGHT, FULL, CROSS }
}
