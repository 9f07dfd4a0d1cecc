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

    /** The exit status of a process stopped at a fault point: SIGKILL's. */
    public static final int HALTED = 137;

    private FaultPoint() {
    }

    static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(HALTED);
        }
        if (point.equals(System.getProperty(EXHAUST))) {
            java.util.List<long[]> hog = new java.util.ArrayList<>();
            while (hog.size() < Integer.MAX_VALUE) {
                hog.add(new long[1 << 20]);
            }
        }
    }
}
