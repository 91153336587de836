package org.borealis.sql.node;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything a compute node is started with, one record per section of {@code conf/compute.yaml}
 * (fabric binds the YAML file to these records: kebab-case keys, sizes like {@code 64MiB},
 * durations like {@code 5s}). Every record has {@code defaults()} and checks itself when built.
 *
 * @param nodeId    the node's id, in log lines and metrics
 * @param adminPort admin HTTP port ({@code /metrics}, {@code /health}) on loopback; -1 turns it off
 * @param storage where the volume's storage node is
 * @param engine  the storage engine (buffer pool, bootstrap names)
 * @param wire    the PostgreSQL protocol listener and its access rules
 */
public record ComputeConfig(String nodeId, int adminPort, StorageSection storage, EngineSection engine, WireSection wire) {

    public ComputeConfig {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("node-id is required");
        }
        if (adminPort < -1 || adminPort > 65535) {
            throw new IllegalArgumentException("admin-port must be 0..65535 or -1 (off)");
        }
        if (storage == null || engine == null || wire == null) {
            throw new IllegalArgumentException("the storage, engine and wire sections are required");
        }
    }

    public static ComputeConfig defaults() {
        return new ComputeConfig("compute-1", -1, StorageSection.defaults(), EngineSection.defaults(), WireSection.defaults());
    }

    public ComputeConfig withStorage(StorageSection s) {
        return new ComputeConfig(nodeId, adminPort, s, engine, wire);
    }

    public ComputeConfig withWire(WireSection w) {
        return new ComputeConfig(nodeId, adminPort, storage, engine, w);
    }

    public ComputeConfig withEngine(EngineSection e) {
        return new ComputeConfig(nodeId, adminPort, storage, e, wire);
    }

    /**
     * @param address        the storage node's service address (host:port)
     * @param group          the protection group holding the volume
     * @param connectTimeout how long to wait for the storage node at start, and to reach it again after
     *                       the connection is lost
     * @param logLinger      how long a log record no commit (or page read) waits for yet may stay
     *                       on the compute node before it is shipped anyway, as PostgreSQL's
     *                       {@code wal_writer_delay}: longer lets more of a transaction's records
     *                       ride with its commit in one AppendLog call; shorter keeps storage closer
     *                       behind. A commit ships at once, whatever this is.
     */
    public record StorageSection(InetSocketAddress address, int group, Duration connectTimeout, Duration logLinger) {
        public StorageSection {
            if (address == null) {
                throw new IllegalArgumentException("address is required");
            }
            if (group < 0) {
                throw new IllegalArgumentException("group must not be negative");
            }
            if (logLinger == null) {
                logLinger = Duration.ofMillis(5);
            }
            if (logLinger.isNegative() || logLinger.compareTo(Duration.ofSeconds(10)) > 0) {
                throw new IllegalArgumentException("log-linger must be between 0 and 10s, was " + logLinger);
            }
        }

        public StorageSection(InetSocketAddress address, int group, Duration connectTimeout) {
            this(address, group, connectTimeout, null);
        }

        public static StorageSection defaults() {
            return new StorageSection(InetSocketAddress.createUnresolved("127.0.0.1", 7401), 0, Duration.ofSeconds(30),
                    Duration.ofMillis(5));
        }
    }

    /**
     * @param bufferPoolPages    8 KiB frames in the buffer pool
     * @param database           the database created on an empty volume
     * @param superuser          the bootstrap superuser created on an empty volume
     * @param superuserPassword  its password, or empty for none (loopback trust is the default rule)
     * @param autovacuumInterval background vacuum period; 0s disables it (and the background analyze)
     * @param autovacuumAnalyzeThreshold   the background pass analyses a table when more rows than
     *                                     this plus the scale factor × its rows changed since its
     *                                     last analyze (PostgreSQL's setting of that name, 50)
     * @param autovacuumAnalyzeScaleFactor PostgreSQL's {@code autovacuum_analyze_scale_factor}, 0.1
     */
    public record EngineSection(int bufferPoolPages, String database, String superuser, String superuserPassword,
                                Duration autovacuumInterval, int autovacuumAnalyzeThreshold,
                                double autovacuumAnalyzeScaleFactor) {
        public EngineSection {
            if (bufferPoolPages < 64) {
                throw new IllegalArgumentException("buffer-pool-pages must be at least 64");
            }
            if (database == null || database.isBlank() || superuser == null || superuser.isBlank()) {
                throw new IllegalArgumentException("database and superuser must be named");
            }
            if (autovacuumAnalyzeThreshold < 0) {
                throw new IllegalArgumentException("autovacuum-analyze-threshold must be at least 0");
            }
            if (!(autovacuumAnalyzeScaleFactor >= 0 && autovacuumAnalyzeScaleFactor <= 100)) {
                throw new IllegalArgumentException("autovacuum-analyze-scale-factor must be 0..100");
            }
        }

        /** With PostgreSQL's default analyze threshold (50) and scale factor (0.1). */
        public EngineSection(int bufferPoolPages, String database, String superuser, String superuserPassword,
                             Duration autovacuumInterval) {
            this(bufferPoolPages, database, superuser, superuserPassword, autovacuumInterval, 50, 0.1);
        }

        public static EngineSection defaults() {
            return new EngineSection(16384, "postgres", "postgres", "", Duration.ofSeconds(30), 50, 0.1);
        }
    }

    /**
     * @param host               address to listen on
     * @param port               port to listen on (0: any free port)
     * @param maxConnections     sessions beyond this are refused (53300)
     * @param maxMessageLength   largest protocol message accepted (bytes)
     * @param tlsCertificate     PEM certificate chain file; with {@code tlsKey} enables SSLRequest; empty: no TLS
     * @param tlsKey             PEM PKCS#8 private key file, or empty
     * @param access             access rules, pg_hba style: {@code host all all 127.0.0.1/32 trust};
     *                           empty: trust on loopback, scram-sha-256 elsewhere
     * @param passwordEncryption how new passwords are stored: scram-sha-256 or md5
     * @param settings           defaults of session settings, e.g. {@code TimeZone: Europe/Paris}
     */
    public record WireSection(String host, int port, int maxConnections, int maxMessageLength, String tlsCertificate,
                              String tlsKey, List<String> access, String passwordEncryption, Map<String, String> settings) {
        public WireSection {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("max-connections must be at least 1");
            }
            if (maxMessageLength < 1024) {
                throw new IllegalArgumentException("max-message-length must be at least 1KiB");
            }
            tlsCertificate = tlsCertificate == null ? "" : tlsCertificate;
            tlsKey = tlsKey == null ? "" : tlsKey;
            if (tlsCertificate.isEmpty() != tlsKey.isEmpty()) {
                throw new IllegalArgumentException("tls-certificate and tls-key go together");
            }
            if (!"scram-sha-256".equals(passwordEncryption) && !"md5".equals(passwordEncryption)) {
                throw new IllegalArgumentException("password-encryption must be scram-sha-256 or md5");
            }
            access = access == null ? List.of() : List.copyOf(access);
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }

        public static WireSection defaults() {
            return new WireSection("127.0.0.1", 5432, 100, 64 << 20, "", "", List.of(), "scram-sha-256", Map.of());
        }

        public WireSection withTls(String certificate, String key) {
            return new WireSection(host, port, maxConnections, maxMessageLength, certificate, key, access,
                    passwordEncryption, settings);
        }

        public WireSection withAccess(List<String> rules) {
            return new WireSection(host, port, maxConnections, maxMessageLength, tlsCertificate, tlsKey, rules,
                    passwordEncryption, settings);
        }

        public WireSection withLimits(int connections, int messageLength) {
            return new WireSection(host, port, connections, messageLength, tlsCertificate, tlsKey, access,
                    passwordEncryption, settings);
        }

        public WireSection withPort(int p) {
            return new WireSection(host, p, maxConnections, maxMessageLength, tlsCertificate, tlsKey, access,
                    passwordEncryption, settings);
        }
    }
}
