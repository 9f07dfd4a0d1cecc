package org.carereturns.job;

import java.util.List;

import org.carereturns.audit.RunAudit;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.RawRecord;
import org.carereturns.returns.StatutoryReturn;
import org.carereturns.validation.Checked;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.builder.SimpleJobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The jobs, as readable flows of named steps:
 *
 * <pre>
 * year-end:  readServices → readContacts → readReviews → readSafeguarding → readCareLeavers
 *            → read903Header → readEpisodes → readCld → readPopulation → checkAcrossRows
 *            → computeSalt → computeAscof → computeSac → computeCareLeavers → computeCld
 *            → accountForRows → writeReturns → writeBenchmarks → writeAuditTrail → publish
 * nightly:   as year-end, for the year to date (the as-of date stands in for the period end),
 *            with new-rejects.csv, dq-trend.csv and a Data quality sheet
 * validate:  the same, without writeReturns: the same rows are used, excluded or rejected
 * </pre>
 *
 * A read step streams an extract's files through its own rules into the extract's store (chunks of
 * 1,000 rows, each commit saving the reader's place and the store's length); checkAcrossRows keeps
 * beside each store what the rules comparing rows found. Those steps are not run again once
 * complete: a restarted job skips them, and a read step stopped mid-way reads on from its last
 * chunk. There is a compute step for each registered return (Returns.ALL), then accountForRows
 * decides every row's fate once; these keep their results in memory, so a restart runs them again.
 */
@Configuration
public class ReturnsJobConfig {

    static final int CHUNK = 1000;

    /** The order the extracts are read in, and rejected.csv lists them. */
    static final List<Extract> READ_ORDER = List.of(Extract.SERVICES, Extract.CONTACTS, Extract.REVIEWS,
            Extract.SAFEGUARDING, Extract.CARE_LEAVERS, Extract.HEADER_903, Extract.EPISODES, Extract.CLD,
            Extract.POPULATION);

    private final JobRepository repository;
    private final PlatformTransactionManager tm;
    private final RunInputs inputs;
    private final RunAudit audit;
    private final RunReturns returns;
    private final HeldLocks locks;
    private final Stores stores;
    private final ReturnInputs returnInputs;

    public ReturnsJobConfig(JobRepository repository, PlatformTransactionManager tm, RunInputs inputs, RunAudit audit,
                            RunReturns returns, HeldLocks locks) {
        this.repository = repository;
        this.tm = tm;
        this.inputs = inputs;
        this.audit = audit;
        this.returns = returns;
        this.locks = locks;
        this.stores = new Stores(audit.staging());
        this.returnInputs = new ReturnInputs(inputs, stores, returns);
    }

    /** The jobs' names, as the job repository records them (and `runs` lists them). */
    public static final String YEAR_END = "year-end";
    public static final String NIGHTLY = "nightly";
    public static final String VALIDATE = "validate";
    public static final List<String> JOB_NAMES = List.of(YEAR_END, VALIDATE, NIGHTLY);

    @Bean
    public Job yearEndJob() {
        return returnsJob(YEAR_END);
    }

    /** The provisional returns for the year to date, with the as-of date standing in for the period end. */
    @Bean
    public Job nightlyJob() {
        return returnsJob(NIGHTLY);
    }

    /** year-end and nightly are one flow under two names (the name keeps their histories apart). */
    private Job returnsJob(String name) {
        return readAndCompute(new JobBuilder(name, repository))
                .next(step("writeReturns", new WriteReturns(inputs, audit, returns)))
                .next(step("writeBenchmarks", new WriteBenchmarks(inputs, audit, returns)))
                .next(step("writeAuditTrail", new WriteAuditTrail(inputs, audit)))
                .next(step("publish", new Publish(inputs, audit, returns)))
                .build();
    }

    @Bean
    public Job validateJob() {
        return readAndCompute(new JobBuilder(VALIDATE, repository))
                .next(step("writeAuditTrail", new WriteAuditTrail(inputs, audit)))
                .next(step("publish", new Publish(inputs, audit, returns)))
                .build();
    }

    /** The steps every job shares: validate deems rows used or excluded exactly as year-end does. */
    private SimpleJobBuilder readAndCompute(JobBuilder job) {
        SimpleJobBuilder flow = job.listener(locks).listener(new ResumeNote(audit, repository))
                .start(readStep(READ_ORDER.get(0)));
        for (Extract extract : READ_ORDER.subList(1, READ_ORDER.size())) {
            flow = flow.next(readStep(extract));
        }
        flow = flow.next(once("checkAcrossRows", new CheckAcrossRows(inputs, stores, audit)));
        for (StatutoryReturn r : Returns.ALL) {
            flow = flow.next(step(computeStepName(r), new ComputeReturn(r, returnInputs, returns)));
        }
        return flow.next(step("accountForRows", new AccountForRows(inputs, stores, returnInputs, returns, audit,
                repository)));
    }

    /**
     * The names of a job's steps, in the order it runs them, from what the flows above are built from:
     * for the tests that check a run carries them out so, and stop it at each.
     */
    public static List<String> stepNames(boolean writesReturns) {
        List<String> names = new java.util.ArrayList<>(READ_ORDER.stream().map(ReturnsJobConfig::readStepName).toList());
        names.add("checkAcrossRows");
        Returns.ALL.forEach(r -> names.add(computeStepName(r)));
        names.add("accountForRows");
        if (writesReturns) {
            names.addAll(List.of("writeReturns", "writeBenchmarks"));
        }
        names.addAll(List.of("writeAuditTrail", "publish"));
        return names;
    }

    static String readStepName(Extract extract) {
        StringBuilder name = new StringBuilder("read");
        for (String word : extract.key().split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** computeSalt, computeAscof, computeSac, computeCareLeavers. */
    static String computeStepName(StatutoryReturn r) {
        String name = r.name();
        return "compute" + (name.equals(name.toUpperCase()) ? name.charAt(0) + name.substring(1).toLowerCase() : name);
    }

    private Step readStep(Extract extract) {
        return new StepBuilder(readStepName(extract), repository)
                .<RawRecord, Checked<?>>chunk(CHUNK)
                .transactionManager(tm)
                .reader(new ReadExtract(extract, inputs))
                .processor(new ValidateRow(extract, inputs))
                .writer(new KeepRows(extract, inputs, stores, locks))
                .listener(new StepLog(audit))
                .build();
    }

    /** A tasklet step whose result is in memory: a restarted job runs it again. */
    private Step step(String name, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).listener(new StepLog(audit))
                .allowStartIfComplete(true).build();
    }

    /** A tasklet step whose result is kept on disk: a restarted job skips it once complete. */
    private Step once(String name, Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).listener(new StepLog(audit)).build();
    }
}
