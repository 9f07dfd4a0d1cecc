package org.carereturns.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.carereturns.ingest.Records.CldEvent;

import static org.carereturns.ingest.Schema.*;

/**
 * The CLD rules that compare rows (CLD-X01 to CLD-X04), run once the files are read, over the rows
 * no rule rejected. Each is a warning: DHSC keeps such rows (it keeps one of two conflicting rows of an
 * event, and sets a person's conflicting field to Unknown), and so do the CLD figures.
 */
public final class CldSetRules {

    private record Row(int position, int file, int row, CldEvent event) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void add(int position, int file, int row, CldEvent event) {
        if (event != null) {
            rows.add(new Row(position, file, row, event.withoutDataQuality())); // a county's file is a million rows
        }
    }

    public Map<Integer, List<Finding>> check() {
        Map<Integer, List<Finding>> found = new TreeMap<>();
        references(found);
        linkedPeople(found);
        conflictingEvents(found);
        conflictingPeople(found);
        return found;
    }

    private static void add(Map<Integer, List<Finding>> found, int position, Finding f) {
        found.computeIfAbsent(position, p -> new ArrayList<>()).add(f);
    }

    /** CLD-X01: an Event Reference used again in the same file by another event. */
    private void references(Map<Integer, List<Finding>> found) {
        Map<String, Row> first = new HashMap<>();
        for (Row r : rows) {
            String ref = r.event.eventReference();
            if (ref == null) {
                continue;
            }
            Row earlier = first.putIfAbsent(r.file + "|" + ref, r);
            if (earlier != null && !earlier.event.eventKey().equals(r.event.eventKey())) {
                add(found, r.position, new Finding(CldRules.X01, EVENT_REF, ref, "Event Reference '" + ref
                        + "' was already used on row " + earlier.row + " of this file for another event; the "
                        + "events are told apart by DHSC's unique-event key, not the reference."));
            }
        }
    }

    /** CLD-X02: a carer's linked person who is not a service user of the same file. */
    private void linkedPeople(Map<Integer, List<Finding>> found) {
        Map<Integer, Set<String>> serviceUsers = new HashMap<>();
        for (Row r : rows) {
            if (org.carereturns.codes.CldCodes.SERVICE_USER.equals(r.event.clientType()) && r.event.laPersonId() != null) {
                serviceUsers.computeIfAbsent(r.file, f -> new HashSet<>()).add(r.event.laPersonId());
            }
        }
        for (Row r : rows) {
            for (String linked : r.event.linkedPeople()) {
                if (!serviceUsers.getOrDefault(r.file, Set.of()).contains(linked)) {
                    add(found, r.position, new Finding(CldRules.X02, LINKED_1, linked, "Linked Person_ID '" + linked
                            + "' is not the LA Person Unique Identifier of any service user in this file, so the "
                            + "cared-for person's Has Unpaid Carer cannot be set from it."));
                }
            }
        }
    }

    /** CLD-X03: rows of one event, in one file, that disagree on outcome or end date. */
    private void conflictingEvents(Map<Integer, List<Finding>> found) {
        Map<List<Object>, Row> first = new HashMap<>();
        for (Row r : rows) {
            Row earlier = first.putIfAbsent(List.of(r.file, r.event.eventKey()), r);
            if (earlier != null && (!Objects.equals(earlier.event.outcome(), r.event.outcome())
                    || !Objects.equals(earlier.event.end(), r.event.end()))) {
                add(found, r.position, new Finding(CldRules.X03, EVENT_OUTCOME, String.valueOf(r.event.outcome()),
                        "Row " + earlier.row + " records the same event (same person, start date, client type and "
                                + "kind of event) with outcome '" + earlier.event.outcome() + "' ending "
                                + earlier.event.end() + "; this row has '" + r.event.outcome() + "' ending "
                                + r.event.end() + ". One is kept, by DHSC's order (docs/cld.md)."));
            }
        }
    }

    /** Two known values that differ (a blank does not conflict: DHSC takes the known one). */
    private static boolean differ(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }

    /** CLD-X04: a person's details that differ between rows of one file ending on the same day. */
    private void conflictingPeople(Map<Integer, List<Finding>> found) {
        Map<String, Row> first = new HashMap<>();
        for (Row r : rows) {
            Row earlier = first.putIfAbsent(r.file + "|" + r.event.personKey() + "|" + r.event.end(), r);
            if (earlier == null) {
                continue;
            }
            List<String> differ = new ArrayList<>();
            CldEvent a = earlier.event;
            CldEvent b = r.event;
            if (differ(a.gender(), b.gender())) {
                differ.add(GENDER);
            }
            if (differ(a.dateOfBirth(), b.dateOfBirth())) {
                differ.add(DOB);
            }
            if (differ(a.ethnicity(), b.ethnicity())) {
                differ.add(ETHNICITY);
            }
            if (differ(a.psr(), b.psr())) {
                differ.add(PSR);
            }
            if (differ(a.accommodation(), b.accommodation())) {
                differ.add(ACCOMMODATION);
            }
            if (!differ.isEmpty()) {
                add(found, r.position, new Finding(CldRules.X04, differ.get(0), "", String.join(", ", differ)
                        + " differ" + (differ.size() == 1 ? "s" : "") + " from row " + earlier.row + " of the same "
                        + "person ending on the same day; DHSC sets such a field to Unknown."));
            }
        }
    }
}
