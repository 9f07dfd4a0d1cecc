package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.OwnJvm;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell far down a sheet holding hundreds of megabytes of whitespace, with enough random text
 * elsewhere in the sheet to pass the zip's inflate-ratio check: refused, naming the row that holds it
 * (not row 1 because the rows before it were still waiting to be handed over), and never a stack trace.
 */
class CompressionBombTest {

    @TempDir
    Path dir;

    @Test
    void aHugeCellIsRefusedNamingItsRow() throws Exception {
        Path input = dir.resolve("in");
        services(input.resolve("services.xlsx"), 300, 300 << 20);
        OwnJvm.Result r = OwnJvm.run(dir.resolve("run.txt"), List.of("-Xmx160m"), "validate", "--period", "2024-25",
                "--input", input.toString(), "--output", dir.resolve("out").toString());
        String said = r.said();
        assertThat(r.code()).as(said).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(said).contains("services.xlsx", "row 300", "more memory than a spreadsheet row can")
                .doesNotContain("row 1 ", "row 1:", "\tat ", "Exception");
    }

    /** Services rows 2 to 400; row {@code at}'s Service ID holds {@code spaces} of whitespace. */
    private static void services(Path file, int at, int spaces) throws IOException {
        Path plain = file.resolveSibling("plain.xlsx");
        LocalDate dob = LocalDate.of(1950, 6, 1);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 2; i <= 400; i++) {
            rows.add(new Object[] {"S" + i, "P" + i, dob, "Physical Support: Personal Care Support", "", "Service User",
                "Long Term Support: Community", "Direct Payment Only", LocalDate.of(2024, 1, 1), "", ""});
        }
        TestFiles.workbook("Services").row(ReturnRun.SERVICE_COLUMNS.toArray()).rows(rows).save(plain);
        TestFiles.rewriteEntry(plain, file, "xl/worksheets/sheet1.xml", (xml, out) -> {
            String cell = "<c r=\"A" + at + "\"";
            int start = xml.indexOf(cell);
            int end = xml.indexOf("</c>", start) + 4;
            int data = xml.indexOf("<sheetData>");
            // incompressible text in a comment keeps the whole entry above POI's inflate ratio
            StringBuilder noise = new StringBuilder("<!--");
            Random random = new Random(7);
            for (int i = 0; i < 600_000; i++) {
                noise.append((char) ('a' + random.nextInt(26)));
            }
            noise.append("-->");
            out.write(xml.substring(0, data).getBytes(StandardCharsets.UTF_8));
            out.write(noise.toString().getBytes(StandardCharsets.UTF_8));
            out.write(xml.substring(data, start).getBytes(StandardCharsets.UTF_8));
            out.write((cell + " t=\"inlineStr\"><is><t>").getBytes(StandardCharsets.UTF_8));
            byte[] blank = " \t \n".repeat(1 << 14).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written < spaces; written += blank.length) {
                out.write(blank);
            }
            out.write("S</t></is></c>".getBytes(StandardCharsets.UTF_8));
            out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
        });
        Files.delete(plain);
    }
}
