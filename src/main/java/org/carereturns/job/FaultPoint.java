package org.carereturns.job;

/**
 * The places where the fault tests stop the process dead, as SIGKILL or a power cut would (no
 * shutdown hooks, nothing flushed): after a step's work but before the job repository records it,
 * as the next step starts, after the n-th chunk of a read step is written but before it commits,
 * and after the n-th file moved while publishing. Off unless the system property
 * {@value #PROPERTY} names one of them, e.g. {@code -Dcare-returns.fault.halt-at=chunk:readContacts:3}.
 */
public final class FaultPoint {

    public static final String PROPERTY = "care-returns.fault.halt-at";
    public static final String EXHAUST = "care-returns.fault.exhaust-memory-at";
    /** Pauses the run at the point for {@value #PAUSE_MS} ms (default 4,000): to line up two processes in a test. */
    public static final String PAUSE = "care-returns.fault.pause-at";
    public static final String PAUSE_MS = "care-returns.fault.pause-ms";
    /** Sends this process SIGTERM at the point, as a scheduler or systemctl would, and goes on once it is heard. */
    public static final String SIGNAL = "care-returns.fault.signal-at";

    /** The exit status of a process stopped at a fault point: SIGKILL's. */
    public static final int HALTED = 137;

    private FaultPoint() {
    }

    static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(HALTED);
        }
        if (point.equals(System.getProperty(PAUSE))) {
            try {
                Thread.sleep(Long.getLong(PAUSE_MS, 4000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (point.equals(System.getProperty(SIGNAL))) {
            terminateThisProcess();
        }
        if (point.equals(System.getProperty(EXHAUST))) {
            java.util.List<long[]> hog = new java.util.ArrayList<>();
            while (hog.size() < Integer.MAX_VALUE) {
                hog.add(new long[1 << 20]);
            }
        }
    }

    private static void terminateThisProcess() {
        try {
            new ProcessBuilder("kill", "-TERM", String.valueOf(ProcessHandle.current().pid())).start().waitFor();
            long until = System.currentTimeMillis() + 10_000;
            while (!StopSignal.answered() && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException("the fault test could not signal its own process", e);
        }
    }
}
