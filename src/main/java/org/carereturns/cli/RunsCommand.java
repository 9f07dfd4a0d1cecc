package org.carereturns.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** runs: the job history from the job repository, newest first. */
@Command(name = "runs", sortOptions = false, separator = " ", optionListHeading = "%nOptions:%n",
        customSynopsis = "care-returns runs [--period P] [--last N] [--output DIR] [--db-url URL]",
        description = {"",
            "The job history from the job repository, newest first: execution ID, command, period, as-of,",
            "start, end, status, rows read, rows rejected and output folder."},
        header = "the job history from the job repository")
final class RunsCommand implements Callable<Integer> {

    @Option(names = "--period", paramLabel = "P", description = "only this period's runs")
    String period;

    @Option(names = "--last", paramLabel = "N", description = "at most N runs (default 20)")
    String last;

    @Option(names = "--output", paramLabel = "DIR", description = "where the default job repository is (default: "
            + "output)")
    String output;

    @Mixin
    RepositoryOptions repository;

    @Option(names = "--help", usageHelp = true, description = "this text")
    boolean help;

    private final PrintStream out;
    private final PrintStream err;

    RunsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        int most = (int) Numbers.within("runs", "--last", last, 20, 1, 100_000);
        if (period != null) {
            try {
                org.carereturns.Period.parse(period);
            } catch (IllegalArgumentException e) {
                throw new UsageException("runs", e.getMessage());
            }
        }
        java.nio.file.Path folder = java.nio.file.Path.of(output == null ? "output" : output);
        if (repository.embedded() && !java.nio.file.Files.exists(folder.resolve(".jobrepo"))) {
            out.println("no runs yet: there is no job repository in " + folder.resolve(".jobrepo"));
            return ExitCode.DONE;
        }
        var at = repository.repository(folder);
        try {
            String unusable = org.carereturns.job.RepositorySchema.unusable(at.url(), at.user(), at.password());
            if (unusable != null) {
                err.println("care-returns: " + unusable);
                return ExitCode.JOB_FAILED;
            }
            print(repository(at.url(), at.user(), at.password()), period, most);
            return ExitCode.DONE;
        } catch (Exception e) {
            err.println("care-returns: the job repository cannot be read (" + RunCommand.rootMessage(e) + ")");
            return ExitCode.JOB_FAILED;
        }
    }

    /** The framework's own view of the job repository: no SQL of ours on its tables. */
    private static JobRepository repository(String url, String user, String password) throws Exception {
        DriverManagerDataSource data = new DriverManagerDataSource(url, user, password);
        JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
        factory.setDataSource(data);
        factory.setTransactionManager(new DataSourceTransactionManager(data));
        factory.afterPropertiesSet();
        return factory.getObject();
    }

    private void print(JobRepository repository, String period, int last) {
        List<JobExecution> executions = new ArrayList<>();
        for (String job : repository.getJobNames()) {
            if (!org.carereturns.job.ReturnsJobConfig.JOB_NAMES.contains(job)) {
                continue; // another application's jobs, should it share the database: not ours to read
            }
            for (JobInstance instance : repository.findJobInstances(job)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
        out.println(String.format("%-9s %-9s %-7s %-10s %-19s %-19s %-9s %10s %9s  %s", "execution", "command",
                "period", "as-of", "start", "end", "status", "rows read", "rejected", "output"));
        int shown = 0;
        for (JobExecution e : executions) {
            if (shown == last) {
                break;
            }
            JobParameters params = e.getJobParameters();
            if (period != null && !period.equals(params.getString("period"))) {
                continue;
            }
            Map<String, String> summary = summary(e.getExitStatus().getExitDescription());
            out.println(String.format("%-9d %-9s %-7s %-10s %-19s %-19s %-9s %10s %9s  %s", e.getId(),
                    e.getJobInstance().getJobName(), orEmpty(params.getString("period")),
                    orEmpty(params.getString("asOf")), time(e.getStartTime()), time(e.getEndTime()), e.getStatus(),
                    summary.getOrDefault("read", ""), summary.getOrDefault("rejected", ""),
                    summary.getOrDefault("output", "")));
            shown++;
        }
        if (shown == 0) {
            out.println("(no runs" + (period == null ? "" : " for " + period) + ")");
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The "read N; rejected M; output DIR" summary that publish leaves on a completed execution. */
    private static Map<String, String> summary(String exitMessage) {
        Map<String, String> out = new LinkedHashMap<>();
        if (exitMessage == null || !exitMessage.startsWith("read ")) {
            return out;
        }
        for (String part : exitMessage.split("; ")) {
            int space = part.indexOf(' ');
            if (space > 0) {
                out.put(part.substring(0, space), part.substring(space + 1));
            }
        }
        return out;
    }

    private static String time(java.time.LocalDateTime t) {
        return t == null ? "" : t.withNano(0).toString().replace('T', ' ');
    }
}
