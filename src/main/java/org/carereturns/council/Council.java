package org.carereturns.council;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.carereturns.ingest.InputRefusedException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The council the returns are for (jobs/council.yml): its name and ONS code, printed on every sheet
 * and recorded in the manifest, its region, and the returns it expects every run to produce (a run
 * that cannot produce one exits 6, "done but incomplete").
 */
public record Council(String name, String code, String region, List<String> returns, String source,
                      Tolerances tolerances) {

    private static final Pattern ONS_CODE = Pattern.compile("[EWSN][0-9]{8}");
    private static final Set<String> KEYS = Set.of("name", "code", "region", "returns", "tolerances");
    private static final List<String> TOLERANCES = List.of("counts_percent", "counts_at_least", "rate_points");

    /** No council file: "not set" on every sheet, and every return care-returns produces ({@code all}) expected. */
    public static Council notSet(List<String> all) {
        return new Council("not set", "not set", null, all, null, Tolerances.DEFAULT);
    }

    /** The name and code as a sheet's printed header shows them, e.g. "Medway Council (E06000035)". */
    public String label() {
        return code.equals("not set") && name.equals("not set") ? "council not set" : name + " (" + code + ")";
    }

    /**
     * Reads the council file; {@code source} says where it was found, for run.log and the manifest, and
     * {@code all} names the returns care-returns produces, as a council writes them in its file.
     */
    public static Council load(Path file, String source, List<String> all) throws InputRefusedException {
        String where = file.toString();
        Object root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        } catch (IOException | RuntimeException e) {
            throw new InputRefusedException(where, "the council file cannot be read ("
                    + firstLine(e.getMessage()) + ")");
        }
        if (!(root instanceof Map<?, ?> top)) {
            throw new InputRefusedException(where, "the council file must set name, code and, if wanted, region and"
                    + " returns (see the README for an example)");
        }
        for (Object key : top.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new InputRefusedException(where, "'" + key + "' is not a setting of the council file (expected "
                        + "name, code, region, returns, tolerances)");
            }
        }
        String name = text(where, top, "name", true);
        String code = text(where, top, "code", true);
        if (!ONS_CODE.matcher(code).matches()) {
            throw new InputRefusedException(where, "code '" + code + "' is not an ONS nine-character area code"
                    + " such as E06000035");
        }
        String region = text(where, top, "region", false);
        List<String> returns = all;
        Object listed = top.get("returns");
        if (listed != null) {
            if (!(listed instanceof List<?> items) || items.isEmpty()) {
                throw new InputRefusedException(where, "returns must be a list such as [" + String.join(", ", all) + "]");
            }
            List<String> names = new ArrayList<>();
            for (Object item : items) {
                String match = all.stream().filter(r -> r.equalsIgnoreCase(String.valueOf(item).trim()))
                        .findFirst().orElseThrow(() -> new InputRefusedException(where, "returns: '" + item
                                + "' is not a return (expected " + String.join(", ", all.subList(0, all.size() - 1)) + " or "
                                + all.get(all.size() - 1) + ")"));
                if (!names.contains(match)) {
                    names.add(match);
                }
            }
            returns = List.copyOf(names);
        }
        return new Council(name, code, region, returns, source, tolerances(where, top.get("tolerances")));
    }

    /** The year-on-year tolerances: each of the three a number, 0 or more; those not set keep the default. */
    private static Tolerances tolerances(String where, Object set) throws InputRefusedException {
        if (set == null) {
            return Tolerances.DEFAULT;
        }
        if (!(set instanceof Map<?, ?> map)) {
            throw new InputRefusedException(where, "tolerances must set counts_percent, counts_at_least and "
                    + "rate_points, e.g. tolerances: {counts_percent: 25, counts_at_least: 10, rate_points: 10}");
        }
        java.math.BigDecimal[] v = {Tolerances.DEFAULT.countPercent(), Tolerances.DEFAULT.countAtLeast(),
            Tolerances.DEFAULT.ratePoints()};
        for (var e : map.entrySet()) {
            int i = TOLERANCES.indexOf(String.valueOf(e.getKey()));
            if (i < 0) {
                throw new InputRefusedException(where, "tolerances: '" + e.getKey() + "' is not a tolerance (expected "
                        + String.join(", ", TOLERANCES) + ")");
            }
            try {
                v[i] = new java.math.BigDecimal(String.valueOf(e.getValue()).trim());
            } catch (NumberFormatException x) {
                v[i] = null;
            }
            if (v[i] == null || v[i].signum() < 0) {
                throw new InputRefusedException(where, "tolerances: " + e.getKey() + " must be a number, 0 or more"
                        + " (found '" + e.getValue() + "')");
            }
        }
        return new Tolerances(v[0], v[1], v[2]);
    }

    private static String text(String where, Map<?, ?> top, String key, boolean required)
            throws InputRefusedException {
        Object v = top.get(key);
        if (v == null || String.valueOf(v).isBlank()) {
            if (required) {
                throw new InputRefusedException(where, key + " is required (e.g. name: Medway Council, code: E06000035)");
            }
            return null;
        }
        if (v instanceof Map || v instanceof List) {
            throw new InputRefusedException(where, key + " must be a single value");
        }
        return String.valueOf(v).trim();
    }

    private static String firstLine(String m) {
        return m == null ? "unreadable" : m.lines().findFirst().orElse(m);
    }
}
