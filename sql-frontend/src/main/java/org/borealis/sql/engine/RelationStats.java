package org.borealis.sql.engine;

/**
 * What the planner knows about a relation.
 *
 * @param pages      blocks in the relation's main fork
 * @param liveTuples estimated live row versions (exact after a vacuum, then kept by inserts and deletes)
 * @param deadTuples estimated versions vacuum could remove
 * @param allVisible pages marked all-visible in the visibility map when vacuum or ANALYZE last
 *                   counted ({@code pg_class.relallvisible})
 */
public record RelationStats(long pages, long liveTuples, long deadTuples, long allVisible) {

    public RelationStats(long pages, long liveTuples, long deadTuples) {
        this(pages, liveTuples, deadTuples, 0);
    }
}
