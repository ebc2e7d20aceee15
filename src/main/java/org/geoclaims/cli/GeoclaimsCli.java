package org.geoclaims.cli;

import org.geoclaims.InputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code geoclaims}: the command line. Each subcommand is one small class in this package that
 * parses its arguments and calls the part of geoclaims that does the work.
 */
@Command(name = "geoclaims",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A linked-data knowledge graph and SPARQL service about relations between states "
                + "and the claims made about them.",
        subcommands = {
                ServeCommand.class,
                ConvertCommand.class,
                QueryCommand.class,
                ExportCommand.class,
                LoadCommand.class,
                GenerateCommand.class,
                CheckCommand.class,
                CommandLine.HelpCommand.class
        })
public final class GeoclaimsCli {

    /** Exit code for input that cannot be read or is malformed. */
    public static final int EXIT_BAD_INPUT = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (used by tests). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new GeoclaimsCli());
        cmd.setUsageHelpWidth(100);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);   // --loader light as well as LIGHT
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException ie) {
                commandLine.getErr().println("geoclaims: " + ie.describe());
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cmd;
    }
}
