/**
 * The versioned page store: page versions in RocksDB keyed by (page id, LSN), full images every K
 * versions and deltas between ({@code docs/formats/version-store.md}). Read
 * {@link org.borealis.pagestore.store.VersionStore} first, then
 * {@link org.borealis.pagestore.store.Materializer} (GetPage@LSN),
 * {@link org.borealis.pagestore.store.PageCache} (hot images) and
 * {@link org.borealis.pagestore.store.VersionGc} (collapsing versions below the horizon).
 */
package org.borealis.pagestore.store;
