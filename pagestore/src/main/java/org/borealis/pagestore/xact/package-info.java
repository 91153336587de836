/**
 * The commit-status log: two bits per transaction id in pages of relation
 * {@link org.borealis.pagestore.xact.XactStatusPage#RELATION}, changed only by commit and abort
 * records ({@code docs/formats/xact.md}). Read {@link org.borealis.pagestore.xact.XactStatusPage}.
 */
package org.borealis.pagestore.xact;
