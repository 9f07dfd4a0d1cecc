package org.carereturns.codes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A list of accepted values for one column: each value has its exact label (the wording of the
 * return), and may be written in an extract by its label, its short code or an alias, in any case
 * and with any spacing. Performance teams can add aliases in the job's mapping file.
 */
public final class CodeList {

    private final String name;
    private final List<String> labels = new ArrayList<>();
    private final Map<String, String> lookup = new LinkedHashMap<>();
    private final Map<String, String> seen = new java.util.HashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern AROUND_SEPARATORS =
            java.util.regex.Pattern.compile("\\s*([/:&,()-])\\s*");

    private CodeList(String name) {
        this.name = name;
    }

    public static CodeList of(String name, String... labels) {
        CodeList list = new CodeList(name);
        for (String label : labels) {
            list.add(label);
        }
        return list;
    }

    /** A list whose values are also known by their position, 1-based (e.g. STS001 sequel "3"). */
    public static CodeList numbered(String name, String... labels) {
        CodeList list = of(name, labels);
        for (int i = 0; i < labels.length; i++) {
            list.alias(labels[i], Integer.toString(i + 1));
        }
        return list;
    }

    public CodeList add(String label) {
        labels.add(label);
        lookup.put(key(label), label);
        seen.clear();
        return this;
    }

    /** Adds aliases for a label; the label must already be on the list. */
    public CodeList alias(String label, String... aliases) {
        if (!lookup.containsValue(label)) {
            throw new IllegalArgumentException("'" + label + "' is not a value of " + name);
        }
        for (String alias : aliases) {
            lookup.putIfAbsent(key(alias), label);
        }
        seen.clear();
        return this;
    }

    /** A copy with the same values and aliases, to which a job's own aliases can be added. */
    public CodeList copy() {
        CodeList copy = new CodeList(name);
        copy.labels.addAll(labels);
        copy.lookup.putAll(lookup);
        return copy;
    }

    public Optional<String> match(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        // An extract holds few distinct spellings of its codes: remember each one's answer (bounded).
        String hit = seen.get(raw);
        if (hit != null) {
            return hit.isEmpty() ? Optional.empty() : Optional.of(hit);
        }
        String label = lookup.get(key(raw));
        if (seen.size() < 10_000) {
            seen.put(raw, label == null ? "" : label);
        }
        return Optional.ofNullable(label);
    }

    /** The other spellings a value is recognised by (as matched: lower case, spacing folded), in order. */
    public List<String> spellings(String label) {
        String own = key(label);
        List<String> out = new ArrayList<>();
        lookup.forEach((k, v) -> {
            if (v.equals(label) && !k.equals(own)) {
                out.add(k);
            }
        });
        return out;
    }

    public List<String> labels() {
        return Collections.unmodifiableList(labels);
    }

    public String name() {
        return name;
    }

    /** Case, white space and the spacing around separators do not matter when matching codes. */
    static String key(String raw) {
        String s = raw.trim().toLowerCase(java.util.Locale.ROOT);
        s = SPACES.matcher(s).replaceAll(" ");
        s = AROUND_SEPARATORS.matcher(s).replaceAll("$1");
        return s;
    }
}
