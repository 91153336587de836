package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/** BackendKeyData ('K'): the process id and secret a CancelRequest must present. */
public record BackendKeyDataMessage(int processId, int secretKey) implements BackendMessage {

    @Override
    public void encode(ByteBuf out) {
        int at = BackendMessage.begin(out, 'K');
        out.writeInt(processId);
        out.writeInt(secretKey);
        BackendMessage.end(out, at);
    }
}
