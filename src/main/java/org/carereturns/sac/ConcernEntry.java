package org.carereturns.sac;

import org.carereturns.ingest.Records.Concern;
import org.carereturns.ingest.Source;

/** A valid safeguarding concern kept until the collection is computed. */
public record ConcernEntry(Concern concern, Source source) {
}
