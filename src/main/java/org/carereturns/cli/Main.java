package org.carereturns.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The entry point. picocli reads the options and writes the help; a usage error is one line and exit
 * code 2, in our words; never a stack trace.
 */
public final class Main {

    @Command(name = "care-returns", separator = " ", commandListHeading = "%nCommands:%n",
            synopsisHeading = "%nUsage: ", versionProvider = Main.Version.class, customSynopsis = "java -jar target/care-returns.jar <command> [options]",
            header = "care-returns: statutory social care returns from case-management extracts",
            footer = {"", "Run 'care-returns <command> --help' for a command's options.",
                "Exit codes: 0 done, 2 usage, 3 input refused (nothing published), 4 job failed,",
                "5 another run for the same period is in progress, 6 done but incomplete (a return the",
                "council expects could not be produced; the rest is published)."})
    static final class CareReturns {
        @CommandLine.Option(names = {"--help", "-h"}, usageHelp = true, description = "this text")
        boolean help;

        @CommandLine.Option(names = {"--version", "-V"}, versionHelp = true, description = "the version of the program")
        boolean version;
    }

    /** The version the build wrote into the jar's manifest; a build from the classes alone has none. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"care-returns " + (v == null ? "(development build, not packaged)" : v)};
        }
    }

    /**
     * The embedded job repository's server (H2's AUTO_SERVER, which lets a second process name a run in
     * progress) listens on loopback only, unless the council starts Java with -Dh2.bindAddress=ADDRESS.
     * Set before any H2 class is loaded: H2 reads it once.
     */
    static {
        System.getProperties().putIfAbsent("h2.bindAddress", "127.0.0.1");
        // --returns' help lists the returns registered, not a list kept by hand
        System.setProperty("care-returns.returns", String.join(", ", org.carereturns.job.Returns.names()));
    }

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code (used by the tests, in-process). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line = commandLine(out, err);
        if (args.length == 0 || args[0].equals("help")) {
            line.usage(out);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.DONE;
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        line.setOut(outWriter);
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((e, rest) -> usageError(err, commandName(e.getCommandLine()), message(e)));
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof UsageException u) {
                return usageError(err, u.command(), u.getMessage());
            }
            // whatever escaped a command's own handling: one plain line, never a stack trace
            err.println("care-returns: " + args[0] + " failed: " + RunCommand.rootMessage(e));
            return ExitCode.JOB_FAILED;
        });
        int code = line.execute(args);
        outWriter.flush();
        return code;
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(new CareReturns());
        for (Object command : List.of(new RunCommand.YearEnd(out, err), new RunCommand.Validate(out, err),
                new RunCommand.Nightly(out, err), new ServeCommand(out, err), new RunsCommand(out, err),
                new GenerateSampleCommand(out, err))) {
            CommandLine sub = new CommandLine(command);
            // a command's header names it in the list of commands; its own help opens with the usage
            List<String> sections = new ArrayList<>(sub.getHelpSectionKeys());
            sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
            sections.remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER);
            sub.setHelpSectionKeys(sections);
            line.addSubcommand(sub);
        }
        line.setUsageHelpWidth(100);
        return line;
    }

    private static int usageError(PrintStream err, String command, String message) {
        err.println("care-returns: " + message + " (see 'care-returns " + (command == null ? "" : command + " ")
                + "--help')");
        return ExitCode.USAGE;
    }

    private static String commandName(CommandLine line) {
        return line.getParent() == null ? null : line.getCommandName();
    }

    /** picocli's finding, said as the rest of care-returns says things. */
    private static String message(ParameterException e) {
        CommandLine line = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            if (line.getParent() == null && !arg.startsWith("-")) {
                return "unknown command '" + arg + "' (expected " + String.join(", ",
                        line.getSubcommands().keySet()) + ")";
            }
            return arg.startsWith("-") ? "unknown option " + arg.split("=", 2)[0] : "unexpected argument '" + arg + "'";
        }
        if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
            return name(m.getMissing().get(0)) + " needs a value";
        }
        if (e instanceof OverwrittenOptionException o) {
            return name(o.getOverwritten()) + " is given twice";
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }

}
