package org.carereturns.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Options of the form --name value and --flag, checked against what a command accepts. */
final class Arguments {

    private final String command;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Arguments(String command) {
        this.command = command;
    }

    static Arguments parse(String command, List<String> args, Set<String> valued, Set<String> flags)
            throws UsageException {
        Arguments a = new Arguments(command);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            if (arg.startsWith("--") && arg.contains("=")) {
                name = arg.substring(0, arg.indexOf('='));
                value = arg.substring(arg.indexOf('=') + 1);
            }
            if (flags.contains(name) && value == null) {
                a.values.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(command, name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (a.values.put(name, value) != null) {
                    throw new UsageException(command, name + " is given twice");
                }
            } else if (arg.startsWith("-")) {
                throw new UsageException(command, "unknown option " + name);
            } else {
                throw new UsageException(command, "unexpected argument '" + arg + "'");
            }
        }
        return a;
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    String required(String name) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            throw new UsageException(command, name + " is required");
        }
        return v;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    double number(String name, double otherwise, double min, double max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return otherwise;
        }
        try {
            double d = Double.parseDouble(v);
            if (d < min || d > max || Double.isNaN(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(command, name + " must be a number from " + plain(min) + " to " + plain(max)
                    + ", not '" + v + "'");
        }
    }

    /** 100000, not 100000.0; 0.05 as it is. */
    private static String plain(double d) {
        return d == Math.rint(d) ? String.format(java.util.Locale.UK, "%,d", (long) d) : Double.toString(d);
    }
}
