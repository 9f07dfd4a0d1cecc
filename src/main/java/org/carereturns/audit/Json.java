package org.carereturns.audit;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * manifest.json's layout, written by Jackson (record fields named in snake_case): two spaces a level, one entry a line, keys in the order
 * they were put, {@code "key": value}, a line break at the end, so that the file reads (and diffs)
 * well and the same run gives the same bytes.
 */
public final class Json {

    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("").withArrayEmptySeparator("");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withSeparators(separators)
                .withObjectIndenter(twoSpaces).withArrayIndenter(twoSpaces);
        WRITER = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build().writer()
                .with(printer);
    }

    private Json() {
    }

    public static String write(Object value) {
        return WRITER.writeValueAsString(value) + "\n";
    }
}
