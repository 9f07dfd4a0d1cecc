package org.carereturns.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.CareReturnsApplication;
import org.carereturns.audit.OutputFolder;
import org.carereturns.audit.RunAudit;
import org.carereturns.benchmarks.Comparators;
import org.carereturns.council.Council;
import org.carereturns.ingest.DamagedInputException;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.InputRefusedException;
import org.carereturns.ingest.Mapping;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Carries out one year-end, nightly or validate run that the command line asked for: one run at a
 * time (the local lock, then the job repository's), the pre-flight that refuses bad input before
 * anything is computed, the Spring Batch job against the JDBC job repository (resuming a run that
 * died), and the outcome a scheduler reads. It reports on the streams the command line gives it.
 */
public final class RunLauncher {

    /** How a run ended, as a scheduler reads it (the exit code). */
    public enum Outcome {
        DONE(0), REFUSED(3), FAILED(4), ALREADY_RUNNING(5), INCOMPLETE(6);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** Where the job repository is and how to log in to it. */
    public record Repository(String url, String user, String password) {
    }

    /** A file the run reads settings from, and how it was found (for run.log and the manifest). */
    public record Settings(Path path, String how) {
        public String describe() {
            return path + " (" + how + ")";
        }
    }

    private final PrintStream out;
    private final PrintStream err;
    private final ExtractReader.Progress progress;

    public RunLauncher(PrintStream out, PrintStream err, ExtractReader.Progress progress) {
        this.out = out;
        this.err = err;
        this.progress = progress;
    }

    /**
     * The run: {@code mappingFile} and {@code councilFile} may be null (built-in mapping, council not
     * set); {@code asked} the returns named with --returns, or empty.
     */
    public Outcome run(RunRequest request, Settings mappingFile, Settings councilFile, List<String> asked,
                       Repository repository) {
        Path output = request.output();
        String command = request.command();
        org.carereturns.Period period = request.period();
        String unwritable = Preflight.unwritable(output);
        if (unwritable != null) {
            err.println("care-returns: refused: the output folder " + output + " " + unwritable);
            return Outcome.REFUSED;
        }
        String unusable = unusableRepository(repository, output);
        if (unusable != null) {
            err.println("care-returns: refused: " + unusable);
            return Outcome.REFUSED;
        }
        // one run at a time, decided before anything else: a refusal comes at once
        LocalRunLock.Result local;
        try {
            local = LocalRunLock.acquire(output, period.toString(), command);
        } catch (IOException e) {
            err.println("care-returns: refused: the output folder " + output + " cannot be written ("
                    + rootMessage(e) + ")");
            return Outcome.REFUSED;
        }
        if (local.heldBy().isPresent()) {
            err.println("care-returns: refused: another run for " + period + " is in progress: "
                    + local.heldBy().get() + "; try again when it has finished");
            return Outcome.ALREADY_RUNNING;
        }
        // SIGTERM and Ctrl-C are answered by the run while it lasts
        StopSignal signal = StopSignal.listen();
        try {
            return preflightAndRun(request, mappingFile, councilFile, asked, repository, local.lock(), signal);
        } finally {
            signal.runEnded();
            try {
                local.lock().close();
            } catch (IOException e) {
                // the system releases the lock when this process ends, a moment from now
            }
        }
    }


    /** The pre-flight (refusing bad input before anything is computed, exit 3), then the run. */
    private Outcome preflightAndRun(RunRequest request, Settings mappingFile, Settings councilFile,
                                List<String> asked, Repository repository, LocalRunLock held, StopSignal signal) {
        Mapping mapping;
        Council council;
        Comparators comparators;
        InputPlan plan;
        try {
            mapping = mappingFile == null ? Mapping.none() : Mapping.load(mappingFile.path(), mappingFile.describe());
            council = councilFile == null ? Council.notSet(Returns.names())
                    : Council.load(councilFile.path(), councilFile.describe(), Returns.names());
            comparators = request.comparatorsFile() == null ? Comparators.none()
                    : Comparators.load(request.comparatorsFile(), request.comparatorsFile().toString());
            plan = new InputLocator(mapping).plan(request.input());
        } catch (InputRefusedException e) {
            err.println("care-returns: refused: " + e.getMessage());
            return Outcome.REFUSED;
        }
        Preflight.noteUnmatched(plan, err);
        Outcome refused = Preflight.refuseIfNeeded(request, plan, err);
        if (refused != null) {
            return refused;
        }
        Outcome code = runHolding(request, mapping, council, comparators, plan, asked, repository, held,
                signal);
        return code == Outcome.DONE ? incomplete(request, council, asked) : code;
    }


    private List<RunReturns.Status> lastReturns = List.of();

    /**
     * Exit 6 when a return the council expects (jobs/council.yml, or --returns) was not produced: what
     * could be produced is published, and one line per missing return says why. validate writes none.
     */
    private Outcome incomplete(RunRequest request, Council council, List<String> asked) {
        if (!request.computesReturns()) {
            return Outcome.DONE;
        }
        List<String> expected = asked.isEmpty() ? council.returns() : asked;
        Outcome code = Outcome.DONE;
        for (RunReturns.Status r : lastReturns) {
            if (expected.contains(r.name()) && !r.produced()) {
                err.println("care-returns: incomplete: " + r.name() + " was not produced: " + r.reason());
                code = Outcome.INCOMPLETE;
            }
        }
        return code;
    }

    private Outcome runHolding(RunRequest request, Mapping mapping, Council council, Comparators comparators,
                               InputPlan plan, List<String> asked, Repository repository, LocalRunLock held,
                               StopSignal signal) {
        while (true) {
            RunInputs inputs = new RunInputs(request, mapping, plan, council, comparators, progress);
            RunReturns returns = new RunReturns(request, plan, asked);
            lastReturns = returns.statuses();
            try {
                return launch(inputs, new RunAudit(plan, request.target()), returns, held, repository, signal);
            } catch (GoOnWithout damaged) {
                // --allow-partial: the file is skipped as if the pre-flight had refused it, and the run starts again
                err.println("care-returns: skipped " + damaged.file.getMessage() + "; running again without it");
                plan = plan.without(damaged.file);
                if (plan.allFiles().isEmpty()) {
                    err.println("care-returns: refused: no readable extract is left");
                    return Outcome.REFUSED;
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

    /** The run's Spring context: the job repository, the jobs, and this run's inputs, audit, returns and lock. */
    private static ConfigurableApplicationContext spring(RunInputs inputs, RunAudit audit, RunReturns returns,
                                                         LocalRunLock held, Repository repository) {
        Map<String, Object> props = new LinkedHashMap<>();
        // the rest of Spring's settings are in application.yml
        props.put("spring.datasource.url", repository.url());
        props.put("spring.datasource.username", repository.user());
        props.put("spring.datasource.password", repository.password());
        SpringApplication app = new SpringApplication(CareReturnsApplication.class);
        app.setDefaultProperties(props);
        app.setLogStartupInfo(false);
        // a run ends by itself; under serve, SIGTERM waits for it rather than closing its context mid-run
        app.setRegisterShutdownHook(false);
        app.addInitializers(context -> {
            var beans = context.getBeanFactory();
            beans.registerSingleton("runInputs", inputs);
            beans.registerSingleton("runAudit", audit);
            beans.registerSingleton("runReturns", returns);
            beans.registerSingleton("localRunLock", held);
        });
        return app.run();
    }

    private Outcome launch(RunInputs inputs, RunAudit audit, RunReturns returns, LocalRunLock held,
                           Repository repository, StopSignal signal) {
        RunRequest request = inputs.request();
        ConfigurableApplicationContext spring = null;
        HeldLocks locks = null;
        boolean keepLock = false;
        try {
            spring = spring(inputs, audit, returns, held, repository);
            HeldLocks candidate = spring.getBean(HeldLocks.class);
            var holder = candidate.acquire();
            if (holder.isPresent()) {
                err.println("care-returns: refused: another run for " + request.period() + " is in progress: "
                        + RunLock.describe(holder.get()) + "; try again when it has finished");
                return Outcome.ALREADY_RUNNING;
            }
            locks = candidate;
            var jobRepository = spring.getBean(org.springframework.batch.core.repository.JobRepository.class);
            JobExecution stopped = RunParameters.resumable(jobRepository, locks.takenOver(), request, inputs.plan());
            if (stopped != null && !Files.isDirectory(audit.staging().resolve(Stores.FOLDER))) {
                stopped = null; // the stopped run's kept rows are gone: nothing to resume from
            }
            if (stopped == null) {
                audit.folder().deleteAbandonedStaging();
            } else if (audit.folder().rollBack()) {
                err.println("care-returns: the stopped run had begun publishing; its earlier outputs were put back");
            }
            boolean resuming = stopped != null;
            Job job = spring.getBean(request.nightly() ? "nightlyJob" : request.computesReturns() ? "yearEndJob"
                    : "validateJob", Job.class);
            var log = audit.openLog(resuming);
            if (resuming) {
                log.line("resuming the execution that stopped; rows already committed are not read again");
            } else {
                Files.createDirectories(audit.staging().resolve(Stores.FOLDER));
                RunReport.startLog(log, inputs);
            }
            if (locks.takenOver() != null) {
                String taken = resuming && stopped.getStatus() == BatchStatus.STOPPED
                        ? "execution " + locks.takenOver() + ", which the system stopped before it finished (SIGTERM or"
                        + " Ctrl-C); this run resumes it from its last committed chunk"
                        : "execution " + locks.takenOver() + ", which stopped without finishing, was marked failed;"
                        + (resuming ? " this run resumes it from its last committed chunk" : " this run starts afresh");
                err.println("care-returns: note: " + taken);
                log.line(taken);
            }
            JobOperator operator = spring.getBean(JobOperator.class);
            HeldLocks running = locks;
            if (StopSignal.received()) {
                err.println("care-returns: the " + request.command() + " run was stopped by the system (SIGTERM or"
                        + " Ctrl-C) before it started; nothing was computed or published");
                return Outcome.FAILED;
            }
            signal.stops(() -> stop(operator, jobRepository, running));
            JobExecution execution = resuming ? operator.restart(stopped)
                    : operator.start(job, RunParameters.parameters(request, inputs.plan()));
            if (StopSignal.received()) {
                keepLock = !audit.isPublished();
                return stoppedBySignal(request, audit, returns, inputs, execution);
            }
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                audit.folder().deleteStaging();
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
                    return Outcome.REFUSED;
                }
                String why = failures.isEmpty() ? execution.getExitStatus().getExitDescription()
                        : rootMessage(failures.get(0));
                if (audit.outOfMemoryIn() != null) {
                    why = outOfMemory(audit.outOfMemoryIn());
                }
                String repositoryProblem = failures.isEmpty() ? null
                        : RepositoryProblems.problem(failures.get(0), request.output());
                if (repositoryProblem != null) {
                    why = repositoryProblem;
                }
                OutputFolder.PublishException publishing = cause(failures, OutputFolder.PublishException.class);
                Path details = failures.isEmpty() ? null : RunReport.errorLog(request, failures.get(0));
                err.println("care-returns: the " + request.command() + " job failed (execution "
                        + execution.getId() + "): " + (publishing != null ? publishing.getMessage() : why)
                        + (details == null ? "" : " [details: " + details + "]"));
                if (publishing == null) { // otherwise its message says where the earlier files are
                    err.println("care-returns: the earlier outputs in " + request.target() + " were left as they were");
                }
                return Outcome.FAILED;
            }
            RunReport.summarise(out, err, inputs, audit, returns, execution);
            return Outcome.DONE;
        } catch (GoOnWithout e) {
            throw e;
        } catch (Exception e) {
            try {
                audit.folder().deleteStaging();
            } catch (IOException ignored) {
                // the failure below is what the operator needs to see
            }
            Path log = RunReport.errorLog(request, e);
            if (audit != null && audit.outOfMemoryIn() != null) {
                err.println("care-returns: the " + request.command() + " job failed: " + outOfMemory(audit.outOfMemoryIn())
                        + (log == null ? "" : " [details: " + log + "]"));
                err.println("care-returns: the earlier outputs in " + request.target() + " were left as they were");
                return Outcome.FAILED;
            }
            String problem = RepositoryProblems.problem(e, request.output());
            if (problem != null) {
                err.println("care-returns: " + problem + (log == null ? "" : " [details: " + log + "]"));
                return problem.startsWith("refused: another") ? Outcome.ALREADY_RUNNING : Outcome.FAILED;
            }
            err.println("care-returns: the " + request.command() + " job failed: " + rootMessage(e)
                    + (log == null ? "" : " [details: " + log + "]"));
            return Outcome.FAILED;
        } finally {
            if (locks != null && keepLock) {
                err.println("care-returns: note: the run lock is left for the next run, which resumes this one");
            } else if (locks != null) {
                try {
                    locks.release();
                } catch (RuntimeException e) {
                    err.println("care-returns: the run lock could not be released (" + (audit.outOfMemoryIn() != null
                            ? "the job repository closed itself when memory ran out" : rootMessage(e))
                            + "); the next run will take it over");
                }
            }
            if (spring != null) {
                RepositoryServer.waitForOtherProcesses(spring, repository, request.output(), err);
                spring.close();
            }
        }
    }

    /** Asks the run's job execution to stop, as Spring Batch stops a job: at the end of the chunk or step in hand. */
    private static void stop(JobOperator operator, org.springframework.batch.core.repository.JobRepository repository,
                             HeldLocks locks) {
        JobExecution running = locks.execution();
        if (running == null) {
            return; // not begun: it stops before its first step (HeldLocks.beforeJob)
        }
        try {
            // the job's own execution, which is asked before each step whether it is stopping, and the
            // repository's record of it, which each chunk's commit reads
            running.setStatus(BatchStatus.STOPPING);
            operator.stop(repository.getJobExecution(running.getId()));
        } catch (Exception e) {
            // the run ends with the JVM all the same; what it had committed is kept for the next run
        }
    }

    /**
     * A run the system asked to stop (SIGTERM, Ctrl-C), said as it happened: stopped before publishing
     * (nothing published, its kept rows left for the next run to resume from) or after (this run's
     * outputs are in place, the earlier ones in history).
     */
    private Outcome stoppedBySignal(RunRequest request, RunAudit audit, RunReturns returns, RunInputs inputs,
                                    JobExecution execution) {
        if (audit.isPublished()) {
            err.println("care-returns: the system asked the run to stop while it was publishing; the publish was "
                    + "finished first: " + request.target() + " holds this run's outputs (execution "
                    + execution.getId() + ")" + (audit.historyUsed() == null ? ""
                    : " and the earlier ones are in " + audit.historyUsed()));
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                RunReport.summarise(out, err, inputs, audit, returns, execution);
            }
            return Outcome.DONE;
        }
        String step = execution.getStepExecutions().stream().filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .map(org.springframework.batch.core.step.StepExecution::getStepName).findFirst().orElse(null);
        err.println("care-returns: the " + request.command() + " run was stopped by the system (SIGTERM or Ctrl-C)"
                + (step == null ? "" : " in step " + step) + " (execution " + execution.getId() + "); nothing of it"
                + " was published and the earlier outputs in " + request.target() + " are as they were; the next"
                + " run resumes it from its last committed chunk");
        return Outcome.FAILED;
    }


    /**
     * Why the job repository cannot be used, checked before Spring creates or writes anything in it;
     * null when it can. The embedded H2 file beside the outputs is care-returns' own by construction.
     */
    private static String unusableRepository(Repository repository, Path output) {
        if (repository.url().startsWith("jdbc:h2:file:" + output.toAbsolutePath().resolve(".jobrepo"))) {
            return null;
        }
        try {
            return RepositorySchema.unusable(repository.url(), repository.user(), repository.password());
        } catch (java.sql.SQLException e) {
            return null; // cannot connect: the run's own start says so, in the words it always has
        }
    }

    /** What to do when a step ran out of memory, in words (the heap is Java's -Xmx). */
    static String outOfMemory(String step) {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "step " + step + " ran out of memory: Java was given " + mb + " MB. Run it again with more, for"
                + " example java -Xmx" + Math.max(1, 2 * mb / 1024) + "g -jar care-returns.jar ...";
    }

    static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    /** An exception's innermost message, one line: what a person reads, never a stack trace. */
    public static String rootMessage(Throwable e) {
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

}
