package org.carereturns.salt;

import org.carereturns.ingest.InputFile;

/** Where a kept record came from, so it can be reclassified or rejected after the read step. */
public record Source(InputFile file, int row, String recordId, String personId) {
}
