package org.borealis.transport.rpc;

/**
 * Status codes of the RPC layer itself. Services define their own codes from {@link #FIRST_SERVICE_CODE}
 * up (the storage service's are in {@code org.borealis.pagestore.service.StorageStatus}).
 */
public final class RpcStatus {

    public static final int OK = 0;
    /** The request could not be decoded or broke a rule of the service. Not retriable. */
    public static final int BAD_REQUEST = 1;
    /** No handler for the method number. Not retriable. */
    public static final int UNKNOWN_METHOD = 2;
    /** The server or the client's queue is full. Retriable. */
    public static final int OVERLOADED = 3;
    /** No answer within the call's deadline. Retriable. */
    public static final int TIMEOUT = 4;
    /** The handler failed unexpectedly. Not retriable. */
    public static final int INTERNAL = 5;
    /** The server is stopping. Retriable (elsewhere or later). */
    public static final int SHUTTING_DOWN = 6;
    /** The connection was lost before the answer came. Retriable after reconnecting. */
    public static final int CONNECTION_LOST = 7;
    /** The response could not be decoded by the client. Not retriable. */
    public static final int BAD_RESPONSE = 8;

    public static final int FIRST_SERVICE_CODE = 100;

    private RpcStatus() {
    }

    /** A short name for log lines and messages. */
    public static String name(int code) {
        return switch (code) {
            case OK -> "OK";
            case BAD_REQUEST -> "BAD_REQUEST";
            case UNKNOWN_METHOD -> "UNKNOWN_METHOD";
            case OVERLOADED -> "OVERLOADED";
            case TIMEOUT -> "TIMEOUT";
            case INTERNAL -> "INTERNAL";
            case SHUTTING_DOWN -> "SHUTTING_DOWN";
            case CONNECTION_LOST -> "CONNECTION_LOST";
            case BAD_RESPONSE -> "BAD_RESPONSE";
            default -> "STATUS_" + code;
        };
    }
}
