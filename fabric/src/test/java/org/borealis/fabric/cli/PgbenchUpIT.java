package org.borealis.fabric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code borealis up} as real processes, driven by Debian's pgbench and psql: {@code pgbench -i -s 1},
 * then {@code pgbench -c 4 -j 2 -T 10}; the balances must agree (accounts = tellers = branches =
 * history deltas) and history must hold exactly the transactions pgbench reported. Then a second
 * {@code up} on the same folder must refuse, a restart must keep the data, and the other init steps
 * (server-side generation, foreign keys) must work.
 */
class PgbenchUpIT {

    @TempDir
    Path dir;

    @Test
    void pgbenchKeepsTheBalancesAndARestartKeepsTheData() throws Exception {
        try (LocalUp up = new LocalUp(dir)) {
            up.start();
            String port = Integer.toString(up.port);
            LocalUp.Result init = LocalUp.run(List.of("pgbench", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-i", "-s", "1",
                    "postgres"), 900);
            assertThat(init.exit()).as(init.output()).isZero();
            LocalUp.Result run = LocalUp.run(List.of("pgbench", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c", "4", "-j",
                    "2", "-T", "10", "postgres"), 300);
            assertThat(run.exit()).as(run.output()).isZero();
            Matcher m = Pattern.compile("number of transactions actually processed: (\\d+)").matcher(run.output());
            assertThat(m.find()).as(run.output()).isTrue();
            long txns = Long.parseLong(m.group(1));
            assertThat(txns).isPositive();
            assertThat(run.output()).contains("number of failed transactions: 0");
            long[] sums = sums(up.port);
            assertThat(sums[0]).isEqualTo(sums[1]).isEqualTo(sums[2]).isEqualTo(sums[3]);
            assertThat(sums[4]).isEqualTo(txns);

            LocalUp.Result second = LocalUp.run(LocalUp.borealis("up", "--config", up.config.toString()), 60);
            assertThat(second.exit()).isNotZero();
            assertThat(second.output()).contains("already running");

            up.down();
            assertThat(up.output()).contains("stopped; data kept");
            up.start();
            long[] again = sums(up.port);
            assertThat(again).containsExactly(sums);
            LocalUp.Result psql = LocalUp.run(List.of("psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-At", "-c",
                    "select count(*) from pgbench_accounts", "postgres"), 120);
            assertThat(psql.output().trim()).isEqualTo("100000");

            // Every other init step: server-side generation and foreign keys.
            LocalUp.Result initG = LocalUp.run(List.of("pgbench", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-i", "-I",
                    "dtGvpf", "-s", "1", "postgres"), 900);
            assertThat(initG.exit()).as(initG.output()).isZero();
            assertThat(initG.output()).contains("creating foreign keys");
            LocalUp.Result fk = LocalUp.run(List.of("psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-c",
                    "insert into pgbench_history (tid, bid, aid, delta) values (1, 1, 999999, 0)", "postgres"), 120);
            assertThat(fk.output()).contains("violates foreign key constraint \"pgbench_history_aid_fkey\"");
            up.down();
        }
    }

    private static long[] sums(int port) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", p);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select (select sum(abalance) from pgbench_accounts), (select sum(tbalance) from pgbench_tellers),"
                     + " (select sum(bbalance) from pgbench_branches), (select sum(delta) from pgbench_history),"
                     + " (select count(*) from pgbench_history)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)};
        }
    }
}
