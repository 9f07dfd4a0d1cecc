package org.carereturns.job;

import org.carereturns.Period;
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
 * year-end:  readServices → readContacts → readReviews → readSafeguarding → readCareLeavers
 *            → readPopulation → writeAuditTrail → publish
 * validate:  the same steps (no return is computed)
 * </pre>
 */
@Configuration
public class ReturnsJobConfig {

    static final int CHUNK = 1000;
    static final Extract[] READ_ORDER = {Extract.SERVICES, Extract.CONTACTS, Extract.REVIEWS, Extract.SAFEGUARDING,
            Extract.CARE_LEAVERS, Extract.POPULATION};

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
        return readAll(new JobBuilder("year-end", repository))
                .next(step("writeAuditTrail", new WriteAuditTrail(run)))
                .next(step("publish", new Publish(run)))
                .build();
    }

    @Bean
    public Job validateJob() {
        return readAll(new JobBuilder("validate", repository))
                .next(step("writeAuditTrail", new WriteAuditTrail(run)))
                .next(step("publish", new Publish(run)))
                .build();
    }

    private SimpleJobBuilder readAll(JobBuilder job) {
        SimpleJobBuilder flow = job.start(readStep(READ_ORDER[0]));
        for (int i = 1; i < READ_ORDER.length; i++) {
            flow = flow.next(readStep(READ_ORDER[i]));
        }
        return flow;
    }

    private Step readStep(Extract extract) {
        String name = "read" + Character.toUpperCase(extract.key().charAt(0))
                + extract.key().substring(1).replace("-l", "L");
        return new StepBuilder(name, repository)
                .<org.carereturns.ingest.RawRecord, org.carereturns.validation.Checked<?>>chunk(CHUNK)
                .transactionManager(tm)
                .reader(new ReadExtract(extract, run))
                .processor(new ValidateRow(extract, run))
                .writer(new AccountForRows(run))
                .build();
    }

    private Step step(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet) {
        return new StepBuilder(name, repository).tasklet(tasklet, tm).build();
    }

    static String periodParameter(Period p) {
        return p.toString();
    }
}
