package org.carereturns.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.carereturns.Period;
import org.carereturns.codes.Codes;

/**
 * The synthetic council's people and their long-term support, shared by the extracts so that a
 * contact, a service, a review and a concern about one person agree with each other.
 */
final class Council {

    static final class Person {
        final String id;
        final LocalDate dob;
        final String gender;
        final String ethnicity;
        final String psr;
        final String nhs;
        LocalDate dod;

        Person(String id, LocalDate dob, String gender, String ethnicity, String psr, String nhs) {
            this.id = id;
            this.dob = dob;
            this.gender = gender;
            this.ethnicity = ethnicity;
            this.psr = psr;
            this.nhs = nhs;
        }

        int ageOn(LocalDate d) {
            return java.time.Period.between(dob, d).getYears();
        }
    }

    /** One long-term support row. */
    static final class Episode {
        final Person person;
        final String type;
        final String delivery;
        final LocalDate start;
        LocalDate end;

        Episode(Person person, String type, String delivery, LocalDate start, LocalDate end) {
            this.person = person;
            this.type = type;
            this.delivery = delivery;
            this.start = start;
            this.end = end;
        }

        boolean activeOn(LocalDate d) {
            return !start.isAfter(d) && (end == null || !end.isBefore(d));
        }
    }

    final Random rnd;
    final Period period;
    final List<Person> ltsPeople = new ArrayList<>();
    final List<Episode> episodes = new ArrayList<>();
    private long nextId = 100_000;

    Council(Random rnd, Period period) {
        this.rnd = rnd;
        this.period = period;
    }

    // --- random helpers -------------------------------------------------------------------------

