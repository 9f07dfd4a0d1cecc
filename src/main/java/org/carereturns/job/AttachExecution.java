package org.carereturns.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/** Records the execution ID as the job starts: on the run lock (so others can name it) and in run.log. */
class AttachExecution implements JobExecutionListener {

    private final CurrentRun run;

    AttachExecution(CurrentRun run) {
        this.run = run;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        RunContext ctx = run.get();
        ctx.executionId(execution.getId());
        if (ctx.lock() != null) {
            ctx.lock().attach(ctx.lockKey(), execution.getId());
        }
        if (ctx.log() != null) {
            ctx.log().line("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName()
                    + " started");
        }
    }
}
