package org.carereturns.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.carereturns.Period;
import org.carereturns.ingest.Extract;
import org.carereturns.ingest.ExtractReader;
import org.carereturns.ingest.InputFile;
import org.carereturns.ingest.InputLocator;
import org.carereturns.ingest.Mapping;
import org.carereturns.ingest.RawRecord;
import org.carereturns.ingest.Records.CareLeaver;
import org.carereturns.validation.CareLeaverRules;
import org.carereturns.validation.Checked;

/**
 * Last year's OC3, for DfE rule 348 (a young person last year's return recorded as having died). It
 * was accounted for by last year's run, so it is read, checked by the same rules, and only the
 * children it recorded as DIED are kept; run.log says which file was used, or why none was.
 */
final class LastYearsOc3 {

    private LastYearsOc3() {
    }

    static Set<String> recordedDied(Path folder, Period period, Mapping mapping, Consumer<String> log) {
        Set<String> died = new TreeSet<>();
        Period last = period.previous();
        if (folder == null || !Files.isDirectory(folder)) {
            log.accept("rule 348: no folder of last year's extracts (" + folder + "); not checked");
            return died;
        }
        try {
            List<InputFile> files = new InputLocator(mapping).plan(folder).files(Extract.CARE_LEAVERS);
            if (files.isEmpty()) {
                log.accept("rule 348: no OC3 extract for " + last + " in " + folder + "; not checked");
                return died;
            }
            CareLeaverRules rules = new CareLeaverRules(mapping, last);
            ExtractReader reader = new ExtractReader(files, ExtractReader.Progress.NONE);
            reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
            long rows = 0;
            try {
                for (RawRecord raw = reader.read(); raw != null; raw = reader.read()) {
                    rows++;
                    Checked<CareLeaver> c = rules.check(raw);
                    if (c.record() != null && "DIED".equals(c.record().inTouch())) {
                        died.add(c.record().childId());
                    }
                }
            } finally {
                reader.close();
            }
            log.accept("rule 348: last year's OC3 read from " + files.get(0).path() + " (" + rows + " rows, "
                    + died.size() + " recorded as DIED)");
        } catch (Exception e) {
            log.accept("rule 348: last year's OC3 in " + folder + " could not be read (" + RunLauncher.rootMessage(e)
                    + "); not checked");
            died.clear();
        }
        return died;
    }
}
