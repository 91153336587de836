package org.borealis.sql.wire;

/**
 * A message from the client, decoded and validated by {@link PgFrameDecoder}. One record per
 * message type; each owns copies of its bytes (no reference-counted buffers escape the decoder).
 */
public sealed interface FrontendMessage permits StartupMessage, SslRequest, GssEncRequest, CancelRequest,
        QueryMessage, ParseMessage, BindMessage, DescribeMessage, ExecuteMessage, SyncMessage, FlushMessage,
        CloseMessage, TerminateMessage, CopyDataMessage, CopyDoneMessage, CopyFailMessage, PasswordMessage,
        FunctionCallMessage {
}
