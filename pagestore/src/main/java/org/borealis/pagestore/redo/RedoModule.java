package org.borealis.pagestore.redo;

/**
 * A group of record types and their handlers (heap, B-tree, ...), found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.borealis.pagestore.redo.RedoModule})
 * and added to {@link RedoRegistry#standard()}. Storage and compute load the same modules, so they
 * replay the same way.
 */
public interface RedoModule {

    void registerInto(RedoRegistry registry);
}
