package org.carereturns.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One defined list of the Client Level Data specification: its Release 2 values (the canonical
 * wording care-returns works in) and the Release 1 wording of each. A value is matched as DHSC's
 * SQL Server matches it, without regard to case (and, here, to spacing around punctuation), and the
 * match says which release's wording the file used, for the data-quality counts and the R1 warning.
 */
public final class CldList {

    /** Which wording a value matched: Release 2 exactly, Release 2 in another case, or Release 1. */
    public enum Wording { R2, R2_OTHER_CASE, R1 }

    public record Match(String value, Wording wording) {
    }

    private final String name;
    private final List<String> values = new ArrayList<>();
    private final Map<String, String> release2 = new LinkedHashMap<>();
    private final Map<String, String> release1 = new LinkedHashMap<>();
    private final Map<String, List<String>> r1Of = new LinkedHashMap<>();
    /** Release 1 wordings as written, for telling 'Service User' (Release 1) from 'Service user' (Release 2). */
    private final Map<String, String> release1Exact = new LinkedHashMap<>();

    private CldList(String name) {
        this.name = name;
    }

    public static CldList of(String name, String... r2Values) {
        CldList list = new CldList(name);
        for (String v : r2Values) {
            list.values.add(v);
            list.release2.put(CodeList.key(v), v);
        }
        return list;
    }

    /** The Release 1 wordings of a Release 2 value. */
    public CldList r1(String r2Value, String... r1Values) {
        if (!values.contains(r2Value)) {
            throw new IllegalArgumentException("'" + r2Value + "' is not a value of " + name);
        }
        for (String v : r1Values) {
            release1.putIfAbsent(CodeList.key(v), r2Value);
            release1Exact.putIfAbsent(v, r2Value);
            r1Of.computeIfAbsent(r2Value, k -> new ArrayList<>()).add(v);
        }
        return this;
    }

    /** The value, or null when it is on neither release's list. */
    public Match match(String raw) {
        if (raw == null) {
            return null;
        }
        // as written first: a Release 1 value differing from its Release 2 one only in case is Release 1's
        String trimmed = raw.trim();
        String exact = release1Exact.get(trimmed);
        if (exact != null && !exact.equals(trimmed)) {
            return new Match(exact, Wording.R1);
        }
        String k = CodeList.key(raw);
        String v = release2.get(k);
        if (v != null) {
            return new Match(v, v.equals(trimmed) ? Wording.R2 : Wording.R2_OTHER_CASE);
        }
        v = release1.get(k);
        return v == null ? null : new Match(v, Wording.R1);
    }

    public String name() {
        return name;
    }

    /** The Release 2 values, in the specification's order. */
    public List<String> values() {
        return List.copyOf(values);
    }

    /** The Release 1 wordings of a value (empty when it is worded the same in both). */
    public List<String> release1(String value) {
        return r1Of.getOrDefault(value, List.of());
    }
}
