package org.borealis.sql.wire;

import java.util.Map;

/** StartupMessage: protocol 3.0 and the connection parameters (user, database, options, ...). */
public record StartupMessage(int protocolVersion, Map<String, String> parameters) implements FrontendMessage {

    public static final int PROTOCOL_3_0 = 196608;
}
