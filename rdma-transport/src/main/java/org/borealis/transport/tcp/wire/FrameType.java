package org.borealis.transport.tcp.wire;

/** The frame types of wire version 1, with the payload sizes each may have. */
public enum FrameType {
    /** Opens a connection: versions, limits and node id. Sent once by each side. */
    HELLO(1),
    /** A two-sided message for the peer's application. */
    SEND(2),
    /** Asks the peer's transport for bytes of a registered region. */
    READ_REQUEST(3),
    /** The bytes a READ_REQUEST asked for. */
    READ_RESPONSE(4),
    /** Carries bytes for the peer's transport to store into a registered region. */
    WRITE_REQUEST(5),
    /** Every SEND and WRITE_REQUEST up to the request id has been delivered or stored. */
    ACK(6),
    /** A one-sided request was refused; with request id 0, the connection is being closed. */
    ERROR(7);

    private static final FrameType[] BY_CODE = new FrameType[8];

    static {
        for (FrameType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    FrameType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type with this code, or null when there is none. */
    public static FrameType of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    int minPayload() {
        return switch (this) {
            case HELLO -> HelloFrame.MIN_PAYLOAD;
            case READ_REQUEST -> ReadRequestFrame.PAYLOAD;
            case WRITE_REQUEST -> WriteRequestFrame.PREFIX;
            case ERROR -> ErrorFrame.PREFIX;
            case SEND, READ_RESPONSE, ACK -> 0;
        };
    }

    long maxPayload(FrameLimits limits) {
        return switch (this) {
            case HELLO -> HelloFrame.MAX_PAYLOAD;
            case SEND -> limits.maxMessageSize();
            case READ_REQUEST -> ReadRequestFrame.PAYLOAD;
            case READ_RESPONSE -> limits.maxOneSidedSize();
            case WRITE_REQUEST -> (long) WriteRequestFrame.PREFIX + limits.maxOneSidedSize();
            case ACK -> 0;
            case ERROR -> ErrorFrame.PREFIX + ErrorFrame.MAX_TEXT;
        };
    }
}
