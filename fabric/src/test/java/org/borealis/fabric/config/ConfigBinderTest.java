package org.borealis.fabric.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigBinderTest {

    enum Mode { AUTO, PMEM, MMAP, FSYNC }

    record LogCfg(Mode mode, long segmentSize, Duration flushDelay) {
        LogCfg {
            if (segmentSize < 1 << 20) {
                throw new IllegalArgumentException("segment-size must be at least 1MiB, was " + segmentSize);
            }
        }

        static LogCfg defaults() {
            return new LogCfg(Mode.AUTO, 64L << 20, Duration.ofMillis(1));
        }
    }

    record NodeCfg(String nodeId, InetSocketAddress listen, Path dataDir, LogCfg log, List<String> peers,
                   Map<String, Integer> weights, boolean verbose, int threads) {
        static NodeCfg defaults() {
            return new NodeCfg(null, new InetSocketAddress("127.0.0.1", 7000), Path.of("data"),
                    LogCfg.defaults(), List.of(), Map.of(), false, 2);
        }
    }

    record NoDefaults(String name, int size) {
    }

    @Test
    void bindsEveryKindOfValue() throws Exception {
        NodeCfg c = ConfigBinder.parse("""
                node-id: storage-1
                listen: 127.0.0.1:7100
                data-dir: /var/lib/borealis
                log:
                  mode: pmem
                  segment-size: 16MiB
                  flush-delay: 250ms
                peers: [a, b]
                weights: {a: 1, b: 2}
                verbose: true
                threads: 8
                """, "test.yaml", NodeCfg.class);
        assertThat(c.nodeId()).isEqualTo("storage-1");
        assertThat(c.listen().getPort()).isEqualTo(7100);
        assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/borealis"));
        assertThat(c.log()).isEqualTo(new LogCfg(Mode.PMEM, 16L << 20, Duration.ofMillis(250)));
        assertThat(c.peers()).containsExactly("a", "b");
        assertThat(c.weights()).containsEntry("b", 2);
        assertThat(c.verbose()).isTrue();
        assertThat(c.threads()).isEqualTo(8);
    }

    @Test
    void absentKeysTakeDefaultsIncludingInsideNestedRecords() throws Exception {
        NodeCfg c = ConfigBinder.parse("node-id: n1\nlog:\n  mode: fsync\n", "t.yaml", NodeCfg.class);
        assertThat(c.log().segmentSize()).isEqualTo(64L << 20);
        assertThat(c.log().mode()).isEqualTo(Mode.FSYNC);
        assertThat(c.threads()).isEqualTo(2);
        assertThat(c.listen().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void unknownKeyNamesFileKeyAndWhatIsExpected() {
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nlog:\n  segmnt-size: 1MiB\n", "conf/s.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("conf/s.yaml")
                .hasMessageContaining("'log.segmnt-size'")
                .hasMessageContaining("unknown key")
                .hasMessageContaining("mode, segment-size, flush-delay");
    }

    @Test
    void wrongTypeNamesTheExpectedType() {
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nthreads: lots\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'threads'")
                .hasMessageContaining("expects an integer");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nverbose: 3\n", "c.yaml", NodeCfg.class))
                .hasMessageContaining("'verbose'").hasMessageContaining("true or false");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nlog: fast\n", "c.yaml", NodeCfg.class))
                .hasMessageContaining("'log'").hasMessageContaining("expects a mapping");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nlog: {mode: turbo}\n", "c.yaml", NodeCfg.class))
                .hasMessageContaining("'log.mode'").hasMessageContaining("[auto, fsync, mmap, pmem]");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nlisten: nowhere\n", "c.yaml", NodeCfg.class))
                .hasMessageContaining("'listen'").hasMessageContaining("host:port");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nthreads: 99999999999\n", "c.yaml", NodeCfg.class))
                .hasMessageContaining("out of range");
    }

    @Test
    void missingRequiredValue() {
        assertThatThrownBy(() -> ConfigBinder.parse("threads: 3\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'node-id'").hasMessageContaining("missing required value (a string)");
        assertThatThrownBy(() -> ConfigBinder.parse("name: x\n", "c.yaml", NoDefaults.class))
                .hasMessageContaining("'size'").hasMessageContaining("missing required");
    }

    @Test
    void recordValidationBecomesAConfigErrorAtTheRightKey() {
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: n\nlog: {segment-size: 4KiB}\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'log'")
                .hasMessageContaining("segment-size must be at least 1MiB");
    }

    @Test
    void rejectsBadYamlDuplicatesAndNonMappings() {
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: [\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> ConfigBinder.parse("node-id: a\nnode-id: b\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> ConfigBinder.parse("- a\n- b\n", "c.yaml", NodeCfg.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("top level");
    }

    @Test
    void emptyDocumentIsAllDefaults() throws Exception {
        assertThatThrownBy(() -> ConfigBinder.parse("", "c.yaml", NodeCfg.class)).hasMessageContaining("'node-id'");
        record Opt(int a) {
            static Opt defaults() {
                return new Opt(5);
            }
        }
        assertThat(ConfigBinder.parse("", "c.yaml", Opt.class).a()).isEqualTo(5);
    }

    @Test
    void loadsFilesAndNamesThemInErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("node.yaml");
        Files.writeString(f, "node-id: x\n");
        assertThat(ConfigBinder.load(f, NodeCfg.class).nodeId()).isEqualTo("x");
        assertThatThrownBy(() -> ConfigBinder.load(dir.resolve("absent.yaml"), NodeCfg.class))
                .hasMessageContaining("absent.yaml").hasMessageContaining("cannot read");
    }

    @Test
    void sizesAndDurations() {
        assertThat(Sizes.parse("4096")).isEqualTo(4096);
        assertThat(Sizes.parse("64KiB")).isEqualTo(64 << 10);
        assertThat(Sizes.parse("64 MB")).isEqualTo(64L << 20);
        assertThat(Sizes.parse("2gib")).isEqualTo(2L << 30);
        assertThatThrownBy(() -> Sizes.parse("12 parsecs")).hasMessageContaining("64MiB");
        assertThatThrownBy(() -> Sizes.parse("99999999999TiB")).hasMessageContaining("too large");
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(Durations.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> Durations.parse("soon")).hasMessageContaining("5s");
    }

    @Test
    void kebabCaseKeys() {
        assertThat(ConfigBinder.keyOf("segmentSize")).isEqualTo("segment-size");
        assertThat(ConfigBinder.keyOf("ioThreads")).isEqualTo("io-threads");
        assertThat(ConfigBinder.keyOf("port")).isEqualTo("port");
    }
}
