package org.borealis.pagestore.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogModeSelectorTest {

    @TempDir
    Path dir;

    private static final LogModeSelector.Probe WORKS = d -> null;
    private static final LogModeSelector.Probe FAILS = d -> "IOException: Operation not supported";

    @Test
    void autoTakesPmemWhenTheSyncMappingWorks() throws IOException {
        assertThat(LogModeSelector.select(LogMode.AUTO, dir, "t", WORKS)).isEqualTo(LogMode.PMEM);
    }

    @Test
    void autoFallsBackToFsyncOtherwise() throws IOException {
        assertThat(LogModeSelector.select(LogMode.AUTO, dir, "t", FAILS)).isEqualTo(LogMode.FSYNC);
    }

    @Test
    void pmemWithoutDaxFailsWithTheReasonAndWhatToDo() {
        assertThatThrownBy(() -> LogModeSelector.select(LogMode.PMEM, dir, "t", FAILS))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("DAX filesystem")
                .hasMessageContaining("Operation not supported")
                .hasMessageContaining("log.mode fsync or mmap");
        assertThat(catchSelect(LogMode.PMEM, WORKS)).isEqualTo(LogMode.PMEM);
    }

    @Test
    void explicitModesAreTakenAsConfigured() throws IOException {
        assertThat(LogModeSelector.select(LogMode.MMAP, dir, "t", FAILS)).isEqualTo(LogMode.MMAP);
        assertThat(LogModeSelector.select(LogMode.FSYNC, dir, "t", WORKS)).isEqualTo(LogMode.FSYNC);
    }

    @Test
    void theRealProbeAnswersWithoutLeavingFiles() throws IOException {
        // on a DAX mount this is pmem; on ordinary disks it must say why not
        String why = LogModeSelector.MAP_SYNC_PROBE.tryMapSync(dir);
        LogMode m = LogModeSelector.select(LogMode.AUTO, dir, "t");
        assertThat(m).isEqualTo(why == null ? LogMode.PMEM : LogMode.FSYNC);
        assertThat(dir.toFile().list()).isEmpty();
    }

    private LogMode catchSelect(LogMode m, LogModeSelector.Probe p) {
        try {
            return LogModeSelector.select(m, dir, "t", p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
