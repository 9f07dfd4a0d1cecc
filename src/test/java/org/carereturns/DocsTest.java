package org.carereturns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.carereturns.codes.CodeList;
import org.carereturns.ingest.Column;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputPlan;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.Schema;
import org.carereturns.job.Returns;
import org.carereturns.validation.Rule;
import org.carereturns.validation.RuleCatalog;
import org.junit.jupiter.api.Test;

/**
 * The project's own user documentation stays true to the code: the data dictionary's tables in
 * docs/extracts.md (files, columns and their aliases, accepted values and their spellings, every
 * rule with its ID, severity and requirement) are derived from the code here and must be in the
 * file exactly. After a deliberate change, regenerate them and read the diff:
 *
 * <pre>./mvnw -B test -Dtest=DocsTest -Ddocs.update=true && git diff docs</pre>
 */
class DocsTest {

    static final Path EXTRACTS = Path.of("docs/extracts.md");
    static final String BEGIN = "<!-- begin: generated from the code by DocsTest; do not edit by hand -->";
    static final String END = "<!-- end of the generated part -->";

    @Test
    void theDataDictionaryIsTheCodes() throws Exception {
        String doc = Files.readString(EXTRACTS, StandardCharsets.UTF_8);
        String generated = dictionary();
        if (Boolean.getBoolean("docs.update")) {
            doc = doc.substring(0, doc.indexOf(BEGIN) + BEGIN.length()) + "\n\n" + generated + "\n"
                    + doc.substring(doc.indexOf(END));
            Files.writeString(EXTRACTS, doc, StandardCharsets.UTF_8);
        }
        assertThat(doc).contains(BEGIN, END);
        String committed = doc.substring(doc.indexOf(BEGIN) + BEGIN.length(), doc.indexOf(END)).strip();
        assertThat(committed).as("docs/extracts.md's generated part (regenerate: see DocsTest)")
                .isEqualTo(generated.strip());
    }

    @Test
    void everyColumnAliasAndRuleIsDocumentedAndNothingElse() throws Exception {
        String doc = Files.readString(EXTRACTS, StandardCharsets.UTF_8);
        for (Extract e : Extract.values()) {
            for (Column c : Schema.columns(e)) {
                assertThat(doc).as(e.label() + " column").contains("| " + c.name() + " |");
                for (String alias : c.aliases()) {
                    assertThat(doc).as(c.name() + " alias").contains("`" + alias + "`");
                }
            }
        }
        List<Rule> rules = RuleCatalog.all();
        for (Rule r : rules) {
            assertThat(doc).as("rule " + r.id()).contains("| " + r.id() + " | " + r.severity().label() + " |");
        }
        // every rule ID the docs name (in any of them) is a rule of the code
        var ids = Pattern.compile("\\| ((?:PER|CON|SVC|REV|SG|POP|CL|OC3|HDR|EPI)-\\d+|\\d{3,4}|INT\\d+) \\| (?:error|warning) \\|")
                .matcher(doc);
        while (ids.find()) {
            String id = ids.group(1);
            assertThat(rules).as("documented rule " + id).anyMatch(r -> r.id().equals(id));
        }
        // the returns page names every return and every workbook the code writes
        String returns = Files.readString(Path.of("docs/returns.md"), StandardCharsets.UTF_8);
        for (var spec : Returns.ALL) {
            assertThat(returns).contains(spec.workbook()).contains("`" + spec.name() + "`");
        }
        assertThat(Files.readString(Path.of("README.md"))).contains("docs/extracts.md", "docs/returns.md");
    }

    /** The generated part of docs/extracts.md. */
    static String dictionary() throws Exception {
        StringBuilder b = new StringBuilder();
        Period period = Period.parse("2024-25");
        for (Extract e : Extract.values()) {
            b.append("### The ").append(e.label()).append(" extract\n\n");
            b.append("Files: ").append(String.join(", ", e.defaultPatterns().stream().map(p -> "`" + p + "`").toList()))
                    .append(". Record ID: ").append(Schema.recordIdColumn(e) == null ? "the row number"
                            : Schema.recordIdColumn(e)).append(".\n\n");
            b.append("| Column | Header | Also recognised as |\n|---|---|---|\n");
            for (Column c : Schema.columns(e)) {
                b.append("| ").append(c.name()).append(" | ").append(c.requiredHeader() ? "required" : "optional")
                        .append(" | ").append(String.join(", ", c.aliases().stream().map(a -> "`" + a + "`").toList()))
                        .append(" |\n");
            }
            Map<String, CodeList> lists = RuleCatalog.forExtract(e, Mapping.none(), period).codeLists();
            if (!lists.isEmpty()) {
                b.append("\nAccepted values (matched ignoring case and spacing; other spellings in brackets):\n\n");
                for (var list : lists.entrySet()) {
                    b.append("- **").append(list.getKey()).append("**: ");
                    List<String> values = list.getValue().labels().stream().map(label -> {
                        List<String> other = list.getValue().spellings(label);
                        return "`" + label + "`" + (other.isEmpty() ? "" : " (" + String.join(", ",
                                other.stream().map(o -> "`" + o + "`").toList()) + ")");
                    }).toList();
                    b.append(String.join("; ", values)).append("\n");
                }
            }
            b.append("\n");
        }
        b.append("### Every rule\n\n| Rule | Severity | Extract | Column | What it requires |\n|---|---|---|---|---|\n");
        for (Rule r : RuleCatalog.all()) {
            b.append("| ").append(r.id()).append(" | ").append(r.severity().label()).append(" | ").append(r.extract())
                    .append(" | ").append(r.column()).append(" | ").append(r.description().replace("|", "/"))
                    .append(" |\n");
        }
        return b.toString();
    }
}
