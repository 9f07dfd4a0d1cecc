package org.carereturns.store;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reading a store back gives one instance of each code and each date, not one per row. A return
 * that must hold a person's rows (SALT's long-term support, a million services at England scale)
 * would otherwise hold a dozen copies of the same few hundred labels in every row, and a date
 * object for each of its dates: at scale 160 that alone overflowed a 512 MB heap.
 */
final class SharedValues {

    /** Enough for every code list several times over; IDs are not kept here (see {@link #looksLikeAnId}). */
    private static final int MAX_TEXTS = 8192;
    private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final long FIRST_DAY = LocalDate.of(1850, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(2150, 1, 1).toEpochDay() - FIRST_DAY);
    private static final AtomicReferenceArray<LocalDate> DATES = new AtomicReferenceArray<>(DAYS);

    private SharedValues() {
    }

    static SimpleModule module() {
        return new SimpleModule("shared values")
                .addDeserializer(String.class, new Texts())
                .addDeserializer(LocalDate.class, new Dates());
    }

    /** A person's, row's or record's ID (five digits or more) is never repeated often enough to share. */
    static boolean looksLikeAnId(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && ++digits >= 5) {
                return true;
            }
        }
        return false;
    }

    static String shared(String s) {
        if (s.length() > 200 || looksLikeAnId(s)) {
            return s;
        }
        String known = TEXTS.get(s);
        if (known != null) {
            return known;
        }
        if (TEXTS.size() < MAX_TEXTS) {
            known = TEXTS.putIfAbsent(s, s);
        }
        return known == null ? s : known;
    }

    static LocalDate shared(LocalDate d) {
        long i = d.toEpochDay() - FIRST_DAY;
        if (i < 0 || i >= DAYS) {
            return d;
        }
        LocalDate known = DATES.get((int) i);
        if (known == null) {
            DATES.compareAndSet((int) i, null, d);
            return d;
        }
        return known;
    }

    private static final class Texts extends StdScalarDeserializer<String> {
        Texts() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return shared(p.getString());
            }
            return (String) ctxt.handleUnexpectedToken(String.class, p);
        }
    }

    private static final class Dates extends StdScalarDeserializer<LocalDate> {
        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return shared(LocalDate.parse(p.getString()));
            }
            return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
    }
}
