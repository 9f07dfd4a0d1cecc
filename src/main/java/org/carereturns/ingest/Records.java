package org.carereturns.ingest;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The typed records of each extract, as the returns use them after validation. */
public final class Records {

    private Records() {
    }

    /** A record of the adult extracts: its row's ID and the person it is about. */
    public interface AboutAPerson {
        String id();

        Person person();
    }

    /** The person columns common to the adult extracts. Unknown values are null. */
    public record Person(String id, String nhsNumber, LocalDate dateOfBirth, String gender, String ethnicity,
                         String psr, LocalDate dateOfDeath) {

        /** Age in completed years on a date. */
        public int ageOn(LocalDate date) {
            return Period.between(dateOfBirth, date).getYears();
        }

        public boolean aliveOn(LocalDate date) {
            return dateOfDeath == null || !dateOfDeath.isBefore(date);
        }
    }

    public record Contact(String id, Person person, String clientType, LocalDate contactDate, String route,
                          String outcome, LocalDate outcomeDate) implements AboutAPerson {
    }

    public record Service(String id, Person person, String clientType, String serviceType, String delivery,
                          LocalDate start, LocalDate end, String stMaxOutcome, String unpaidCarer,
                          String accommodation, String employment) implements AboutAPerson {

        public boolean activeOn(LocalDate d) {
            return !start.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    public record Review(String id, Person person, LocalDate reviewDate, String type, String reason,
                         String outcome, LocalDate nextDue) implements AboutAPerson {
    }

    public record Concern(String id, Person person, LocalDate concernDate, String enquiryType,
                          LocalDate enquiryStart, LocalDate enquiryEnd, List<String> riskTypes, String location,
                          List<String> sources, String action, String riskResult, String lackedCapacity,
                          String advocate, String mspAsked, String mspAchieved) implements AboutAPerson {
    }

    public record CareLeaver(String childId, LocalDate dateOfBirth, String gender, String inTouch, String activity,
                             String accommodation) {
    }

    /** One child of the SSDA903 header: who they are; the other columns are kept in the extract only. */
    public record ChildHeader(String childId, String gender, LocalDate dateOfBirth) {
    }

    /**
     * One episode of care (SSDA903 episodes): {@code ceased} and {@code reasonCeased} are null while the
     * episode is open.
     */
    public record Episode(String childId, LocalDate commenced, String legalStatus, LocalDate ceased,
                          String reasonCeased) {

        /** Looked after on day d: the episode had begun and had not yet ceased (it ceases at the end of DEC). */
        public boolean lookedAfterOn(LocalDate d) {
            return !commenced.isAfter(d) && (ceased == null || ceased.isAfter(d));
        }
    }

    /** One row of the population file: {@code orOver} is true for the last row written "90+". */
    public record PopulationRow(int age, boolean orOver, long count) {

        /** The population aged fromAge to toAge; an "N+" row counts as aged N (so 90+ is in 65 and over). */
        public static long aged(List<PopulationRow> rows, int fromAge, int toAge) {
            return rows.stream().filter(r -> r.age() >= fromAge && r.age() <= toAge).mapToLong(PopulationRow::count).sum();
        }
    }

    /**
     * One event of a Client Level Data file (docs/cld.md), its coded values in the Release 2 wording.
     * {@code dataQuality} holds two characters per column of the specification, in its order: the
     * field's status in the row (M mandatory, A applicable, N not applicable) and the check's result
     * (V valid, B blank, F blank but mandatory, I invalid, R Release 1 wording).
     */
    public record CldEvent(String laCode, LocalDate periodStart, LocalDate periodEnd, String nhsNumber,
                           String laPersonId, String gender, String ethnicity, LocalDate dateOfBirth,
                           LocalDate dateOfDeath, String clientType, String psr, String accommodation,
                           String employment, String hasUnpaidCarer, String eventType, String eventReference,
                           LocalDate start, LocalDate end, String outcome, String route, String assessmentType,
                           String serviceType, String component, String delivery, String reviewReason,
                           List<String> linkedPeople, String dataQuality) {

        /** DHSC's person ID: the NHS number, else the council's code and its own person ID. */
        public String personKey() {
            return nhsNumber != null ? nhsNumber : laCode + "_" + laPersonId;
        }

        public CldEvent {
            linkedPeople = linkedPeople == null || linkedPeople.isEmpty() ? List.of() : List.copyOf(linkedPeople);
        }

        /** The same event without its data-quality codes (they are counted once; a held row need not keep them). */
        public CldEvent withoutDataQuality() {
            return new CldEvent(laCode, periodStart, periodEnd, nhsNumber, laPersonId, gender, ethnicity, dateOfBirth,
                    dateOfDeath, clientType, psr, accommodation, employment, hasUnpaidCarer, eventType, eventReference,
                    start, end, outcome, route, assessmentType, serviceType, component, delivery, reviewReason,
                    linkedPeople, "");
        }

        /**
         * DHSC's unique-event key (cld-background §3.0): person, start, client type, event type, the end
         * date for events other than services, and the route, assessment type or service type and
         * component that say what kind of event it is. Rows with one key are one event.
         */
        public EventKey eventKey() {
            boolean service = "Service".equals(eventType);
            String kind = eventType == null ? null : switch (eventType) {
                case "Request" -> route;
                case "Assessment" -> assessmentType;
                case "Service" -> serviceType;
                default -> null;
            };
            return new EventKey(personKey(), start, clientType, eventType, service ? null : end, kind,
                    service ? component : null);
        }
    }

    /** The fields that make rows one event, as DHSC's de-duplication compares them. */
    public record EventKey(String person, LocalDate start, String clientType, String eventType, LocalDate end,
                           String kind, String component) {
    }
}
