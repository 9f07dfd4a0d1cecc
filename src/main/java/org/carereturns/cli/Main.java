package org.carereturns.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The entry point. Checks the command line before anything starts, so a usage error is one line
 * and exit code 2; never shows a stack trace.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code (used by the tests, in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || List.of("--help", "-h", "help").contains(args[0])) {
            out.print(Help.MAIN);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.DONE;
        }
        String command = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (command) {
                case "year-end", "validate", "nightly" -> rest.contains("--help") ? help(out, command)
                        : new RunCommand(out, err).run(command, rest);
                case "runs" -> rest.contains("--help") ? help(out, command) : new RunsCommand(out, err).run(rest);
                case "serve" -> rest.contains("--help") ? help(out, command) : new ServeCommand(out, err).run(rest);
                case "generate-sample" -> rest.contains("--help") ? help(out, command)
                        : new GenerateSampleCommand(out, err).run(rest);
                default -> throw new UsageException(null, "unknown command '" + command
                        + "' (expected year-end, validate, nightly, serve, runs or generate-sample)");
            };
        } catch (UsageException e) {
            err.println("care-returns: " + e.getMessage() + " (see 'care-returns "
                    + (e.command() == null ? "" : e.command() + " ") + "--help')");
            return ExitCode.USAGE;
        } catch (RuntimeException e) {
            // whatever escaped a command's own handling: one plain line, never a stack trace
            err.println("care-returns: " + command + " failed: " + RunCommand.rootMessage(e));
            return ExitCode.JOB_FAILED;
        }
    }

    private static int help(PrintStream out, String command) {
        out.print(switch (command) {
            case "year-end" -> Help.YEAR_END;
            case "validate" -> Help.VALIDATE;
            case "nightly" -> Help.NIGHTLY;
            case "runs" -> Help.RUNS;
            case "serve" -> Help.SERVE;
            default -> Help.GENERATE;
        });
        return ExitCode.DONE;
    }
}
