package org.carereturns.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carereturns.codes.CodeList;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The source mapping a performance team edits without recompiling (jobs/mapping.yml): extra file
 * patterns, extra header aliases per extract and column, and extra value aliases per column.
 */
public final class Mapping {

    private final Map<Extract, List<String>> patterns = new EnumMap<>(Extract.class);
    private final Map<Extract, Map<String, List<String>>> headerAliases = new EnumMap<>(Extract.class);
    private final Map<String, Map<String, List<String>>> valueAliases = new LinkedHashMap<>();
    private final String source;

    private Mapping(String source) {
        this.source = source;
    }

    public static Mapping none() {
        return new Mapping("(built-in only)");
    }

    public String source() {
        return source;
    }

    public static Mapping load(Path file) throws InputRefusedException {
        return load(file, file.toString());
    }

    /** As {@link #load(Path)}, with {@code source} saying where it was found, for run.log and the manifest. */
    public static Mapping load(Path file, String source) throws InputRefusedException {
        String name = file.toString();
        Mapping m = new Mapping(source);
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | RuntimeException e) {
            throw new InputRefusedException(name, "the mapping file cannot be read (" + XlsxWorkbook.plain(
                    e instanceof RuntimeException re ? new Exception(re.getMessage()) : (Exception) e) + ")");
        }
        if (root == null) {
            return m;
        }
        Map<String, Object> top = asMap(name, root, "the top level");
        for (var entry : asMap(name, top.getOrDefault("files", Map.of()), "files").entrySet()) {
            m.patterns.put(extract(name, entry.getKey()), strings(name, entry.getValue(), "files." + entry.getKey()));
        }
        for (var entry : asMap(name, top.getOrDefault("headers", Map.of()), "headers").entrySet()) {
            Extract extract = extract(name, entry.getKey());
            Map<String, List<String>> byColumn = new LinkedHashMap<>();
            for (var col : asMap(name, entry.getValue(), "headers." + entry.getKey()).entrySet()) {
                String column = column(name, extract, col.getKey());
                byColumn.put(column, strings(name, col.getValue(), "headers." + entry.getKey() + "." + col.getKey()));
            }
            m.headerAliases.put(extract, byColumn);
        }
        for (var entry : asMap(name, top.getOrDefault("values", Map.of()), "values").entrySet()) {
            Map<String, List<String>> byLabel = new LinkedHashMap<>();
            for (var label : asMap(name, entry.getValue(), "values." + entry.getKey()).entrySet()) {
                byLabel.put(label.getKey(), strings(name, label.getValue(), "values." + entry.getKey()));
            }
            m.valueAliases.put(entry.getKey(), byLabel);
        }
        return m;
    }

    public List<String> patterns(Extract extract) {
        List<String> all = new ArrayList<>(extract.defaultPatterns());
        all.addAll(patterns.getOrDefault(extract, List.of()));
        return all;
    }

    public List<String> headerAliases(Extract extract, String column) {
        return headerAliases.getOrDefault(extract, Map.of()).getOrDefault(column, List.of());
    }

    /** Adds this job's value aliases for a column to a code list; a label not on the list is refused. */
    public CodeList withAliases(String column, CodeList codes) throws InputRefusedException {
        Map<String, List<String>> extra = valueAliases.get(column);
        if (extra == null) {
            return codes;
        }
        CodeList copy = codes.copy();
        for (var e : extra.entrySet()) {
            var label = codes.match(e.getKey());
            if (label.isEmpty()) {
                throw new InputRefusedException(source, "values." + column + " names '" + e.getKey()
                        + "', which is not a value of " + column + " (expected one of: "
                        + String.join("; ", codes.labels()) + ")");
            }
            copy.alias(label.get(), e.getValue().toArray(String[]::new));
        }
        return copy;
    }

    private static Extract extract(String file, String key) throws InputRefusedException {
        try {
            return Extract.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new InputRefusedException(file, "'" + key + "' is not an extract (expected contacts, services, "
                    + "reviews, safeguarding, care-leavers or population)");
        }
    }

    private static String column(String file, Extract extract, String key) throws InputRefusedException {
        for (Column c : Schema.columns(extract)) {
            if (Column.headerKey(c.name()).equals(Column.headerKey(key))) {
                return c.name();
            }
        }
        throw new InputRefusedException(file, "headers." + extract.key() + " names '" + key
                + "', which is not a column of the " + extract.label() + " extract");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(String file, Object o, String where) throws InputRefusedException {
        if (o instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return out;
        }
        throw new InputRefusedException(file, where + " should be a list of names with their values");
    }

    private static List<String> strings(String file, Object o, String where) throws InputRefusedException {
        if (o instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        if (o instanceof String s) {
            return List.of(s);
        }
        throw new InputRefusedException(file, where + " should be a list of texts");
    }
}
