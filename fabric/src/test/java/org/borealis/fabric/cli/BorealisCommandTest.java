package org.borealis.fabric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BorealisCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        CommandLine cl = BorealisCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        CommandLine root = BorealisCommand.commandLine();
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            Run r = run(name, "--help");
            assertThat(r.code()).as(name).isZero();
            assertThat(r.out()).as(name).contains("Usage: borealis " + name);
        }
        assertThat(run("--help").out()).contains("Commands:").contains("version");
    }

    @Test
    void versionNamesTheJdkAndTransports() {
        assertThat(String.join("\n", VersionCommand.lines()))
                .contains("borealis ").contains("java " + System.getProperty("java.version"))
                .contains("transport tcp:").contains("transport rdma:");
    }

    @Test
    void unknownCommandFailsWithUsage() {
        Run r = run("frobnicate");
        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("Unmatched argument");
    }
}
