package org.carereturns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.carereturns.Period;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * serve: stays running and starts nightly on the schedule in jobs/schedule.yml, logging each run. On
 * SIGTERM it lets the run in progress finish (its outputs are published or it fails cleanly) and
 * stops; while waiting between runs it stops at once.
 */
@Command(name = "serve", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
        customSynopsis = "care-returns serve [--schedule FILE] [--cron EXPR] [--input DIR] [--output DIR] [--db-url URL]",
        description = {"",
            "Stays running and starts nightly on a schedule, as of each run's day, logging each run. The",
            "schedule comes from jobs/schedule.yml (cron, input, output); the options override it. In the",
            "input folder, {period} stands for the financial year of the run, e.g. input/{period}."},
        footer = {"",
            "On SIGTERM (systemctl stop, kill) no new run starts. Waiting between runs, serve stops at",
            "once. During a run: with a shared PostgreSQL job repository the run finishes first; with the",
            "default embedded repository the run is stopped, nothing of it is published, the earlier",
            "outputs stay, and the next run finds it and marks it failed (resuming it from its last",
            "committed chunk when it is the same night's run on the same files)."},
        header = "stay running and start nightly on the schedule in jobs/schedule.yml")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--schedule", paramLabel = "FILE", description = "the schedule (default: jobs/schedule.yml)")
    String schedule;

    @Option(names = "--cron", paramLabel = "EXPR", description = {"when to run, e.g. \"0 30 2 * * *\" (second minute "
            + "hour day month weekday)"})
    String cronOption;

    @Option(names = "--input", paramLabel = "DIR", description = "the input folder, {period} for the year of the run")
    String inputOption;

    @Option(names = "--output", paramLabel = "DIR", description = "where results go (default: output)")
    String outputOption;

    @Option(names = "--allow-partial", description = "passed to each nightly run")
    boolean allowPartial;

    @Option(names = "--mapping", paramLabel = "FILE", description = "passed to each nightly run")
    String mapping;

    @Option(names = "--council", paramLabel = "FILE", description = "passed to each nightly run")
    String council;

    @Mixin
    RepositoryOptions repository;

    @Option(names = "--help", usageHelp = true, description = "this text")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;
    private volatile boolean stopping;
    private volatile Thread loop;
    private final CountDownLatch stopped = new CountDownLatch(1);

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        Path file = Path.of(schedule == null ? "jobs/schedule.yml" : schedule);
        Map<String, Object> nightly = schedule(file, schedule != null);
        String cronText = cronOption != null ? cronOption : String.valueOf(nightly.getOrDefault("cron", "0 30 2 * * *"));
        CronExpression cron;
        try {
            cron = CronExpression.parse(cronText.trim().split("\\s+").length == 5 ? "0 " + cronText : cronText);
        } catch (IllegalArgumentException e) {
            throw new UsageException("serve", "the schedule '" + cronText + "' is not a cron expression ("
                    + e.getMessage() + ")");
        }
        String input = inputOption != null ? inputOption : String.valueOf(nightly.getOrDefault("input", "input/{period}"));
        String output = outputOption != null ? outputOption : String.valueOf(nightly.getOrDefault("output", "output"));

        loop = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "care-returns-stop"));
        log("serving: nightly on '" + cronText + "', input " + input + ", output " + output);
        while (!stopping) {
            LocalDateTime next = cron.next(LocalDateTime.now());
            if (next == null) {
                log("the schedule has no further run; stopping");
                break;
            }
            log("next nightly run at " + next.truncatedTo(ChronoUnit.SECONDS));
            if (!sleepUntil(next)) {
                break;
            }
            LocalDate asOf = LocalDate.now();
            Period period = Period.yearTo(asOf);
            List<String> command = new ArrayList<>(List.of("nightly", "--as-of", asOf.toString(), "--input",
                    input.replace("{period}", period.toString()), "--output", output));
            passOn(command, "--db-url", repository.url);
            passOn(command, "--db-user", repository.user);
            passOn(command, "--db-password", repository.password);
            passOn(command, "--mapping", mapping);
            passOn(command, "--council", council);
            if (allowPartial) {
                command.add("--allow-partial");
            }
            log("nightly as of " + asOf + ": started");
            int code = Main.run(command.toArray(String[]::new), out, err);
            log("nightly as of " + asOf + ": " + (stopping && code != ExitCode.DONE
                    ? "interrupted by SIGTERM (outputs not published; the next run finds it and marks it failed)"
                    : "finished, exit code " + code));
        }
        log("stopped");
        stopped.countDown();
        return ExitCode.DONE;
    }

    private static void passOn(List<String> command, String option, String value) {
        if (value != null) {
            command.addAll(List.of(option, value));
        }
    }

    /** Sleeps until the time, or returns false when asked to stop. */
    private boolean sleepUntil(LocalDateTime when) {
        while (!stopping) {
            long ms = ChronoUnit.MILLIS.between(LocalDateTime.now(), when);
            if (ms <= 0) {
                return true;
            }
            try {
                Thread.sleep(Math.min(ms, 1000));
            } catch (InterruptedException e) {
                return false;
            }
        }
        return false;
    }

    /** SIGTERM: no new run starts; a run in progress finishes; then the loop reports it stopped. */
    private void stop() {
        stopping = true;
        log("SIGTERM: stopping after the run in progress, if any");
        try {
            if (!stopped.await(30, TimeUnit.MINUTES)) {
                log("gave up waiting for the run in progress; the next run will find and recover it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void log(String text) {
        out.println(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + text);
        out.flush();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schedule(Path file, boolean asked) throws UsageException {
        if (!Files.exists(file)) {
            if (asked) {
                throw new UsageException("serve", "the schedule file " + file + " does not exist");
            }
            return Map.of();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            Object nightly = root instanceof Map<?, ?> m ? m.get("nightly") : null;
            if (!(nightly instanceof Map<?, ?> n)) {
                throw new UsageException("serve", "the schedule file " + file + " has no 'nightly:' section "
                        + "(see jobs/schedule.yml)");
            }
            return (Map<String, Object>) n;
        } catch (IOException | RuntimeException e) {
            throw new UsageException("serve", "the schedule file " + file + " cannot be read ("
                    + RunCommand.rootMessage(e) + ")");
        }
    }
}
