/**
 * The {@code borealis} command line (picocli). {@link org.borealis.fabric.cli.BorealisCommand} is
 * the root and lists every subcommand; each subcommand is one class. {@code bin/borealis} runs it.
 */
package org.borealis.fabric.cli;
