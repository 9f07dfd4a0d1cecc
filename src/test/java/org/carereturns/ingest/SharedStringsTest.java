package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.OwnJvm;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook whose shared-strings table is enormous (millions of entries in a small zip): read in
 * bounded memory, or refused in one line naming the file and the limit, never an OutOfMemoryError.
 */
class SharedStringsTest {

    @TempDir
    Path dir;

    @Test
    void threeMillionSharedStringsAreReadUnder128MbOfHeap() throws Exception {
        // as String objects the table alone is some 156 MB; held compactly, about 27 MB
        Path input = dir.resolve("in");
        services(input.resolve("services.xlsx"), 3_000_000, 4);
        OwnJvm.Result r = run("-Xmx128m", input);
        assertThat(r.code()).as(r.said()).isNotEqualTo(1).isNotEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.said()).doesNotContain("OutOfMemoryError", "\tat ")
                .containsPattern("services\\.xlsx +read 2 ");
    }

    @Test
    void aTableBeyondAThirdOfTheHeapIsRefusedInOneLineNamingTheFileAndTheLimit() throws Exception {
        Path input = dir.resolve("in");
        // 48 MB of text: as Strings some 66 MB would fit, but it is over the limit under -Xmx128m, a third of it
        services(input.resolve("services.xlsx"), 400_000, 120);
        OwnJvm.Result r = run("-Xmx128m", input);
        assertThat(r.code()).as(r.said()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.said()).contains("services.xlsx", "shared-strings table holds more than ", "MB of text")
                .doesNotContain("OutOfMemoryError", "\tat ", "Exception");
    }

    @Test
    void textsComeBackAsTheyWentInAcrossPagesAndTheBudgetIsKept() throws Exception {
        SharedStrings table = new SharedStrings(8L << 20);
        String big = "é".repeat(600_000); // 1.2 MB of UTF-8: a page of its own
        for (int i = 0; i < 200_000; i++) {
            table.add(i == 1000 ? big : "T" + i);
        }
        assertThat(table.size()).isEqualTo(200_000);
        assertThat(table.get(0)).isEqualTo("T0");
        assertThat(table.get(1000)).isEqualTo(big);
        assertThat(table.get(1001)).isEqualTo("T1001");
        assertThat(table.get(199_999)).isEqualTo("T199999");
        assertThat(table.get(1001 + 8192)).isEqualTo("T" + (1001 + 8192)); // the cache's slot, another entry
        SharedStrings small = new SharedStrings(2L << 20);
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                small.add("a longer text, number " + i);
            }
        }).isInstanceOf(SharedStrings.TooLarge.class).hasMessageContaining("more than 2 MB of text");
    }

    private OwnJvm.Result run(String heap, Path input) throws Exception {
        return OwnJvm.run(dir.resolve("run.txt"), List.of(heap), "validate", "--period", "2024-25", "--input",
                input.toString(), "--output", dir.resolve("out").toString());
    }

    /** A services workbook of two rows whose shared-strings table also holds {@code extra} unused texts. */
    private static void services(Path file, int extra, int length) throws IOException {
        Path plain = file.resolveSibling("plain.xlsx");
        LocalDate dob = LocalDate.of(1950, 6, 1);
        TestFiles.workbook("Services").row(ReturnRun.SERVICE_COLUMNS.toArray())
                .row("S1", "P1", dob, "Physical Support: Personal Care Support", "", "Service User",
                        "Long Term Support: Community", "Direct Payment Only", LocalDate.of(2024, 1, 1), "", "")
                .row("S2", "P2", dob, "Physical Support: Personal Care Support", "", "Service User",
                        "Long Term Support: Community", "Direct Payment Only", LocalDate.of(2024, 1, 1), "", "")
                .save(plain);
        TestFiles.rewriteEntry(plain, file, "xl/sharedStrings.xml", (xml, out) -> {
            out.write(xml.substring(0, xml.lastIndexOf("</sst>")).getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            String pad = "x".repeat(Math.max(0, length - 4));
            for (int i = 0; i < extra; i++) {
                b.append("<si><t>").append(String.format("%04d", i % 10_000)).append(pad).append("</t></si>");
                if (b.length() > 1 << 16) {
                    out.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    b.setLength(0);
                }
            }
            out.write(b.append("</sst>").toString().getBytes(StandardCharsets.UTF_8));
        });
        Files.delete(plain);
    }
}
