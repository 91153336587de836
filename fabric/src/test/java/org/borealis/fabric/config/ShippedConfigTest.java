package org.borealis.fabric.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.borealis.pagestore.config.StorageConfig;
import org.borealis.sql.node.ComputeConfig;
import org.junit.jupiter.api.Test;

/** The configuration files under {@code conf/} bind as they are shipped, to the defaults they show. */
class ShippedConfigTest {

    private static Path conf(String name) {
        return Path.of(System.getProperty("user.dir")).getParent().resolve("conf").resolve(name);
    }

    @Test
    void computeYamlBindsWithItsLogLinger() throws Exception {
        ComputeConfig c = ConfigBinder.load(conf("compute.yaml"), ComputeConfig.class);
        assertThat(c.storage().logLinger()).isEqualTo(Duration.ofMillis(5));
        assertThat(c.storage().logLinger()).isEqualTo(ComputeConfig.StorageSection.defaults().logLinger());
    }

    @Test
    void storageYamlBinds() throws Exception {
        assertThat(ConfigBinder.load(conf("storage.yaml"), StorageConfig.class)).isNotNull();
    }

    @Test
    void aLingerOutOfRangeIsRefusedNamingTheKey() {
        String yaml = "node-id: c\nstorage:\n  address: 127.0.0.1:7401\n  log-linger: 1h\n";
        assertThatThrownBy(() -> ConfigBinder.parse(yaml, "compute.yaml", ComputeConfig.class))
                .hasMessageContaining("log-linger");
    }
}
