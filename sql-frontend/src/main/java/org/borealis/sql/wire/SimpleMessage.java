package org.borealis.sql.wire;

import io.netty.buffer.ByteBuf;

/**
 * The body-less messages: ParseComplete ('1'), BindComplete ('2'), CloseComplete ('3'), NoData
 * ('n'), PortalSuspended ('s'), EmptyQueryResponse ('I'), CopyDone ('c').
 */
public enum SimpleMessage implements BackendMessage {
    PARSE_COMPLETE('1'),
    BIND_COMPLETE('2'),
    CLOSE_COMPLETE('3'),
    NO_DATA('n'),
    PORTAL_SUSPENDED('s'),
    EMPTY_QUERY_RESPONSE('I'),
    COPY_DONE('c');

    private final char type;

    SimpleMessage(char type) {
        this.type = type;
    }

    @Override
    public void encode(ByteBuf out) {
        out.writeByte(type);
        out.writeInt(4);
    }
}
