package org.borealis.sql.engine;

/**
 * What a vacuum did.
 *
 * @param pagesScanned       heap pages looked at
 * @param tuplesRemoved      dead row versions pruned
 * @param indexEntriesRemoved index entries removed with them
 */
public record VacuumResult(long pagesScanned, long tuplesRemoved, long indexEntriesRemoved) {

    public VacuumResult plus(VacuumResult o) {
        return new VacuumResult(pagesScanned + o.pagesScanned, tuplesRemoved + o.tuplesRemoved,
                indexEntriesRemoved + o.indexEntriesRemoved);
    }
}
