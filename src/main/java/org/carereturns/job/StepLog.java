package org.carereturns.job;

import java.time.Duration;

import org.carereturns.audit.RunAudit;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Writes each step's outcome and duration to run.log. */
class StepLog implements StepExecutionListener {

    private final RunAudit audit;

    StepLog(RunAudit audit) {
        this.audit = audit;
    }

    @Override
    public void beforeStep(StepExecution step) {
        FaultPoint.reached("before-step:" + step.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        FaultPoint.reached("after-step:" + step.getStepName());
        if (step.getFailureExceptions().stream().anyMatch(StepLog::outOfMemory)) {
            audit.ranOutOfMemory(step.getStepName());
        }
        if (audit.log() != null && step.getStartTime() != null) {
            long ms = Duration.between(step.getStartTime(), java.time.LocalDateTime.now()).toMillis();
            audit.log().line(String.format("step %s: %s in %.1f s%s", step.getStepName(), step.getStatus(), ms / 1000.0,
                    step.getReadCount() > 0 ? ", " + step.getReadCount() + " rows read" : ""));
        }
        return step.getExitStatus();
    }

    static boolean outOfMemory(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
