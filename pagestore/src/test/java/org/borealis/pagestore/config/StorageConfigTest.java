package org.borealis.pagestore.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.borealis.pagestore.log.LogMode;
import org.junit.jupiter.api.Test;

class StorageConfigTest {

    @Test
    void defaultsAreValid() {
        StorageConfig c = StorageConfig.defaults();
        assertThat(c.log().mode()).isEqualTo(LogMode.AUTO);
        assertThat(c.log().segmentSize()).isEqualTo(64L << 20);
        assertThat(c.service().host()).isEqualTo("127.0.0.1");
        assertThat(c.withDataDir("x").dataDir()).isEqualTo("x");
    }

    @Test
    void everyBadValueIsNamedByItsKey() {
        assertThatThrownBy(() -> new LogConfig(LogMode.FSYNC, 1000)).hasMessageContaining("log.segment-size");
        assertThatThrownBy(() -> new LogConfig(null, 1 << 20)).hasMessageContaining("log.mode");
        assertThatThrownBy(() -> new StoreConfig(0, 1, Duration.ZERO, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("store.image-every");
        assertThatThrownBy(() -> new StoreConfig(1, -1, Duration.ZERO, 1, Duration.ofSeconds(1)))
                .hasMessageContaining("store.cache-pages");
        assertThatThrownBy(() -> new StoreConfig(1, 1, Duration.ofSeconds(-1), 1, Duration.ofSeconds(1)))
                .hasMessageContaining("store.apply-wait");
        assertThatThrownBy(() -> new StoreConfig(1, 1, Duration.ZERO, 0, Duration.ofSeconds(1)))
                .hasMessageContaining("store.replay-batch");
        assertThatThrownBy(() -> new StoreConfig(1, 1, Duration.ZERO, 1, Duration.ZERO))
                .hasMessageContaining("store.gc-interval");
        assertThatThrownBy(() -> new ServiceConfig(" ", 0, -1, 1, 1, 1)).hasMessageContaining("service.host");
        assertThatThrownBy(() -> new ServiceConfig("h", 70000, -1, 1, 1, 1)).hasMessageContaining("service.port");
        assertThatThrownBy(() -> new ServiceConfig("h", 0, -2, 1, 1, 1)).hasMessageContaining("service.admin-port");
        assertThatThrownBy(() -> new ServiceConfig("h", 0, -1, 0, 1, 1)).hasMessageContaining("service.threads");
        assertThatThrownBy(() -> new ServiceConfig("h", 0, -1, 1, 0, 1)).hasMessageContaining("service.max-in-flight");
        assertThatThrownBy(() -> new ServiceConfig("h", 0, -1, 1, 1, 0)).hasMessageContaining("service.page-slots");
        assertThatThrownBy(() -> new StorageConfig("", "d", LogConfig.defaults(), StoreConfig.defaults(),
                ServiceConfig.defaults())).hasMessageContaining("node-id");
        assertThatThrownBy(() -> new StorageConfig("n", null, LogConfig.defaults(), StoreConfig.defaults(),
                ServiceConfig.defaults())).hasMessageContaining("data-dir");
    }
}
