package org.carereturns.job;

import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * A run's job parameters, and which stopped execution a run may resume: only the same command for the
 * same period, folders and input files (by name and SHA-256), so that a resume never mixes two
 * versions of the extracts.
 */
final class RunParameters {

    private RunParameters() {
    }

    static JobParameters parameters(RunRequest request, org.carereturns.ingest.InputPlan plan) {
        return new JobParametersBuilder()
                .addString("period", request.period().toString())
                .addString("input", request.input().toAbsolutePath().normalize().toString())
                .addString("output", request.output().toAbsolutePath().normalize().toString())
                .addString("asOf", request.period().end().toString())
                .addString("inputs", fingerprint(plan))
                .addLong("run", System.currentTimeMillis())
                .toJobParameters();
    }

    /** The input files by name and SHA-256: a run is resumed only on exactly the same inputs. */
    static String fingerprint(org.carereturns.ingest.InputPlan plan) {
        StringBuilder b = new StringBuilder();
        plan.allFiles().forEach(f -> b.append(f.name()).append('=').append(f.sha256()).append(';'));
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The stopped execution to resume: the one whose dead run held the lock, when it ran the same
     * command for the same period, folders and input files; otherwise null (the run starts afresh).
     */
    static JobExecution resumable(org.springframework.batch.core.repository.JobRepository repository,
                                          Long stoppedId, RunRequest request, org.carereturns.ingest.InputPlan plan) {
        if (stoppedId == null) {
            return null;
        }
        JobExecution stopped = repository.getJobExecution(stoppedId);
        // FAILED: marked so by the run that took over a dead one's lock; STOPPED: stopped when the system asked
        if (stopped == null || stopped.getStatus() != BatchStatus.FAILED && stopped.getStatus() != BatchStatus.STOPPED) {
            return null;
        }
        String job = request.nightly() ? ReturnsJobConfig.NIGHTLY : request.computesReturns()
                ? ReturnsJobConfig.YEAR_END : ReturnsJobConfig.VALIDATE;
        JobParameters now = parameters(request, plan);
        JobParameters then = stopped.getJobParameters();
        boolean same = job.equals(stopped.getJobInstance().getJobName());
        for (String key : List.of("period", "input", "output", "asOf", "inputs")) {
            same &= java.util.Objects.equals(now.getString(key), then.getString(key));
        }
        return same ? stopped : null;
    }

}
