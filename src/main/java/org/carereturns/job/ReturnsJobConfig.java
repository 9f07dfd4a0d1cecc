package org.carereturns.job;

import org.carereturns.ingest.Extract;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs, as readable flows of named steps. Services are read first because the returns built
 * on the other extracts need each person's long-term support.
 *
 * <pre>
 * year-end:  readServices → checkServices → readContacts → readReviews → readSafeguarding
 *            → readCareLeavers → readPopulation → computeSalt → computeAscof → computeSac
 *            → computeCareLeavers → accountForUnusedRows
 *            → writeReturns → writeAuditTrail → publish
 * nightly:   as year-end, for the year to date (the as-of date stands in for the period end),
 *            with new-rejects.csv, dq-trend.csv and a Data quality sheet
 * validate:  the same, without writeReturns: the same rows are used, excluded or rejected
 * </pre>
 */
@Configuration
public class ReturnsJobConfig {

    static final int CHUNK = 1000;

    private final JobRepository repository;
    private final PlatformTransactionManager tm;
    private final CurrentRun run;

    public ReturnsJobConfig(JobRepository repository, PlatformTransactionManager tm, CurrentRun run) {
        this.repository = repository;
        this.tm = tm;
        this.run = run;
    }

    @Bean
    public Job yearEndJob() {
        return returnsJob("year-end");
    }

    /** The provisional returns for the year to date, with the as-of date standing in for the period end. */
    @Bean
    public Job nightlyJob() {
        return returnsJob("nightly");
    }

    /** year-end and nightly are one flow under two names (the name keeps their histories apart). */
    private Job returnsJob(String name) {
        return readAndCompute(new JobBuilder(name, repository))
                .next(step("writeReturns", new WriteReturns(run)))
                .next(step("writeAuditTrail", new WriteAuditTrail(run)))
                .next(step("publish", new Publish(run)))
                .build();
    }

    @Bean
    public Job validateJob() {
        return readAndCompute(new JobBuilder("validate", repository))
                .next(step("writeAuditTrail", new WriteAuditTrail(run)))
                .next(step("publish", new Publish(run)))
                .build();
    }

    /** The steps both jobs share: validate deems rows used or excluded exactly as year-end does. */
    private SimpleJobBuilder readAndCompute(JobBuilder job) {
        return job.listener(new AttachExecution(run, repository)).start(readStep(Extract.SERVICES))
                .next(step("checkServices", new CheckServices(run)))
                .next(readStep(Extract.CONTACTS))
                .next(readStep(Extract.REVIEWS))
                .next(readStep(Extract.SAFEGUARDING))
                .next(readStep(Extract.CARE_LEAVERS))
                .next(readStep(Extract.POPULATION))
                .next(step("computeSalt", new ComputeSalt(run)))
                .next(step("computeAscof", new ComputeAscof(run)))
                .next(step("computeSac", new ComputeSac(run)))
                .next(step("computeCareLeavers", new ComputeCareLeavers(run)))
                .next(step("accountForUnusedRows", new AccountForUnusedRows(run)));
    }

    static String readStepName(Extract extract) {
        return "read" + Character.toUpperCase(extract.key().charAt(0)) + extract.key().substring(1).replace("-l", "L");
    }

    private Step readStep(Extract extract) {
        return new StepBuilder(readStepName(extract), repository)
                .<org.carereturns.ingest.RawRecord, org.carereturns.validation.Checked<?>>chunk(CHUNK)
                .transactionManager(tm)
                .reader(new ReadExtract(extract, run))
                .processor(new ValidateRow(extract, run))
                .writer(new AccountForRows(extract, run))
                .listener(new StepLog(run))
                .build();
    }

    /**
     * A tasklet step. Those after the reading recompute from the run's state, so on a resumed run they
     * always run again; checkServices writes to rejected.csv, so a resume replays it instead.
     */
    private Step step(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).listener(new StepLog(run))
                .allowStartIfComplete(!name.equals("checkServices")).build();
    }
}
