package org.carereturns.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.carereturns.Period;
import org.carereturns.audit.RunLedger;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.InputLocator;
import org.carereturns.support.Pipeline;
import org.carereturns.validation.Checked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Generated councils at several seeds and defect rates: every row is accounted for, every seeded
 * defect is caught by the rule its ground truth names, and no row is rejected that was not seeded.
 */
class GeneratedDataTest {

    @TempDir
    Path dir;

    record Seeded(String file, int row, String rule, String severity) {
    }

    static List<Seeded> groundTruth(Path dir) throws Exception {
        try (var rows = org.carereturns.ingest.CsvReading.open(dir.resolve("ground-truth.csv"))) {
            rows.next();
            List<Seeded> out = new java.util.ArrayList<>();
            org.carereturns.ingest.SheetRow r;
            while ((r = rows.next()) != null) {
                out.add(new Seeded(r.cell(1).text(), Integer.parseInt(r.cell(2).text()), r.cell(4).text(), r.cell(5).text()));
            }
            return out;
        }
    }

    @ParameterizedTest(name = "seed {0}, defect rate {1}")
    @CsvSource({"1, 0.01", "7, 0.05", "42, 0.2", "2024, 0.4"})
    void everyRowIsAccountedForAndEverySeededDefectIsCaught(long seed, double rate) throws Exception {
        Period period = Period.parse("2024-25");
        new SampleGenerator(new SampleGenerator.Options(period, 0.04, seed, rate, EnumSet.allOf(Extract.class)))
                .generate(dir);
        Pipeline.Result result = Pipeline.run(dir, period);
        List<Seeded> seeded = groundTruth(dir);
        assertThat(seeded).isNotEmpty();

        // Nothing lost: the ledger the job uses balances for every file.
        RunLedger ledger = new RunLedger(result.plan());
        for (Checked<?> c : result.rows()) {
            var tally = ledger.tally(c.raw().file());
            if (c.rejected()) {
                tally.rejected();
            } else if (c.excluded()) {
                tally.excluded(c.exclusion());
            } else {
                tally.used();
            }
        }
        ledger.assertBalanced();
        assertThat(ledger.tallies().stream().mapToLong(t -> t.rowsRead()).sum()).isEqualTo(result.rows().size());

        // Every seeded defect is reported by the rule the ground truth names, at its severity.
        Set<String> found = new HashSet<>();
        for (Checked<?> c : result.rows()) {
            c.findings().forEach(f -> found.add(c.raw().file().name() + "#" + c.raw().row() + "#" + f.rule().id()
                    + "#" + f.rule().severity().label()));
        }
        for (Seeded s : seeded) {
            assertThat(found).as("seeded %s", s).contains(s.file() + "#" + s.row() + "#" + s.rule() + "#" + s.severity());
        }

        // No row is rejected, and no finding made, that was not seeded.
        Map<String, Seeded> seededRows = new HashMap<>();
        seeded.forEach(s -> seededRows.put(s.file() + "#" + s.row(), s));
        for (Checked<?> c : result.rows()) {
            if (!c.findings().isEmpty()) {
                assertThat(seededRows).as("unseeded findings on %s row %d: %s", c.raw().file().name(), c.raw().row(),
                        c.findings()).containsKey(c.raw().file().name() + "#" + c.raw().row());
            }
        }
        long seededErrors = seeded.stream().filter(s -> s.severity().equals("error")).count();
        assertThat(result.rows().stream().filter(Checked::rejected).count()).isEqualTo(seededErrors);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        var options = new SampleGenerator.Options(Period.parse("2023-24"), 0.02, 99, 0.05, EnumSet.allOf(Extract.class));
        new SampleGenerator(options).generate(dir.resolve("a"));
        new SampleGenerator(options).generate(dir.resolve("b"));
        Map<String, String> a = hashes(dir.resolve("a"));
        assertThat(a).hasSizeGreaterThan(10);
        assertThat(hashes(dir.resolve("b"))).isEqualTo(a);
        new SampleGenerator(new SampleGenerator.Options(Period.parse("2023-24"), 0.02, 100, 0.05,
                EnumSet.allOf(Extract.class))).generate(dir.resolve("c"));
        assertThat(hashes(dir.resolve("c"))).isNotEqualTo(a);
    }

    @Test
    void aMedwaySizedCouncilLooksLikeMedway() throws Exception {
        Period period = Period.parse("2024-25");
        var summary = new SampleGenerator(new SampleGenerator.Options(period, 1.0, 5, 0.0,
                EnumSet.of(Extract.SERVICES, Extract.SAFEGUARDING))).generate(dir);
        Pipeline.Result result = Pipeline.run(dir, period);
        var services = result.rows().stream().filter(c -> c.raw().extract() == Extract.SERVICES)
                .map(c -> (org.carereturns.ingest.Records.Service) c.record()).toList();
        long ltsYearEnd = services.stream().filter(s -> org.carereturns.codes.Codes.LONG_TERM.contains(s.serviceType())
                && s.activeOn(period.end())).map(s -> s.person().id()).distinct().count();
        assertThat(ltsYearEnd).as("people on long-term support at year end (Medway: 2,943)").isBetween(2400L, 3400L);
        var community = services.stream().filter(s -> org.carereturns.codes.Codes.LTS_COMMUNITY.equals(s.serviceType())
                && s.activeOn(period.end())).toList();
        double dp = community.stream().filter(s -> "Direct Payment".equals(s.delivery())).map(s -> s.person().id())
                .distinct().count() / (double) community.stream().map(s -> s.person().id()).distinct().count();
        assertThat(dp).as("community clients with a direct payment (Medway 23%%)").isBetween(0.18, 0.32);
        var concerns = result.rows().stream().filter(c -> c.raw().extract() == Extract.SAFEGUARDING)
                .map(c -> (org.carereturns.ingest.Records.Concern) c.record()).toList();
        assertThat(concerns.size()).as("concerns (Medway 3,267)").isBetween(3000, 3600);
        long enquiries = concerns.stream().filter(c -> c.enquiryType() != null).count();
        assertThat(enquiries).as("enquiries (Medway 846)").isBetween(700L, 1000L);
        assertThat(summary.defects()).isZero();
    }

    static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), InputLocator.sha256(p));
            }
        }
        return out;
    }
}
