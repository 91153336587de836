/**
 * Redo: the one implementation of "apply a log record to a page", used by compute on its cached
 * pages and by storage when it replays the log, so both produce the same bytes. Read
 * {@link org.borealis.pagestore.redo.RedoRegistry}.
 */
package org.borealis.pagestore.redo;
