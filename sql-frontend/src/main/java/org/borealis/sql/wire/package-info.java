/**
 * The PostgreSQL wire protocol v3 on Netty: {@link org.borealis.sql.wire.PgFrameDecoder} splits
 * and validates messages (one record per frontend message type), {@link org.borealis.sql.wire.PgConnection}
 * answers SSL/GSS/cancel requests on the event loop and queues the rest for the session thread,
 * where {@link org.borealis.sql.wire.ProtocolLoop} runs the protocol state machine; backend
 * messages are one class each. Start with {@link org.borealis.sql.wire.PgServer}.
 */
package org.borealis.sql.wire;
