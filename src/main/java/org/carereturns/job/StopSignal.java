package org.carereturns.job;

import java.util.ArrayList;
import java.util.List;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A stop asked of the process while a run is going (SIGTERM from a scheduler or systemctl, Ctrl-C).
 * Java's own answer to the signal is to run the shutdown hooks and exit, and H2's hook then closes the
 * embedded job repository under the running job. So while a run is going, the signal is answered
 * here instead: the job is asked to stop the way Spring Batch stops one, at the end of the chunk or
 * step in hand (a publish once begun finishes), and the run then ends as any run does, releasing its
 * lock and closing the repository itself, before the process exits with the code returns.md gives.
 * A second signal ends the process at once. Remembering that a signal came is also how a repository
 * closed under the run is told apart from a stop that was asked for.
 */
final class StopSignal {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private static volatile boolean received;
    private static volatile boolean answered;

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> before = new ArrayList<>();
    private volatile Runnable stopTheJob = () -> { };

    private StopSignal() {
    }

    /** What stops the job, once there is one; a signal before it finds the flag set and nothing started. */
    void stops(Runnable job) {
        this.stopTheJob = job;
        if (received) {
            job.run();
        }
    }

    /** Whether the job was asked to stop, after a signal (for the fault tests, which wait for it). */
    static boolean answered() {
        return answered;
    }

    /** Whether this process was asked to stop. */
    static boolean received() {
        return received;
    }

    /** Answers SIGTERM and Ctrl-C for one run, from its start to its end. */
    static StopSignal listen() {
        StopSignal s = new StopSignal();
        SignalHandler handler = signal -> {
            if (received) {
                System.exit(128 + signal.getNumber()); // asked twice: no more waiting
            }
            received = true;
            s.stopTheJob.run();
            answered = true;
        };
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                s.before.add(Signal.handle(signal, handler));
                s.signals.add(signal);
            } catch (IllegalArgumentException notHere) {
                // a platform without this signal, or one the JVM keeps for itself
            }
        }
        return s;
    }

    /** The run has ended, its lock and repository dealt with: signals are Java's again. */
    void runEnded() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), before.get(i));
        }
    }
}
