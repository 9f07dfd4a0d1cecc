package org.carereturns.cld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.carereturns.Period;
import org.carereturns.codes.CldCodes;
import org.carereturns.ingest.Records.CldEvent;

/**
 * One value per person for each person field, as DHSC's person-details table has it
 * (cld-background §3.0): known values first, then the latest quarter, the latest end (open first) and
 * the latest start; two different values on equally placed rows give Unknown. The date of birth is
 * the earliest of the latest quarter's, the date of death the latest. Has Unpaid Carer is Yes when a
 * carer's row in the year links to the person; an unknown accommodation is inferred from the person's
 * latest service.
 */
final class PersonDetails {

    record Person(String key, String gender, LocalDate dateOfBirth, LocalDate dateOfDeath, String psr,
                  String accommodation, boolean accommodationInferred, String hasUnpaidCarer, String employment) {

        /** DHSC's age: from the first of the birth month, in whole years of 365.25 days; null when unknown. */
        Integer ageOn(LocalDate d) {
            if (dateOfBirth == null) {
                return null;
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(dateOfBirth.withDayOfMonth(1), d);
            return (int) Math.floor(days / 365.25);
        }

        boolean aliveOn(LocalDate d) {
            return dateOfDeath == null || !dateOfDeath.isBefore(d);
        }
    }

    private final Map<String, Person> people = new HashMap<>();

    PersonDetails(Period period, List<Event> events) {
        Map<String, List<Event>> byPerson = new HashMap<>();
        Set<String> linked = new HashSet<>();
        for (Event e : events) {
            byPerson.computeIfAbsent(e.person(), k -> new ArrayList<>()).add(e);
            if (e.carer() && e.overlaps(period.start(), period.end())) {
                linked.addAll(e.row().linkedPeople());
            }
        }
        Comparator<Event> latest = Comparator.comparing(Event::quarterEnd).reversed()
                .thenComparing(Event::endOrOpen, Comparator.reverseOrder())
                .thenComparing(Event::start, Comparator.reverseOrder());
        byPerson.forEach((key, list) -> {
            list.sort(latest);
            String gender = pick(list, CldEvent::gender, latest);
            String psr = pick(list, e -> CldCodes.PSR_CARER.equals(e.psr()) ? null : e.psr(), latest);
            String accommodation = pick(list, CldEvent::accommodation, latest);
            String carer = pick(list, CldEvent::hasUnpaidCarer, latest);
            String employment = pick(list, CldEvent::employment, latest);
            LocalDate dob = earliestOfLatestQuarter(list);
            LocalDate dod = list.stream().filter(e -> e.row().dateOfDeath() != null)
                    .max(Comparator.comparing(Event::quarterEnd).thenComparing(e -> e.row().dateOfDeath()))
                    .map(e -> e.row().dateOfDeath()).orElse(null);
            boolean inferred = false;
            if (accommodation == null || "Unknown".equals(accommodation)) {
                accommodation = inferAccommodation(list);
                inferred = true;
            }
            String laId = list.get(0).row().laPersonId();
            if (laId != null && list.stream().anyMatch(e -> e.row().laPersonId() != null
                    && linked.contains(e.row().laPersonId()))) {
                carer = "Yes";
            }
            people.put(key, new Person(key, gender, dob, dod, psr == null ? CldCodes.PSR_UNKNOWN : psr, accommodation,
                    inferred, carer == null ? "Unknown" : carer, employment == null ? "Unknown" : employment));
        });
    }

    /** The value of the best-placed row that has one; Unknown when equally placed rows disagree. */
    private static String pick(List<Event> sorted, Function<CldEvent, String> field, Comparator<Event> order) {
        Event best = null;
        String value = null;
        for (Event e : sorted) {
            String v = field.apply(e.row());
            if (v == null || "Unknown".equals(v)) {
                continue;
            }
            if (best == null) {
                best = e;
                value = v;
            } else if (order.compare(best, e) == 0) {
                if (!v.equals(value)) {
                    return "Unknown";
                }
            } else {
                break;
            }
        }
        return value;
    }

    private static LocalDate earliestOfLatestQuarter(List<Event> list) {
        LocalDate quarter = list.stream().filter(e -> e.row().dateOfBirth() != null).map(Event::quarterEnd)
                .max(Comparator.naturalOrder()).orElse(null);
        if (quarter == null) {
            return null;
        }
        return list.stream().filter(e -> e.quarterEnd().equals(quarter) && e.row().dateOfBirth() != null)
                .map(e -> e.row().dateOfBirth()).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** DHSC's accommodation from services, for a person whose status is unknown (cld-background §3.0). */
    static String inferAccommodation(List<Event> events) {
        List<String> order = List.of(CldCodes.LTS_NURSING, CldCodes.LTS_RESIDENTIAL, CldCodes.LTS_COMMUNITY,
                CldCodes.LTS_PRISON, CldCodes.ST_MAX, CldCodes.ST_LOW_LEVEL, CldCodes.ST_OTHER);
        List<Event> services = events.stream().filter(e -> e.is(CldCodes.SERVICE) && order.contains(String.valueOf(e.row().serviceType())))
                .sorted(Comparator.comparing(Event::endOrOpen, Comparator.reverseOrder())
                        .thenComparingInt(e -> order.indexOf(e.row().serviceType()))
                        .thenComparing(e -> inferred(e) == null ? 1 : 0)
                        .thenComparing(Event::start, Comparator.reverseOrder()))
                .toList();
        if (services.isEmpty()) {
            return "Unknown";
        }
        Event best = services.get(0);
        String status = inferred(best);
        for (Event other : services.subList(1, services.size())) {
            boolean tie = other.endOrOpen().equals(best.endOrOpen())
                    && other.row().serviceType().equals(best.row().serviceType())
                    && (inferred(other) == null) == (status == null) && other.start().equals(best.start());
            if (!tie) {
                break;
            }
            if (!Objects.equals(inferred(other), status)) {
                return "Unknown";
            }
        }
        return status == null ? "Unknown" : status;
    }

    private static String inferred(Event e) {
        String type = e.row().serviceType();
        String component = e.row().component();
        if (CldCodes.LTS_NURSING.equals(type)) {
            return "Registered nursing home";
        }
        if (CldCodes.LTS_RESIDENTIAL.equals(type)) {
            return "Registered care home";
        }
        if (CldCodes.LTS_PRISON.equals(type)) {
            return "Prison, young offenders institution or detention centre";
        }
        if (CldCodes.C_SHARED_LIVES.equals(component)) {
            return "Shared Lives scheme";
        }
        if (CldCodes.C_EXTRA_CARE.equals(component)) {
            return "Sheltered housing, extra care housing or other sheltered housing";
        }
        if (CldCodes.C_SUPPORTED_LIVING.equals(component)) {
            return "Supported accommodation, supported lodgings or supported group home";
        }
        if (CldCodes.LTS_COMMUNITY.equals(type)) {
            return CldCodes.C_HOME_SUPPORT.equals(component) ? CldCodes.PRESUMED_AT_HOME : CldCodes.PRESUMED_IN_COMMUNITY;
        }
        return null;
    }

    Person of(String key) {
        return people.get(key);
    }
}
