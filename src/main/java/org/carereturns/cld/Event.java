package org.carereturns.cld;

import java.time.LocalDate;

import org.carereturns.codes.CldCodes;
import org.carereturns.ingest.Records.CldEvent;
import org.carereturns.ingest.Source;

/**
 * One event after DHSC's joining of the quarterly files (cld-background §3.0): the row kept for it,
 * where that row is (its position among the CLD rows the return was given), the quarter whose file it
 * was taken from, and its derived end date (cropped at death, or at the quarter's end for an open
 * service that the next quarter's file no longer holds). {@link #OPEN} stands for no end, as DHSC's
 * 9999-01-01 does.
 */
record Event(CldEvent row, int position, Source source, LocalDate quarterEnd, LocalDate end) {

    static final LocalDate OPEN = LocalDate.of(9999, 1, 1);

    String person() {
        return row.personKey();
    }

    LocalDate start() {
        return row.start();
    }

    /** The end date, {@link #OPEN} for an open service. */
    LocalDate endOrOpen() {
        return end == null ? OPEN : end;
    }

    boolean is(String eventType) {
        return eventType.equals(row.eventType());
    }

    boolean isService(String serviceType) {
        return is(CldCodes.SERVICE) && serviceType.equals(row.serviceType());
    }

    boolean longTerm() {
        return is(CldCodes.SERVICE) && CldCodes.LONG_TERM.contains(String.valueOf(row.serviceType()));
    }

    boolean serviceUser() {
        return CldCodes.SERVICE_USER.equals(row.clientType());
    }

    boolean carer() {
        return CldCodes.UNPAID_CARER.equals(row.clientType()) || CldCodes.CARER_BY_ASSOCIATION.equals(row.clientType());
    }

    /** Overlaps [from, to]: started by {@code to} and not ended before {@code from}. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !start().isAfter(to) && !endOrOpen().isBefore(from);
    }

    String describe() {
        String what = row.eventType() + (row.serviceType() != null ? " (" + row.serviceType() + ")" : "");
        return what + " " + start() + " to " + (end == null ? "open" : end.toString()) + (source == null ? "" : ", " + source.file().name() + " row " + source.row());
    }
}
