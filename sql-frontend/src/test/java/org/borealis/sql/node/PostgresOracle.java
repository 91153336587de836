package org.borealis.sql.node;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private PostgreSQL 15 server for comparing outputs: initdb into a temporary folder and
 * {@code pg_ctl start} on a free loopback port, as the {@code postgres} OS user when running as
 * root (initdb refuses root). Never touches a system service. {@link #available()} is false where
 * Debian's PostgreSQL 15 binaries are not installed.
 */
public final class PostgresOracle implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

    private final Path dir;
    public final int port;

    private PostgresOracle(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    public static boolean available() {
        return Files.isExecutable(BIN.resolve("initdb")) && Files.isExecutable(BIN.resolve("pg_ctl"));
    }

    public static PostgresOracle start() throws Exception {
        Path dir = Files.createTempDirectory("borealis-pg-oracle");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(asPostgres(BIN.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--locale=C"), 120);
        run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-l",
                dir.resolve("log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c timezone=UTC",
                "start"), 120);
        return new PostgresOracle(dir, port);
    }

    static List<String> asPostgres(String... cmd) {
        List<String> out = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            out.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        out.addAll(List.of(cmd));
        return out;
    }

    static String run(List<String> cmd, long seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(seconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("command failed: " + cmd + "\n" + out);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        run(asPostgres(BIN.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), 60);
        run(List.of("rm", "-rf", dir.toString()), 60);
    }
}
