package org.borealis.sql.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.borealis.sql.testutil.EngineFixture;
import org.borealis.sql.testutil.Seeds;
import org.borealis.sql.testutil.StorageFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery: a compute process ({@link CrashWorkload}, a child JVM) works on a storage node
 * running in this JVM and is killed with SIGKILL mid-workload; a new engine on the same node must
 * find every transaction the child reported committed, nothing of the transactions it left open,
 * the money total unchanged, the tables it created, and must go on working (new xids do not
 * collide with the dead writer's).
 */
class CrashIT {

    @TempDir
    Path dir;

    @Test
    void committedWorkSurvivesAKilledComputeNodeAndUncommittedWorkVanishes() throws Exception {
        long seed = Seeds.seed("CrashIT");
        try (StorageFixture storage = new StorageFixture(dir)) {
            CrashSchema.create(storage.open(EngineFixture.config(1024)));
            storage.closeEngines();

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CrashWorkload.class.getName(), storage.address().getHostString(),
                    String.valueOf(storage.address().getPort()), String.valueOf(seed))
                    .redirectErrorStream(true).start();
            ConcurrentLinkedQueue<String> marks = new ConcurrentLinkedQueue<>();
            CountDownLatch enough = new CountDownLatch(80);
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        if (line.startsWith("MARK ")) {
                            marks.add(line.substring(5));
                            if (line.startsWith("MARK COMMITTED")) {
                                enough.countDown();
                            }
                        } else if (line.contains("Exception") || line.contains("ERROR")) {
                            System.out.println("child: " + line);
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the child died
                }
            });
            reader.start();
            while (!enough.await(100, TimeUnit.MILLISECONDS)) {
                assertThat(child.isAlive()).as("the workload died before it was killed").isTrue();
            }
            Thread.sleep(new java.util.Random(seed).nextInt(200));
            child.destroyForcibly();
            child.waitFor();
            reader.join();

            Set<Long> committed = new HashSet<>();
            Set<String> tables = new HashSet<>();
            for (String m : marks) {
                if (m.startsWith("COMMITTED ")) {
                    committed.add(Long.parseLong(m.substring(10)));
                } else if (m.startsWith("TABLE ")) {
                    tables.add(m.substring(6));
                }
            }
            assertThat(committed).hasSizeGreaterThanOrEqualTo(80);

            Engine e = storage.open(EngineFixture.config(1024).withBootstrap("other", "other", null));
            assertThat(e.databaseName()).as("bootstrap is not repeated").isEqualTo("postgres");
            CrashSchema s = CrashSchema.find(e);
            for (String t : tables) {
                assertThat(e.catalog().relation(null, "public", t)).as("table %s", t).isPresent();
            }
            Transaction tx = e.openSession().begin(Isolation.REPEATABLE_READ, true);
            tx.startStatement();
            assertThat(s.accounts().total(tx)).as("money total (seed %d)", seed)
                    .isEqualTo(CrashSchema.ACCOUNTS * CrashSchema.INITIAL);
            List<Row> events = EngineFixture.scan(s.events(), tx);
            Set<Long> found = new HashSet<>();
            for (Row r : events) {
                long id = EngineFixture.id(r.data());
                assertThat(id).as("an uncommitted event is visible (seed %d)", seed).isNotNegative();
                assertThat(EngineFixture.value(r.data())).as("an uncommitted update is visible (seed %d)", seed)
                        .isLessThan(CrashSchema.UNCOMMITTED);
                assertThat(found.add(id)).as("event %d twice", id).isTrue();
            }
            assertThat(found).as("seed %d", seed).containsAll(committed);
            long maxReported = committed.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertThat(found).allMatch(id -> id <= maxReported + 1, "at most the one in flight beyond the reports");
            for (long id : committed) {
                List<Tid> tids = s.eventsPkey().lookup(tx, EngineFixture.key(id));
                assertThat(tids.stream().filter(t -> s.events().fetch(tx, t).isPresent()).count())
                        .as("index entry of event %d", id).isEqualTo(1);
            }
            tx.commit();

            Transaction more = e.openSession().begin(Isolation.READ_COMMITTED, false);
            more.startStatement();
            s.insertEvent(more, 1_000_000, 1);
            s.accounts().add(more, 0, 0).orElseThrow();
            more.commit();
            // heap-only updates after the restart prune chains that hold the killed node's versions
            for (int i = 0; i < 400; i++) {
                Transaction u = e.openSession().begin(Isolation.READ_COMMITTED, false);
                u.startStatement();
                s.accounts().add(u, i % CrashSchema.ACCOUNTS, 5).orElseThrow();
                u.startStatement();
                s.accounts().add(u, (i + 1) % CrashSchema.ACCOUNTS, -5).orElseThrow();
                u.commit();
            }
            e.vacuum(s.accounts().table.oid());
            Transaction check = e.openSession().begin(Isolation.READ_COMMITTED, true);
            check.startStatement();
            assertThat(EngineFixture.scan(s.events(), check)).hasSize(found.size() + 1);
            assertThat(s.accounts().total(check)).as("money total after more updates (seed %d)", seed)
                    .isEqualTo(CrashSchema.ACCOUNTS * CrashSchema.INITIAL);
            for (int a = 0; a < CrashSchema.ACCOUNTS; a++) {
                assertThat(s.accounts().find(check, a)).as("account %d (seed %d)", a, seed).isPresent();
            }
        }
    }
}
