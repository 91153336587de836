/**
 * Client sessions: {@link org.borealis.sql.session.SqlSession} (read first) runs the transaction
 * state machine (idle, implicit transaction, block, failed block), prepared statements and portals,
 * cancellation and statement_timeout; {@link org.borealis.sql.session.Settings} holds SET/SHOW
 * values and ParameterStatus reports; {@link org.borealis.sql.session.TransactionControl} runs
 * BEGIN/COMMIT/ROLLBACK/SET; {@link org.borealis.sql.session.CopyRunner} runs COPY. Storage is
 * reached only through {@link org.borealis.sql.session.StorageSession}.
 */
package org.borealis.sql.session;
