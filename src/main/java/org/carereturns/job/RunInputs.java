package org.carereturns.job;

import org.carereturns.benchmarks.Comparators;
import org.carereturns.council.Council;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;

/**
 * What one run works from, fixed before its job starts: the request, the mapping, the pre-flight's
 * plan of files, the council, and where reading progress is shown. The launcher gives it to the
 * run's Spring context; nothing changes it.
 */
public record RunInputs(RunRequest request, Mapping mapping, InputPlan plan, Council council,
                        Comparators comparators, ExtractReader.Progress progress) {
}
