package org.carereturns.job;

import org.carereturns.audit.RunAudit;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** On a restarted execution, says in run.log how many rows the stopped run had kept, which are not read again. */
class ResumeNote implements JobExecutionListener {

    private final RunAudit audit;
    private final JobRepository repository;

    ResumeNote(RunAudit audit, JobRepository repository) {
        this.audit = audit;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        long kept = 0;
        boolean restarted = false;
        for (var extract : ReturnsJobConfig.READ_ORDER) {
            StepExecution last = repository.getLastStepExecution(execution.getJobInstance(),
                    ReturnsJobConfig.readStepName(extract));
            if (last != null && last.getJobExecutionId() != execution.getId()) {
                restarted = true;
                if (last.getStatus() != BatchStatus.ABANDONED) {
                    kept += last.getExecutionContext().getLong(KeepRows.ROWS, 0);
                }
            }
        }
        if (restarted) {
            audit.log().line("resumed: " + kept + " rows committed before the stop were kept, not read again");
        }
    }
}