    String pick(Object... labelsAndWeights) {
        double total = 0;
        for (int i = 1; i < labelsAndWeights.length; i += 2) {
            total += ((Number) labelsAndWeights[i]).doubleValue();
        }
        double u = rnd.nextDouble() * total;
        for (int i = 0; i < labelsAndWeights.length; i += 2) {
            u -= ((Number) labelsAndWeights[i + 1]).doubleValue();
            if (u < 0) {
                return (String) labelsAndWeights[i];
            }
        }
        return (String) labelsAndWeights[labelsAndWeights.length - 2];
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    LocalDate dayIn(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays((long) (rnd.nextDouble() * (span + 1)));
    }

    LocalDate dayInPeriod() {
        return dayIn(period.start(), period.end());
    }

    // --- people ---------------------------------------------------------------------------------

    /** An adult as social care sees them: about a third of working age, the rest mostly over 75. */
    Person adult() {
        int age = chance(0.35) ? 19 + rnd.nextInt(46) : 65 + (int) Math.min(38, Math.abs(rnd.nextGaussian() * 9 + 16));
        return person(age, psr());
    }

    Person person(int ageAtStart, String psr) {
        LocalDate dob = period.start().minusYears(ageAtStart).minusDays(rnd.nextInt(365));
        nextId += 1 + rnd.nextInt(40);
        return new Person(Long.toString(nextId), dob, pick("Female", 58, "Male", 41, "Other", 0.3, "Not known", 0.7),
                ethnicity(), psr, nhsNumber());
    }

    private String ethnicity() {
        return pick("White: English, Welsh, Scottish, Northern Irish or British", 70, "White", 8,
                "White: Any other White background", 4, "Asian or Asian British: Indian", 2,
                "Asian / Asian British", 1.5, "Black, Black British, Caribbean or African: African", 3,
                "Black / African / Caribbean / Black British", 1, "Mixed or Multiple ethnic groups: White and Asian", 1,
                "Mixed / Multiple", 1, "Other ethnic group: Arab", 0.5, "Other Ethnic Group", 0.5, "Refused", 1,
                "Undeclared / Not Known", 3, "", 3.5);
    }

    String psr() {
        return pick("Physical Support: Personal care support", 45, "Physical Support: Access & mobility only", 6,
                "Support with Memory & Cognition", 14, "Learning Disability Support", 15, "Mental Health Support", 11,
                "Sensory Support: Support for visual impairment", 2, "Sensory Support: Support for hearing impairment", 1,
                "Sensory Support: Support for dual impairment", 0.5, "Social Support: Substance misuse support", 1,
                "Social Support: Asylum seeker support", 0.2, "Social Support: Support for Social Isolation/Other", 4);
    }

    /** A valid NHS number: nine digits and a modulus-11 check digit. */
    String nhsNumber() {
        while (true) {
            StringBuilder b = new StringBuilder();
            b.append(4 + rnd.nextInt(6));
            for (int i = 1; i < 9; i++) {
                b.append(rnd.nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (b.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return b.append(check).toString();
            }
        }
    }

    // --- long-term support ----------------------------------------------------------------------

    /** About 3,570 people on long-term support during a Medway-sized year. */
    void buildLongTermSupport(int people) {
        for (int i = 0; i < people; i++) {
            Person p = adult();
            ltsPeople.add(p);
            String setting = pick(Codes.LTS_COMMUNITY, 69, Codes.LTS_RESIDENTIAL, 20, Codes.LTS_NURSING, 10,
                    Codes.LTS_PRISON, 1);
            if (p.ageOn(period.start()) < 65 && Codes.LTS_NURSING.equals(setting)) {
                setting = Codes.LTS_RESIDENTIAL;
            }
            // care-home placements are mostly long-standing: about 550 admissions per 100,000 older people a year
            boolean careHome = !Codes.LTS_COMMUNITY.equals(setting) && !Codes.LTS_PRISON.equals(setting);
            boolean workingAge = p.ageOn(period.start()) < 65;
            if (careHome && workingAge && chance(0.4)) {
                setting = Codes.LTS_COMMUNITY; // fewer younger adults live in care homes
                careHome = false;
            }
            // admissions of younger adults are rare (England: about 14 per 100,000 a year)
            double longStanding = careHome ? (workingAge ? 0.95 : 0.85) : 0.72;
            LocalDate start = chance(longStanding) ? period.start().minusDays(1 + rnd.nextInt(2500)) : dayInPeriod();
            if (start.isBefore(p.dob.plusYears(18))) {
                start = p.dob.plusYears(18).plusDays(rnd.nextInt(200));
            }
            LocalDate end = null;
            if (chance(0.05) && start.isBefore(period.start().minusDays(30))) {
                end = dayIn(start, period.start().minusDays(2)); // support that ended before the year: history
            } else if (chance(0.08)) {
                p.dod = dayIn(start.isAfter(period.start()) ? start : period.start(), period.end());
                end = p.dod;
            } else if (chance(0.10)) {
                end = dayIn(start.isAfter(period.start()) ? start : period.start(), period.end().plusDays(20));
            }
            String delivery = delivery(setting);
            if (Codes.LTS_COMMUNITY.equals(setting) && end == null && chance(0.05)) {
                // moved into a care home during the year: community support ends the day before
                LocalDate move = dayIn(period.start().plusDays(30), period.end().minusDays(10));
                if (move.isAfter(start.plusDays(2))) {
                    episodes.add(new Episode(p, setting, delivery, start, move.minusDays(1)));
                    episodes.add(new Episode(p, Codes.LTS_RESIDENTIAL, null, move, null));
                    continue;
                }
            }
            episodes.add(new Episode(p, setting, delivery, start, end));
            if (Codes.LTS_COMMUNITY.equals(setting) && chance(0.12)) {
                // a second concurrent community service with another delivery mechanism (part direct payment)
                String other = Codes.DIRECT_PAYMENT.equals(delivery) ? Codes.COMMISSIONED : Codes.DIRECT_PAYMENT;
                LocalDate s2 = start.plusDays(rnd.nextInt(60));
                if (end == null || s2.isBefore(end)) {
                    episodes.add(new Episode(p, setting, other, s2, end));
                }
            }
        }
    }

    /**
     * This council in an earlier year, from {@code later}'s people and long-term support as they stood
     * then: a support that started after this year's end is not there yet, one that ended after it is
     * still open, and nobody has died after it. New people get IDs after {@code later}'s.
     */
    void carriedFrom(Council later) {
        LocalDate end = period.end();
        java.util.Map<Person, Person> then = new java.util.IdentityHashMap<>();
        for (Episode e : later.episodes) {
            if (e.start.isAfter(end)) {
                continue;
            }
            Person p = then.computeIfAbsent(e.person, q -> {
                Person copy = new Person(q.id, q.dob, q.gender, q.ethnicity, q.psr, q.nhs);
                copy.dod = q.dod != null && !q.dod.isAfter(end) ? q.dod : null;
                return copy;
            });
            episodes.add(new Episode(p, e.type, e.delivery, e.start, e.end != null && !e.end.isAfter(end) ? e.end
                    : null));
        }
        for (Person p : later.ltsPeople) {
            Person copy = then.get(p);
            if (copy != null) {
                ltsPeople.add(copy);
            }
        }
        nextId = later.nextId;
    }

    String delivery(String setting) {
        if (Codes.LTS_COMMUNITY.equals(setting)) {
            return pick(Codes.DIRECT_PAYMENT, 16, Codes.MANAGED_BUDGET, 10, Codes.COMMISSIONED, 74);
        }
        if (Codes.LTS_PRISON.equals(setting)) {
            return pick(Codes.MANAGED_BUDGET, 30, Codes.COMMISSIONED, 70);
        }
        return null;
    }

    /** A long-term support row active on some day of the period, with that day. */
    Object[] activeEpisodeInPeriod() {
        for (int tries = 0; tries < 50; tries++) {
            Episode e = episodes.get(rnd.nextInt(episodes.size()));
            LocalDate from = e.start.isAfter(period.start()) ? e.start : period.start();
            LocalDate to = e.end == null || e.end.isAfter(period.end()) ? period.end() : e.end;
            if (!to.isBefore(from)) {
                return new Object[] {e, dayIn(from, to)};
            }
        }
        return null;
    }
}
