package org.carereturns.job;

import java.util.Optional;

import org.carereturns.audit.RunAudit;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run's two locks as the job sees them: when the job starts, both are told its execution ID
 * (so a refused run can name it, and a dead one be taken over); as the rows are read, the job
 * repository's lock row gets a heartbeat, so runs on other machines know this one is alive.
 */
@Component
public class HeldLocks implements JobExecutionListener {

    private final RunLock lock;
    private final LocalRunLock local;
    private final String key;
    private final String command;
    private final RunAudit audit;
    private long lastHeartbeat;
    private volatile JobExecution execution;

    public HeldLocks(JdbcTemplate jdbc, RunInputs inputs, RunAudit audit, LocalRunLock local) {
        this.lock = new RunLock(jdbc, RunLauncher.hostName(), ProcessHandle.current().pid());
        this.local = local;
        this.key = inputs.request().period().toString();
        this.command = inputs.request().command();
        this.audit = audit;
    }

    /** Takes the period's lock row: empty when taken, else the live run that holds it. */
    Optional<RunLock.Holder> acquire() {
        return lock.acquire(key, command);
    }

    /** The execution whose dead run held the lock, now marked failed, or null. */
    Long takenOver() {
        return lock.takenOver();
    }

    void release() {
        lock.release(key);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        this.execution = execution;
        if (StopSignal.received()) {
            // the signal came as the job was being launched: it stops before its first step
            execution.setStatus(org.springframework.batch.core.BatchStatus.STOPPING);
        }
        lock.attach(key, execution.getId());
        local.attach(execution.getId());
        audit.log().line("execution " + execution.getId() + " of " + execution.getJobInstance().getJobName() + " started");
    }

    /** The execution this run started or resumed, once it has begun; null before. */
    JobExecution execution() {
        return execution;
    }

    /** Called by the read steps as each chunk is written; at most every 30 seconds. */
    void heartbeat() {
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat > 30_000) {
            lock.heartbeat(key);
            lastHeartbeat = now;
        }
    }
}
