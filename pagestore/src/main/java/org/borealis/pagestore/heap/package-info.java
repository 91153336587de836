/**
 * The heap page format and the redo of heap records ({@code docs/formats/heap.md}): slotted
 * pages of MVCC tuples. Read {@link org.borealis.pagestore.heap.HeapPage} (the byte layout), then
 * {@link org.borealis.pagestore.heap.HeapRecords} (record types and their encoders) and
 * {@link org.borealis.pagestore.heap.HeapRedo} (the one code that applies them, on compute and
 * storage alike); {@link org.borealis.pagestore.heap.VisibilityMapPage} is the layout of the
 * visibility-map fork (one all-visible bit per heap block).
 */
package org.borealis.pagestore.heap;
