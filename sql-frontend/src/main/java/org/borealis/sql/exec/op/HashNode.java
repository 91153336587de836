package org.borealis.sql.exec.op;

import java.util.List;

import org.borealis.sql.exec.ExecContext;

/**
 * The {@code Hash} line EXPLAIN prints over a hash join's inner input, as PostgreSQL's plan has a
 * Hash node there. Display only: {@link HashJoinOp} builds its table from the input itself, and
 * this node is never opened.
 */
final class HashNode implements Operator {

    private final Operator input;

    HashNode(Operator input) {
        this.input = input;
    }

    @Override
    public void open(ExecContext ctx) {
        throw new IllegalStateException("the Hash node is only shown by EXPLAIN");
    }

    @Override
    public Object[] next() {
        throw new IllegalStateException("the Hash node is only shown by EXPLAIN");
    }

    @Override
    public void close() {
    }

    @Override
    public String describe() {
        return "Hash";
    }

    @Override
    public List<Operator> inputs() {
        return List.of(input);
    }
}
