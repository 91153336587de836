package org.borealis.fabric.cli;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BorealisCommandTest {

    @Test
    void everyCommandHasHelp() {
        CommandLine root = BorealisCommand.commandLine();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            CliRun r = CliRun.of(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage: borealis " + name);
        }
        assertThat(CliRun.of("--help").out()).contains("Commands:").contains("version");
    }

    @Test
    void versionNamesTheJdkAndTransports() {
        assertThat(String.join("\n", VersionCommand.lines()))
                .contains("borealis ").contains("java " + System.getProperty("java.version"))
                .contains("transport tcp:").contains("transport rdma:");
    }

    @Test
    void unknownCommandFailsWithUsage() {
        CliRun r = CliRun.of("frobnicate");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Unmatched argument");
    }
}
