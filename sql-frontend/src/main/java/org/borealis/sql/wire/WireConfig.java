package org.borealis.sql.wire;

import java.nio.file.Path;
import java.util.Map;

import org.borealis.sql.auth.HbaRules;

/**
 * The wire server's settings.
 *
 * @param nodeId            prefix of every log line
 * @param host              address to bind (loopback unless configured)
 * @param port              port to bind, 0 for any free one
 * @param maxConnections    sessions beyond this are refused with 53300
 * @param maxMessageLength  largest accepted message (bytes, length field value)
 * @param tlsCertificate    PEM certificate chain, or null for no TLS
 * @param tlsKey            PEM PKCS#8 private key, or null
 * @param hba               access rules
 * @param settingDefaults   node-wide defaults of session settings (e.g. TimeZone)
 * @param md5Passwords      store new passwords as md5 instead of SCRAM-SHA-256
 */
public record WireConfig(String nodeId, String host, int port, int maxConnections, int maxMessageLength,
                         Path tlsCertificate, Path tlsKey, HbaRules hba, Map<String, String> settingDefaults,
                         boolean md5Passwords) {

    public static WireConfig loopback(String nodeId) {
        return new WireConfig(nodeId, "127.0.0.1", 0, 100, 64 << 20, null, null, HbaRules.defaults(), Map.of(), false);
    }

    public WireConfig withPort(int p) {
        return new WireConfig(nodeId, host, p, maxConnections, maxMessageLength, tlsCertificate, tlsKey, hba, settingDefaults,
                md5Passwords);
    }

    public WireConfig withTls(Path cert, Path key) {
        return new WireConfig(nodeId, host, port, maxConnections, maxMessageLength, cert, key, hba, settingDefaults, md5Passwords);
    }

    public WireConfig withHba(HbaRules rules) {
        return new WireConfig(nodeId, host, port, maxConnections, maxMessageLength, tlsCertificate, tlsKey, rules,
                settingDefaults, md5Passwords);
    }

    public WireConfig withLimits(int connections, int messageLength) {
        return new WireConfig(nodeId, host, port, connections, messageLength, tlsCertificate, tlsKey, hba, settingDefaults,
                md5Passwords);
    }
}
