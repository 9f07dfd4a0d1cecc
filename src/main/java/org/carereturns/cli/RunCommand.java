package org.carereturns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.carereturns.CareReturnsApplication;
import org.carereturns.Period;
import org.carereturns.audit.FileTally;
import org.carereturns.audit.OutputFolder;
import org.carereturns.council.Council;
import org.carereturns.ingest.DamagedInputException;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.RefusedFile;
import org.carereturns.job.CurrentRun;
import org.carereturns.job.LocalRunLock;
import org.carereturns.job.ReturnCatalog;
import org.carereturns.job.RunContext;
import org.carereturns.job.RunLock;
import org.carereturns.job.RunRequest;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * year-end and validate: refuse bad input before anything is computed (exit 3), then run the
 * Spring Batch job against the JDBC job repository and publish its outputs (exit 0, or 4).
 */
final class RunCommand {

    private static final Set<String> VALUED = Set.of("--period", "--as-of", "--input", "--output", "--mapping",
            "--council",
            "--returns", "--db-url", "--db-user", "--db-password");
    private static final Set<String> FLAGS = Set.of("--allow-partial");

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String command, List<String> args) throws UsageException {
        boolean nightly = "nightly".equals(command);
        Set<String> valued = new java.util.HashSet<>(VALUED);
        valued.remove(nightly ? "--period" : "--as-of");
        Arguments a = Arguments.parse(command, args, valued, FLAGS);
        Period period;
        try {
            if (nightly) {
                java.time.LocalDate asOf = a.has("--as-of") ? java.time.LocalDate.parse(a.get("--as-of"))
                        : java.time.LocalDate.now();
                period = Period.yearTo(asOf);
            } else {
                period = Period.parse(a.required("--period"));
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException(command, "--as-of must be a date written like 2025-01-31");
        } catch (IllegalArgumentException e) {
            throw new UsageException(command, e.getMessage());
        }
        Path input = Path.of(a.get("--input", "input/" + period));
        Path output = Path.of(a.get("--output", "output"));
        JobsFiles.Found mappingFile = JobsFiles.locate("mapping.yml", a.get("--mapping"), "--mapping",
                "CARE_RETURNS_MAPPING");
        JobsFiles.Found councilFile = JobsFiles.locate("council.yml", a.get("--council"), "--council",
                "CARE_RETURNS_COUNCIL");
        List<String> asked = asked(command, a.get("--returns"));
        RunRequest request = new RunRequest(command, period, input, output, a.has("--allow-partial"),
                mappingFile == null ? null : mappingFile.path());
        for (JobsFiles.Found named : java.util.Arrays.asList(mappingFile, councilFile)) {
            if (named != null && !named.how().startsWith("in ") && !named.how().startsWith("beside")
                    && !Files.isRegularFile(named.path())) {
                err.println("care-returns: refused: " + named.describe() + " does not exist");
                return ExitCode.INPUT_REFUSED;
            }
        }

        String unwritable = unwritable(output);
        if (unwritable != null) {
            err.println("care-returns: refused: the output folder " + output + " " + unwritable);
            return ExitCode.INPUT_REFUSED;
        }
        // one run at a time, decided before anything else: a refusal comes at once
        LocalRunLock.Result local;
        try {
            local = LocalRunLock.acquire(output, period.toString(), command);
        } catch (IOException e) {
            err.println("care-returns: refused: the output folder " + output + " cannot be written ("
                    + rootMessage(e) + ")");
            return ExitCode.INPUT_REFUSED;
        }
        if (local.heldBy().isPresent()) {
            err.println("care-returns: refused: another run for " + period + " is in progress: "
                    + local.heldBy().get() + "; try again when it has finished");
            return ExitCode.ALREADY_RUNNING;
        }
        try {
            return preflightAndRun(request, mappingFile, councilFile, asked, a, local.lock());
        } finally {
            try {
                local.lock().close();
            } catch (IOException e) {
                // the system releases the lock when this process ends, a moment from now
            }
        }
    }

    /** The pre-flight (refusing bad input before anything is computed, exit 3), then the run. */
    private int preflightAndRun(RunRequest request, JobsFiles.Found mappingFile, JobsFiles.Found councilFile,
                                List<String> asked, Arguments a, LocalRunLock held) {
        Mapping mapping;
        Council council;
        InputPlan plan;
        try {
            mapping = mappingFile == null ? Mapping.none() : Mapping.load(mappingFile.path(), mappingFile.describe());
            council = councilFile == null ? Council.notSet() : Council.load(councilFile.path(), councilFile.describe());
            plan = new InputLocator(mapping).plan(request.input());
        } catch (InputRefusedException e) {
            err.println("care-returns: refused: " + e.getMessage());
            return ExitCode.INPUT_REFUSED;
        }
        for (String name : plan.unmatched()) {
            err.println("care-returns: note: " + name + " matches no extract's file names and is not read (rename"
                    + " it, e.g. services-2024.xlsx, or add its pattern under files: in jobs/mapping.yml)");
        }
        Integer refused = refuseIfNeeded(request, plan);
        if (refused != null) {
            return refused;
        }
        int code = runHolding(request, mapping, council, plan, asked, a, held);
        return code == ExitCode.DONE ? incomplete(request, council, asked) : code;
    }

    /** Why the output folder cannot take a run's files (a file, read-only, not creatable), or null. */
    static String unwritable(Path output) {
        if (Files.exists(output) && !Files.isDirectory(output)) {
            return "is a file, not a folder; name a folder with --output";
        }
        try {
            Files.createDirectories(output);
            Path probe = Files.createTempFile(output, ".write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return "cannot be written (" + rootMessage(e) + "); name a folder this account can write to with --output";
        }
    }

    private List<RunContext.ReturnStatus> lastReturns = List.of();

    /**
     * Exit 6 when a return the council expects (jobs/council.yml, or --returns) was not produced: what
     * could be produced is published, and one line per missing return says why. validate writes none.
     */
    private int incomplete(RunRequest request, Council council, List<String> asked) {
        if (!request.computesReturns()) {
            return ExitCode.DONE;
        }
        List<String> expected = asked.isEmpty() ? council.returns() : asked;
        int code = ExitCode.DONE;
        for (RunContext.ReturnStatus r : lastReturns) {
            if (expected.contains(r.name()) && !r.produced()) {
                err.println("care-returns: incomplete: " + r.name() + " was not produced: " + r.reason());
                code = ExitCode.INCOMPLETE;
            }
        }
        return code;
    }

    private int runHolding(RunRequest request, Mapping mapping, Council council, InputPlan plan, List<String> asked,
                           Arguments a, LocalRunLock held) {
        while (true) {
            RunContext ctx = new RunContext(request, mapping, plan, TerminalProgress.forThisProcess());
            ctx.localLock(held);
            ctx.council(council);
            lastReturns = ctx.returns();
            planReturns(ctx, asked);
            try {
                return launch(ctx, a);
            } catch (GoOnWithout damaged) {
                // --allow-partial: the file is skipped as if the pre-flight had refused it, and the run starts again
                err.println("care-returns: skipped " + damaged.file.getMessage() + "; running again without it");
                plan = plan.without(damaged.file);
                if (plan.allFiles().isEmpty()) {
                    err.println("care-returns: refused: no readable extract is left");
                    return ExitCode.INPUT_REFUSED;
                }
            }
        }
    }

    /** A file found damaged while it was read, under --allow-partial: the run goes again without it. */
    private static final class GoOnWithout extends RuntimeException {
        final DamagedInputException file;

        GoOnWithout(DamagedInputException file) {
            super(file.getMessage(), null, false, false);
            this.file = file;
        }
    }

    /** The damaged file behind a failed run, if that is why it failed. */
    private static DamagedInputException damaged(List<Throwable> failures) {
        return cause(failures, DamagedInputException.class);
    }

    /** The first failure of that type in the failures or their causes, or null. */
    private static <T extends Throwable> T cause(List<Throwable> failures, Class<T> type) {
        for (Throwable f : failures) {
            for (Throwable t = f; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
        }
        return null;
    }

    private static List<String> asked(String command, String list) throws UsageException {
        if (list == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String raw : list.split(",")) {
            String name = ReturnCatalog.RETURNS.stream().map(ReturnCatalog.Spec::name)
                    .filter(n -> n.equalsIgnoreCase(raw.trim())).findFirst()
                    .orElseThrow(() -> new UsageException(command, "--returns: '" + raw.trim()
                            + "' is not a return (expected SALT, ASCOF, SAC or CareLeavers)"));
            names.add(name);
        }
        return names;
    }

    /** Refuses the run (exit 3) when a file was refused and partial runs are not allowed, or nothing is there. */
    private Integer refuseIfNeeded(RunRequest request, InputPlan plan) {
        for (RefusedFile r : plan.refused()) {
            err.println("care-returns: " + (request.allowPartial() ? "skipped " : "refused: ") + r.name() + " ("
                    + r.extract().label() + "): " + r.reason());
        }
        if (!plan.refused().isEmpty() && !request.allowPartial()) {
            err.println("care-returns: nothing was computed or written; correct the file"
                    + (plan.refused().size() > 1 ? "s" : "") + ", or run with --allow-partial to go on without "
                    + (plan.refused().size() > 1 ? "them" : "it"));
            return ExitCode.INPUT_REFUSED;
        }
        if (plan.allFiles().isEmpty()) {
            err.println("care-returns: refused: no extract was found in " + request.input() + " (looked for "
                    + String.join(", ", Extract.CONTACTS.defaultPatterns()) + ", services*, reviews*, "
                    + "safeguarding*, care-leavers*, oc3*, population*)");
            return ExitCode.INPUT_REFUSED;
        }
        return null;
    }

    /** What each return will be: produced (marked when written) or skipped with the reason. */
    private static void planReturns(RunContext ctx, List<String> asked) {
        for (ReturnCatalog.Spec spec : ReturnCatalog.RETURNS) {
            String missing = ReturnCatalog.missing(spec, ctx.plan());
            if (spec.name().equals("SALT") && missing != null) {
                ctx.saltSkipped(missing);
            }
            String reason;
            if (!ctx.request().computesReturns()) {
                reason = "validate checks the extracts only; no return is written";
            } else if (!asked.isEmpty() && !asked.contains(spec.name())) {
                reason = "not asked for (--returns)";
            } else if (missing != null) {
                reason = missing;
            } else {
                reason = "the run did not complete";
            }
            ctx.returns().add(new RunContext.ReturnStatus(spec.name(), false, reason));
        }
    }

    private int launch(RunContext ctx, Arguments a) {
        RunRequest request = ctx.request();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("spring.main.banner-mode", "off");
        props.put("spring.main.web-application-type", "none");
        props.put("spring.main.log-startup-info", "false");
        props.put("logging.level.root", "OFF");
        props.put("logging.level.org.springframework.batch", "OFF");
        props.put("spring.batch.job.enabled", "false");
        props.put("spring.batch.jdbc.initialize-schema", "always");
        props.put("spring.sql.init.continue-on-error", "true");
        String url = JobRepositoryUrl.of(a, request.output());
        props.put("spring.datasource.url", url);
        props.put("spring.datasource.username", a.get("--db-user", System.getenv().getOrDefault("CARE_RETURNS_DB_USER",
                url.startsWith("jdbc:h2:") ? "sa" : "")));
        props.put("spring.datasource.password", a.get("--db-password",
                System.getenv().getOrDefault("CARE_RETURNS_DB_PASSWORD", "")));

        SpringApplication app = new SpringApplication(CareReturnsApplication.class);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        // a run ends by itself; under serve, SIGTERM waits for it rather than closing its context mid-run
        app.setRegisterShutdownHook(false);
        ConfigurableApplicationContext spring = null;
        try {
            spring = app.run();
            spring.getBean(CurrentRun.class).set(ctx);
            RunLock lock = new RunLock(spring.getBean(org.springframework.jdbc.core.JdbcTemplate.class),
                    hostName(), ProcessHandle.current().pid());
            var holder = lock.acquire(ctx.lockKey(), request.command());
            if (holder.isPresent()) {
                err.println("care-returns: refused: another run for " + ctx.lockKey() + " is in progress: "
                        + RunLock.describe(holder.get()) + "; try again when it has finished");
                return ExitCode.ALREADY_RUNNING;
            }
            ctx.lock(lock);
            var repository = spring.getBean(org.springframework.batch.core.repository.JobRepository.class);
            JobExecution stopped = resumable(repository, lock.takenOver(), request, ctx);
            ctx.resuming(stopped != null);
            if (stopped == null) {
                ctx.folder().deleteAbandonedStaging();
            } else if (ctx.folder().rollBack()) {
                err.println("care-returns: the stopped run had begun publishing; its earlier outputs were put back");
            }
            Job job = spring.getBean(request.nightly() ? "nightlyJob" : request.computesReturns() ? "yearEndJob"
                    : "validateJob", Job.class);
            JobParameters params = parameters(request, ctx);
            ctx.prepare();
            if (lock.takenOver() != null) {
                String taken = "execution " + lock.takenOver() + ", which stopped without finishing, was marked failed;"
                        + (ctx.resuming() ? " this run resumes it from its last committed chunk"
                        : " this run starts afresh");
                err.println("care-returns: note: " + taken);
                ctx.log().line(taken);
            }
            JobOperator operator = spring.getBean(JobOperator.class);
            JobExecution execution = ctx.resuming() ? operator.restart(stopped) : operator.start(job, params);
            ctx.executionId(execution.getId());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                ctx.folder().deleteStaging();
                List<Throwable> failures = new ArrayList<>(execution.getAllFailureExceptions());
                DamagedInputException damaged = damaged(failures);
                if (damaged != null && request.allowPartial()) {
                    throw new GoOnWithout(damaged);
                }
                if (damaged != null) {
                    err.println("care-returns: refused: " + damaged.getMessage());
                    err.println("care-returns: nothing was published; the earlier outputs in " + request.target()
                            + " were left as they were. Export the file again, or run with --allow-partial to go"
                            + " on without it");
                    return ExitCode.INPUT_REFUSED;
                }
                String why = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                        : rootMessage(failures.get(0));
                String repositoryProblem = failures.isEmpty() ? null
                        : JobRepositoryUrl.problem(failures.get(0), request.output());
                if (repositoryProblem != null) {
                    why = repositoryProblem;
                }
                OutputFolder.PublishException publishing = cause(failures, OutputFolder.PublishException.class);
                Path log = failures.isEmpty() ? null : errorLog(request, failures.get(0));
                err.println("care-returns: the " + request.command() + " job failed (execution "
                        + execution.getId() + "): " + (publishing != null ? publishing.getMessage() : why)
                        + (log == null ? "" : " [details: " + log + "]"));
                if (publishing == null) { // otherwise its message says where the earlier files are
                    err.println("care-returns: the earlier outputs in " + request.target() + " were left as they were");
                }
                return ExitCode.JOB_FAILED;
            }
            summarise(ctx, execution);
            return ExitCode.DONE;
        } catch (GoOnWithout e) {
            throw e;
        } catch (Exception e) {
            try {
                ctx.folder().deleteStaging();
            } catch (IOException ignored) {
                // the failure below is what the operator needs to see
            }
            Path log = errorLog(request, e);
            String repository = JobRepositoryUrl.problem(e, request.output());
            if (repository != null) {
                err.println("care-returns: " + repository + (log == null ? "" : " [details: " + log + "]"));
                return repository.startsWith("refused: another") ? ExitCode.ALREADY_RUNNING : ExitCode.JOB_FAILED;
            }
            err.println("care-returns: the " + request.command() + " job failed: " + rootMessage(e)
                    + (log == null ? "" : " [details: " + log + "]"));
            return ExitCode.JOB_FAILED;
        } finally {
            if (ctx.lock() != null) {
                try {
                    ctx.lock().release(ctx.lockKey());
                } catch (RuntimeException e) {
                    err.println("care-returns: the run lock could not be released (" + rootMessage(e)
                            + "); the next run will take it over");
                }
            }
            if (spring != null) {
                spring.close();
            }
        }
    }

    private void summarise(RunContext ctx, JobExecution execution) {
        out.printf("%s %s%s: execution %d completed%n", ctx.request().command(), ctx.request().period(),
                ctx.request().period().provisional() ? " as of " + ctx.request().period().end() : "", execution.getId());
        for (FileTally t : ctx.ledger().tallies()) {
            out.printf("  %-14s %-32s read %,d  rejected %,d  excluded %,d  used %,d%n", t.file().extract().label(),
                    t.file().name(), t.rowsRead(), t.rejectedRows(), t.excludedRows(), t.usedRows());
        }
        for (RefusedFile r : ctx.plan().refused()) {
            out.printf("  %-14s %-32s SKIPPED: %s%n", r.extract().label(), r.name(), r.reason());
        }
        for (var o : ctx.ledger().outsideThePeriod()) {
            err.println("care-returns: note: " + o.describe(ctx.request().period().toString()));
        }
        for (RunContext.ReturnStatus r : ctx.returns()) {
            out.printf("  %-12s %s%n", r.name(), r.produced() ? "written" : "not produced: " + r.reason());
        }
        out.println("  outputs in " + ctx.request().target()
                + (ctx.historyUsed() == null ? "" : " (earlier outputs moved to " + ctx.historyUsed() + ")"));
    }

    static JobParameters parameters(RunRequest request, RunContext ctx) {
        return new JobParametersBuilder()
                .addString("period", request.period().toString())
                .addString("input", request.input().toAbsolutePath().normalize().toString())
                .addString("output", request.output().toAbsolutePath().normalize().toString())
                .addString("asOf", request.period().end().toString())
                .addString("inputs", fingerprint(ctx))
                .addLong("run", System.currentTimeMillis())
                .toJobParameters();
    }

    /** The input files by name and SHA-256: a run is resumed only on exactly the same inputs. */
    static String fingerprint(RunContext ctx) {
        StringBuilder b = new StringBuilder();
        ctx.plan().allFiles().forEach(f -> b.append(f.name()).append('=').append(f.sha256()).append(';'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stopped execution to resume: the one whose dead run held the lock, when it ran the same
     * command for the same period, folders and input files; otherwise null (the run starts afresh).
     */
    private static JobExecution resumable(org.springframework.batch.core.repository.JobRepository repository,
                                          Long stoppedId, RunRequest request, RunContext ctx) {
        if (stoppedId == null) {
            return null;
        }
        JobExecution stopped = repository.getJobExecution(stoppedId);
        if (stopped == null || stopped.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        String job = request.nightly() ? "nightly" : request.computesReturns() ? "year-end" : "validate";
        JobParameters now = parameters(request, ctx);
        JobParameters then = stopped.getJobParameters();
        boolean same = job.equals(stopped.getJobInstance().getJobName());
        for (String key : List.of("period", "input", "output", "asOf", "inputs")) {
            same &= java.util.Objects.equals(now.getString(key), then.getString(key));
        }
        return same ? stopped : null;
    }

    static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            message = t.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message);
    }

    /** Keeps the technical detail out of the operator's terminal but within reach of whoever supports them. */
    private static Path errorLog(RunRequest request, Throwable e) {
        try {
            Path dir = request.output().resolve(".logs");
            Files.createDirectories(dir);
            Path log = dir.resolve(request.command() + "-" + request.period() + "-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT).format(LocalDateTime.now())
                    + "-error.log");
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            Files.writeString(log, w.toString());
            return log;
        } catch (IOException io) {
            return null;
        }
    }
}
