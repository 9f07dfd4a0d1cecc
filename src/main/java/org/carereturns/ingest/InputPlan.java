package org.carereturns.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the pre-flight found in the input folder: the usable files per extract and the refused ones. */
public final class InputPlan {

    public InputPlan() {
    }

    private final Map<Extract, List<InputFile>> files = new EnumMap<>(Extract.class);
    private final List<RefusedFile> refused = new ArrayList<>();
    private final Map<Extract, List<String>> lookedFor = new EnumMap<>(Extract.class);
    private final List<String> unmatched = new ArrayList<>();

    void add(InputFile file) {
        files.computeIfAbsent(file.extract(), e -> new ArrayList<>()).add(file);
    }

    void refuse(RefusedFile file) {
        refused.add(file);
    }

    /** The same plan without a file found damaged while it was read: for a run that goes on without it. */
    public InputPlan without(DamagedInputException damaged) {
        InputPlan rest = new InputPlan();
        rest.lookedFor.putAll(lookedFor);
        rest.refused.addAll(refused);
        rest.unmatched.addAll(unmatched);
        for (InputFile f : allFiles()) {
            if (f.name().equals(damaged.file())) {
                rest.refused.add(new RefusedFile(f.extract(), f.name(), "damaged at row " + damaged.row() + ": "
                        + damaged.reason(), f.sha256()));
            } else {
                rest.add(f);
            }
        }
        return rest;
    }

    /**
     * Refuses every file that is a byte-for-byte copy of another extract file (the same SHA-256), such
     * as Windows' "services - Copy.xlsx": read twice, all its rows would be rejected as repeated IDs
     * with no word that the two files are one. The file with the shorter name (then the first by name)
     * is the one kept; a file that only overlaps another is read as usual.
     */
    void refuseCopies() {
        Map<String, InputFile> bySha = new java.util.HashMap<>();
        List<InputFile> all = allFiles().stream()
                .sorted(java.util.Comparator.comparingInt((InputFile f) -> f.name().length()).thenComparing(InputFile::name))
                .toList();
        for (InputFile f : all) {
            if (f.sha256().isEmpty()) {
                continue;
            }
            InputFile original = bySha.putIfAbsent(f.sha256(), f);
            if (original != null) {
                files.get(f.extract()).remove(f);
                refused.add(new RefusedFile(f.extract(), f.name(), "this file is identical, byte for byte, to "
                        + original.name() + " (the same SHA-256): the same extract twice would reject every row "
                        + "of one as a repeated ID; remove the copy from the input folder", f.sha256()));
            }
        }
    }

    void unmatched(String name) {
        unmatched.add(Names.printable(name));
    }

    /** Files in the input folder that match no extract's pattern: listed, never ignored in silence. */
    public List<String> unmatched() {
        return unmatched;
    }

    void lookedFor(Extract extract, List<String> patterns) {
        lookedFor.put(extract, patterns);
    }

    public List<InputFile> files(Extract extract) {
        return files.getOrDefault(extract, List.of());
    }

    public List<InputFile> allFiles() {
        List<InputFile> all = new ArrayList<>();
        for (Extract e : Extract.values()) {
            all.addAll(files(e));
        }
        return all;
    }

    public boolean has(Extract extract) {
        return !files(extract).isEmpty();
    }

    public List<RefusedFile> refused() {
        return refused;
    }

    public List<String> lookedFor(Extract extract) {
        return lookedFor.getOrDefault(extract, List.of());
    }
}
