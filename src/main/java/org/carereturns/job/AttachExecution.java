package org.carereturns.job;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.carereturns.ingest.Extract;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * As the job starts: records the execution ID (on the run lock, so others can name it, and in
 * run.log); and when the run resumes an execution that stopped, rebuilds the run's state from what
 * that execution committed: each read step's journal up to its committed length, checkServices'
 * effect, and rejected.csv cut back to its committed length.
 */
class AttachExecution implements JobExecutionListener {

    private static final String[] STEPS = {"readServices", "checkServices", "readContacts", "readReviews",
        "readSafeguarding", "readCareLeavers", "readPopulation"};

    private final CurrentRun run;
    private final JobRepository repository;

    AttachExecution(CurrentRun run, JobRepository repository) {
        this.run = run;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunContext ctx = run.get();
        ctx.executionId(execution.getId());
        if (ctx.lock() != null) {
            ctx.lock().attach(ctx.lockKey(), execution.getId());
        }
        if (ctx.localLock() != null) {
            ctx.localLock().attach(execution.getId());
        }
        if (ctx.log() != null) {
            ctx.log().line("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName()
                    + " started");
        }
        if (ctx.resuming()) {
            try {
                replay(ctx, execution);
            } catch (IOException e) {
                throw new IllegalStateException("the stopped run's journal cannot be replayed: " + e.getMessage(), e);
            }
        }
    }

    private void replay(RunContext ctx, JobExecution execution) throws IOException {
        long rejectedLength = 0;
        long replayedRows = 0;
        for (String step : STEPS) {
            StepExecution last = repository.getLastStepExecution(execution.getJobInstance(), step);
            if (last == null) {
                if (!step.equals("checkServices")) {
                    // The job repository holds no chunk of this step (a crash can lose its last commits
                    // before they reach the file): whatever the journal holds for it will be read again.
                    ctx.journal(extractOf(step)).truncate(0);
                }
                continue;
            }
            var context = last.getExecutionContext();
            rejectedLength = Math.max(rejectedLength, context.getLong("rejected.length", 0));
            if (step.equals("checkServices")) {
                if (last.getStatus() == BatchStatus.COMPLETED) {
                    CheckServices.apply(ctx, false);
                }
                continue;
            }
            Extract extract = extractOf(step);
            long committed = context.getLong("journal.length", 0);
            Journal journal = ctx.journal(extract);
            journal.truncate(committed);
            List<Journal.Entry> entries = journal.read(committed);
            var files = ctx.plan().files(extract);
            for (Journal.Entry e : entries) {
                var file = files.get(e.fileIndex());
                ctx.ledger().account(file, e.rejected(), e.exclusion(), e.warning());
                e.rules().forEach(ctx::countFinding);
                if (!e.rejected() && e.exclusion() == null) {
                    AccountForRows.collect(ctx, extract, e.record(),
                            new org.carereturns.ingest.Source(file, e.row(), e.recordId(), e.personId()));
                }
            }
            replayedRows += entries.size();
            ctx.replayed(extract, new ArrayList<>(entries));
            if (last.getStatus() == BatchStatus.COMPLETED) {
                for (int i = 0; i < files.size(); i++) { // a completed step's reader is not opened again
                    for (long k = context.getLong("reader.blanks." + i, 0); k > 0; k--) {
                        ctx.ledger().tally(files.get(i)).blank();
                    }
                    ctx.ledger().tally(files.get(i)).rowsBelowHeader(context.getLong("reader.rows." + i, -1));
                }
            }
        }
        ctx.resumeRejected(rejectedLength);
        ctx.log().line("resumed: " + replayedRows + " rows committed before the stop were replayed, not read again");
    }

    private static Extract extractOf(String step) {
        return switch (step) {
            case "readServices" -> Extract.SERVICES;
            case "readContacts" -> Extract.CONTACTS;
            case "readReviews" -> Extract.REVIEWS;
            case "readSafeguarding" -> Extract.SAFEGUARDING;
            case "readCareLeavers" -> Extract.CARE_LEAVERS;
            default -> Extract.POPULATION;
        };
    }
}
