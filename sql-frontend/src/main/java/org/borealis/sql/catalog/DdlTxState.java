package org.borealis.sql.catalog;

import java.util.HashSet;
import java.util.Set;

/**
 * What the catalog keeps for a transaction that has done DDL: its own catalog view (valid for one
 * command id) and the relations it created and dropped (whose handles are forgotten at rollback
 * and commit respectively). Used by the transaction's thread only.
 */
final class DdlTxState {

    final Set<Integer> created = new HashSet<>();
    final Set<Integer> dropped = new HashSet<>();
    int viewCid = -1;
    CatalogState view;

    /** Forgets the view (after a change). */
    void invalidate() {
        view = null;
    }
}
