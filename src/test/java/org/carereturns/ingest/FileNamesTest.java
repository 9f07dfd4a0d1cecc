package org.carereturns.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.carereturns.cli.ExitCode;
import org.carereturns.support.Cli;
import org.carereturns.support.ReturnRun;
import org.carereturns.support.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names are the council's, or anyone's who can write to the input folder: a line break, an ANSI
 * escape or a right-to-left override in one is shown, never obeyed, on the terminal and in run.log; a
 * name that is not UTF-8 is refused for what it is.
 */
class FileNamesTest {

    static final String HOSTILE = "x\nFORGED LINE \u001B[2J\u202Eslx";

    @TempDir
    Path dir;

    private Path services() throws Exception {
        Path input = dir.resolve("in");
        TestFiles.workbook("Services").row(ReturnRun.SERVICE_COLUMNS.toArray())
                .row("S1", "P1", LocalDate.of(1950, 6, 1), "Physical Support: Personal Care Support", "",
                        "Service User", "Long Term Support: Community", "Direct Payment Only",
                        LocalDate.of(2024, 1, 1), "", "")
                .save(input.resolve("services.xlsx"));
        return input;
    }

    private static void assertShownNotObeyed(String said) {
        assertThat(said).doesNotContain("\u001B", "\u202E").doesNotContain("\nFORGED")
                .contains("x\\nFORGED LINE \\u001B[2J\\u202Eslx");
    }

    @Test
    void aHostileNameIsShownNotObeyedOnTheTerminalAndInRunLog() throws Exception {
        Path input = services();
        Files.writeString(input.resolve(HOSTILE + ".txt"), "notes");                     // matches no extract
        Files.copy(input.resolve("services.xlsx"), input.resolve("services " + HOSTILE + ".xlsx")); // a copy
        Cli.Result refused = Cli.run("validate", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        assertThat(refused.code()).as(refused.stderr()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertShownNotObeyed(refused.stderr());

        Files.delete(input.resolve("services " + HOSTILE + ".xlsx"));
        Cli.Result done = Cli.run("validate", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        assertThat(done.code()).as(done.stderr()).isZero();
        assertShownNotObeyed(Files.readString(dir.resolve("out/2024-25/validate/run.log")));
    }

    @Test
    void aNameThatIsNotUtf8IsRefusedSayingSo() throws Exception {
        Path input = services();
        // a name in Latin-1 bytes (0xFF), as a copy from an old file server leaves it
        Process p = new ProcessBuilder(List.of("sh", "-c", "mv services.xlsx \"$(printf 'services-\\377.xlsx')\""))
                .directory(input.toFile()).start();
        assertThat(p.waitFor()).isZero();
        Cli.Result r = Cli.run("validate", "--period", "2024-25", "--input", input.toString(), "--output",
                dir.resolve("out").toString());
        assertThat(r.code()).as(r.stderr()).isEqualTo(ExitCode.INPUT_REFUSED);
        assertThat(r.stderr()).contains("name is not valid UTF-8").doesNotContain("damaged");
    }
}
