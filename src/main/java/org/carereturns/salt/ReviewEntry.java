package org.carereturns.salt;

import org.carereturns.ingest.Source;
import org.carereturns.ingest.Records.Review;

/** A valid review kept until the long-term support cohorts are known. */
public record ReviewEntry(Review review, Source source) {
}
