/**
 * The engine behind the {@code org.borealis.sql.engine} API. Read
 * {@link org.borealis.sql.engine.impl.StorageEngine} (open, recovery, bootstrap, wiring) first,
 * then {@link org.borealis.sql.engine.impl.SessionImpl}.
 */
package org.borealis.sql.engine.impl;
