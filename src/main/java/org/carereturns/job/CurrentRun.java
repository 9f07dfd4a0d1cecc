package org.carereturns.job;

import org.springframework.stereotype.Component;

/** The run this process is carrying out: one command line, one run. */
@Component
public class CurrentRun {

    private RunContext context;

    public RunContext get() {
        if (context == null) {
            throw new IllegalStateException("no run has been set up");
        }
        return context;
    }

    public void set(RunContext context) {
        this.context = context;
    }
}
