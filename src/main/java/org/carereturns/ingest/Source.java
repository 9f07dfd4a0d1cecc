package org.carereturns.ingest;


/** Where a kept record came from, so it can be reclassified or rejected after the read step. */
public record Source(InputFile file, int row, String recordId, String personId) {
}
