package org.borealis.fabric.cli;

import org.borealis.fabric.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code borealis}: the root command. Run with no arguments or {@code --help} to list commands;
 * every command takes {@code --help}.
 */
@Command(name = "borealis",
        mixinStandardHelpOptions = true,
        versionProvider = VersionCommand.Provider.class,
        description = "Borealis: a PostgreSQL-compatible database whose storage is a replicated log.",
        subcommands = {
                VersionCommand.class,
                ComputeCommand.class,
                UpCommand.class,
                DownCommand.class,
                StatusCommand.class,
                StorageCommand.class,
                PageCommand.class,
                CommandLine.HelpCommand.class
        })
public final class BorealisCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Commands that are clients of running nodes: their own log lines would only be noise. */
    private static final java.util.Set<String> CLIENT_COMMANDS = java.util.Set.of("status", "page", "version", "down");

    public static void main(String[] args) {
        if (args.length > 0 && CLIENT_COMMANDS.contains(args[0]) && System.getProperty("borealis.log.level") == null) {
            System.setProperty("borealis.log.level", "WARN");
        }
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: configuration errors print their message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BorealisCommand());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable t = ex;
            while (t.getCause() != null && !(t instanceof ConfigException) && !(t instanceof UserException)) {
                t = t.getCause();
            }
            if (t instanceof ConfigException || t instanceof UserException) {
                commandLine.getErr().println("borealis: " + t.getMessage());
                return 2;
            }
            throw ex;
        });
        return cl;
    }
}
