/**
 * Pages: the 8 KiB unit of storage, their ids and their common header. Read {@link
 * org.borealis.pagestore.page.PageLayout} first; the byte format is in {@code docs/formats/page.md}.
 */
package org.borealis.pagestore.page;
