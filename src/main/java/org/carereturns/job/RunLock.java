package org.carereturns.job;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One run at a time per period, whichever machine starts it: a row in the job repository's own
 * database. A lock whose holder is gone (a process on this machine that no longer exists, or no
 * heartbeat for {@link #STALE}) is taken over, and the execution it held is marked failed.
 */
public final class RunLock {

    static final Duration STALE = Duration.ofMinutes(10);

    /** Who holds a period's lock. */
    public record Holder(String period, Long executionId, String command, String host, long pid, Instant started,
                         Instant heartbeat) {
    }

    private final JdbcTemplate jdbc;
    private Long takenOver;
    private final String host;
    private final long pid;

    public RunLock(JdbcTemplate jdbc, String host, long pid) {
        this.jdbc = jdbc;
        this.host = host;
        this.pid = pid;
        jdbc.execute("CREATE TABLE IF NOT EXISTS CARE_RETURNS_RUN_LOCK (PERIOD VARCHAR(20) PRIMARY KEY, "
                + "EXECUTION_ID BIGINT, COMMAND VARCHAR(40), HOST VARCHAR(255), PID BIGINT, STARTED TIMESTAMP, "
                + "HEARTBEAT TIMESTAMP)");
    }

    /** Takes the period's lock, or returns who holds it. A stale holder's execution is marked failed. */
    public Optional<Holder> acquire(String period, String command) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Timestamp now = Timestamp.from(Instant.now());
            try {
                jdbc.update("INSERT INTO CARE_RETURNS_RUN_LOCK (PERIOD, COMMAND, HOST, PID, STARTED, HEARTBEAT) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", period, command, host, pid, now, now);
                return Optional.empty();
            } catch (DataIntegrityViolationException taken) {
                Holder holder = holder(period).orElse(null);
                if (holder == null) {
                    continue; // released meanwhile: try again
                }
                if (!isStale(holder)) {
                    return Optional.of(holder);
                }
                markFailed(holder.executionId());
                takenOver = holder.executionId();
                jdbc.update("DELETE FROM CARE_RETURNS_RUN_LOCK WHERE PERIOD = ? AND PID = ? AND HOST = ?", period,
                        holder.pid(), holder.host());
            }
        }
        return holder(period);
    }

    public Optional<Holder> holder(String period) {
        List<Holder> rows = jdbc.query("SELECT * FROM CARE_RETURNS_RUN_LOCK WHERE PERIOD = ?", (rs, i) -> new Holder(
                rs.getString("PERIOD"), (Long) rs.getObject("EXECUTION_ID", Long.class), rs.getString("COMMAND"),
                rs.getString("HOST"), rs.getLong("PID"), rs.getTimestamp("STARTED").toInstant(),
                rs.getTimestamp("HEARTBEAT").toInstant()), period);
        return rows.stream().findFirst();
    }

    boolean isStale(Holder h) {
        if (h.host().equals(host)) {
            return ProcessHandle.of(h.pid()).map(p -> !p.isAlive()).orElse(true);
        }
        return h.heartbeat().isBefore(Instant.now().minus(STALE));
    }

    /** The job repository still says STARTED for a run that died: say what happened to it. */
    private void markFailed(Long executionId) {
        if (executionId == null) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        String why = "the process stopped before finishing (power cut, kill -9 or crash); found by the next run";
        jdbc.update("UPDATE BATCH_STEP_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ?, "
                + "END_TIME = ? WHERE JOB_EXECUTION_ID = ? AND STATUS IN ('STARTED', 'STARTING')", why, now, executionId);
        jdbc.update("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'FAILED', EXIT_CODE = 'FAILED', EXIT_MESSAGE = ?, "
                + "END_TIME = ? WHERE JOB_EXECUTION_ID = ? AND STATUS IN ('STARTED', 'STARTING')", why, now, executionId);
    }

    /** The execution of a dead run this run took the lock from, or null. */
    public Long takenOver() {
        return takenOver;
    }

    public void attach(String period, long executionId) {
        jdbc.update("UPDATE CARE_RETURNS_RUN_LOCK SET EXECUTION_ID = ? WHERE PERIOD = ? AND PID = ? AND HOST = ?",
                executionId, period, pid, host);
    }

    public void heartbeat(String period) {
        jdbc.update("UPDATE CARE_RETURNS_RUN_LOCK SET HEARTBEAT = ? WHERE PERIOD = ? AND PID = ? AND HOST = ?",
                Timestamp.from(Instant.now()), period, pid, host);
    }

    public void release(String period) {
        jdbc.update("DELETE FROM CARE_RETURNS_RUN_LOCK WHERE PERIOD = ? AND PID = ? AND HOST = ?", period, pid, host);
    }

    public static String describe(Holder h) {
        return "execution " + (h.executionId() == null ? "(starting)" : h.executionId()) + " (" + h.command() + " "
                + h.period() + ") started " + h.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " on "
                + h.host() + ", process " + h.pid();
    }
}
