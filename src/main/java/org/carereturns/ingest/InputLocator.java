package org.carereturns.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The pre-flight: finds each extract's files by pattern, and checks that each can be read and has
 * a header row with every required column, before anything is computed.
 */
public final class InputLocator {

    public static final int HEADER_SEARCH_ROWS = 20;

    private final Mapping mapping;

    public InputLocator(Mapping mapping) {
        this.mapping = mapping;
    }

    public InputPlan plan(Path inputDir) throws InputRefusedException {
        if (!Files.isDirectory(inputDir)) {
            throw new InputRefusedException(inputDir.toString(), Files.exists(inputDir)
                    ? "this is a file, not a folder; name the folder that holds the extracts with --input"
                    : "the input folder does not exist");
        }
        List<Path> all;
        try (Stream<Path> s = Files.list(inputDir)) {
            all = s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new InputRefusedException(inputDir.toString(), "the input folder cannot be listed ("
                    + e.getMessage() + ")");
        }
        InputPlan plan = new InputPlan();
        for (Path file : all) {
            String name = file.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            boolean anyExtract = false;
            for (Extract extract : Extract.values()) {
                anyExtract |= matches(lower, mapping.patterns(extract)) || isStray(lower, mapping.patterns(extract));
            }
            // the sample generator's answer key sits beside the extracts it describes; it is not one
            if (!anyExtract && !lower.equals("ground-truth.csv")) {
                plan.unmatched(name);
            }
        }
        for (Extract extract : Extract.values()) {
            List<String> patterns = mapping.patterns(extract);
            plan.lookedFor(extract, patterns);
            for (Path file : all) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                String notAFile = Files.isRegularFile(file) ? null : notAFile(file);
                if (notAFile != null) {
                    if (matches(name, patterns)) {
                        plan.refuse(new RefusedFile(extract, file.getFileName().toString(), notAFile, ""));
                    }
                } else if (matches(name, patterns) && Names.undecodable(file.getFileName().toString())) {
                    plan.refuse(new RefusedFile(extract, file.getFileName().toString(), "the file's name is not "
                            + "valid UTF-8 text (the characters shown as \uFFFD could not be read), so it cannot be "
                            + "opened by its name; rename the file using ordinary letters and digits", ""));
                } else if (matches(name, patterns)) {
                    check(extract, file, plan);
                } else if (isStray(name, patterns)) {
                    plan.refuse(new RefusedFile(extract, file.getFileName().toString(),
                            "only .xlsx and .csv files can be read; save this file as .xlsx (old .xls workbooks"
                                    + " and other formats are not read)", sha256(file)));
                }
            }
        }
        plan.refuseCopies();
        return plan;
    }

    /** Why something named like an extract cannot be read as one: the month would vanish in silence. */
    private static String notAFile(Path path) {
        if (Files.isDirectory(path)) {
            return "this is a folder, not a file; move the extract itself into the input folder";
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "this is a link to a file that does not exist (" + readLink(path) + ")";
        }
        return "this is not an ordinary file (a pipe, socket or device); copy the extract itself into the"
                + " input folder";
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "target unknown";
        }
    }

    private static boolean matches(String lowerName, List<String> patterns) {
        for (String pattern : patterns) {
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern.toLowerCase(Locale.ROOT));
            if (m.matches(Path.of(lowerName))) {
                return true;
            }
        }
        return false;
    }

    /** A file named like an extract but in a format we cannot read, e.g. contacts-2024.xls. */
    private static boolean isStray(String lowerName, List<String> patterns) {
        for (String pattern : patterns) {
            if (matches(stem(lowerName), List.of(stem(pattern.toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void check(Extract extract, Path file, InputPlan plan) throws InputRefusedException {
        String name = file.getFileName().toString();
        String sha = sha256(file);
        try {
            plan.add(name.toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? checkCsv(extract, file, sha) : checkXlsx(extract, file, sha));
        } catch (InputRefusedException e) {
            plan.refuse(new RefusedFile(extract, name, e.reason(), sha));
        }
    }

    private InputFile checkCsv(Extract extract, Path file, String sha) throws InputRefusedException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length >= 4 && (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF
                    || head[0] == 'P' && head[1] == 'K')) {
                throw new InputRefusedException(name, "this is a workbook saved with a .csv name; save it as CSV "
                        + "(comma-separated, UTF-8) or rename it .xlsx");
            }
        } catch (IOException e) {
            throw new InputRefusedException(name, "the file cannot be read (" + e.getMessage() + ")");
        }
        checkUtf8(file);
        try (RowSource rows = new CsvRowSource(file)) {
            InputFile found;
            try {
                found = locateHeader(extract, file, "", rows, sha, List.of(), null);
            } catch (InputRefusedException e) {
                String separator = otherSeparator(file);
                throw separator == null ? e : new InputRefusedException(name, "the file is separated by "
                        + separator + ", not commas; save it as 'CSV UTF-8 (Comma delimited)', or export it"
                        + " with commas between the columns");
            }
            // the whole file once, before anything is computed: a broken quote would swallow rows
            if (extract == Extract.CLD) {
                new CldFileCheck(found, false).check(rows);
            }
            while (rows.next() != null) {
                // structure only
            }
            return found;
        } catch (DamagedInputException e) {
            throw new InputRefusedException(name, "record " + e.row() + ": " + e.reason());
        } catch (IOException e) {
            throw new InputRefusedException(name, "the file cannot be read (" + e.getMessage() + ")");
        }
    }

    /** "semicolons" or "tabs" when the first line is plainly separated by one of them rather than commas. */
    private static String otherSeparator(Path file) {
        try (var r = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            String first = r.readLine();
            if (first == null) {
                return null;
            }
            long commas = first.chars().filter(ch -> ch == ',').count();
            long semicolons = first.chars().filter(ch -> ch == ';').count();
            long tabs = first.chars().filter(ch -> ch == '\t').count();
            if (semicolons > commas && semicolons >= tabs && semicolons > 0) {
                return "semicolons";
            }
            return tabs > commas && tabs > 0 ? "tabs" : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void checkUtf8(Path file) throws InputRefusedException {
        var decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT);
        try (var r = new java.io.InputStreamReader(Files.newInputStream(file), decoder)) {
            char[] buf = new char[1 << 16];
            long line = 1;
            int n;
            while ((n = r.read(buf)) != -1) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\0') {
                        throw new InputRefusedException(file.getFileName().toString(),
                                "this is not a text file (it holds binary data near line " + line + ")");
                    }
                    if (buf[i] == '\n') {
                        line++;
                    }
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InputRefusedException(file.getFileName().toString(), "the file is not UTF-8 text; save it "
                    + "as 'CSV UTF-8 (Comma delimited)'");
        } catch (IOException e) {
            throw new InputRefusedException(file.getFileName().toString(), "the file cannot be read ("
                    + e.getMessage() + ")");
        }
    }

    private InputFile checkXlsx(Extract extract, Path file, String sha) throws InputRefusedException {
        String name = file.getFileName().toString();
        try (XlsxWorkbook wb = XlsxWorkbook.open(file)) {
            List<String> ignored = new ArrayList<>();
            Best best = new Best();
            for (XlsxWorkbook.SheetInfo sheet : wb.sheets()) {
                if (!sheet.visible()) {
                    ignored.add(sheet.name() + " (hidden)");
                    continue;
                }
                try (RowSource rows = wb.openSheet(sheet)) {
                    InputFile found = locateHeader(extract, file, sheet.name(), rows, sha, ignored, best);
                    if (found != null && extract == Extract.CLD) {
                        new CldFileCheck(found, rows.date1904()).check(rows);
                    }
                    if (found != null) {
                        int at = wb.sheets().indexOf(sheet);
                        for (XlsxWorkbook.SheetInfo other : wb.sheets().subList(at + 1, wb.sheets().size())) {
                            ignored.add(other.name() + (other.visible() ? "" : " (hidden)"));
                        }
                        return found;
                    }
                    ignored.add(sheet.name() + " (no header row)");
                } catch (IOException e) {
                    throw new InputRefusedException(name, e.getMessage());
                }
            }
            throw missingColumns(extract, name, best);
        }
    }

    /** The closest a sheet came to a header row, to say which columns were missing. */
    private static final class Best {
        String sheet;
        int row;
        List<String> missing;
    }

    private InputFile locateHeader(Extract extract, Path file, String sheet, RowSource rows, String sha,
                                   List<String> ignored, Best best) throws IOException, InputRefusedException {
        List<Column> columns = Schema.columns(extract);
        Best local = best == null ? new Best() : best;
        SheetRow row;
        while ((row = rows.next()) != null && row.number() <= HEADER_SEARCH_ROWS) {
            int[] index = matchHeader(extract, columns, row);
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).requiredHeader() && index[i] < 0) {
                    missing.add(columns.get(i).name());
                }
            }
            if (missing.isEmpty()) {
                return new InputFile(extract, file, sheet, row.number(), index, sha, Files.size(file),
                        List.copyOf(ignored));
            }
            if (local.missing == null || missing.size() < local.missing.size()) {
                local.sheet = sheet;
                local.row = row.number();
                local.missing = missing;
            }
        }
        if (best == null) {
            throw missingColumns(extract, file.getFileName().toString(), local);
        }
        return null;
    }

    private static InputRefusedException missingColumns(Extract extract, String name, Best best) {
        boolean none = best.missing == null || best.missing.size() == Schema.columns(extract).stream().filter(Column::requiredHeader).count();
        if (none) {
            return new InputRefusedException(name, "no header row for the " + extract.label()
                    + " extract was found in the first " + HEADER_SEARCH_ROWS + " rows of any visible sheet"
                    + " (looked for: " + requiredNames(extract) + ")");
        }
        String where = best.sheet.isEmpty() ? "row " + best.row : "sheet '" + best.sheet + "' row " + best.row;
        return new InputRefusedException(name, (extract == Extract.CLD ? "CLD-F01: " : "") + "required column" + (best.missing.size() > 1 ? "s " : " ")
                + String.join(", ", best.missing.stream().map(c -> "'" + c + "'").toList())
                + (best.missing.size() > 1 ? " are" : " is") + " missing from the header row (" + where
                + "); add the column, or add its heading as an alias in the mapping file");
    }

    private static String requiredNames(Extract extract) {
        return String.join(", ", Schema.columns(extract).stream().filter(Column::requiredHeader)
                .map(Column::name).toList());
    }

    /** For each schema column, the physical column whose heading matches it (first match wins). */
    int[] matchHeader(Extract extract, List<Column> columns, SheetRow row) {
        Map<String, Integer> keyToColumn = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            keyToColumn.putIfAbsent(Column.headerKey(c.name()), i);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            for (String alias : c.aliases()) {
                keyToColumn.putIfAbsent(Column.headerKey(alias), i);
            }
            for (String alias : mapping.headerAliases(extract, c.name())) {
                keyToColumn.putIfAbsent(Column.headerKey(alias), i);
            }
        }
        int[] index = new int[columns.size()];
        java.util.Arrays.fill(index, -1);
        for (int p = 0; p < row.cells().length; p++) {
            Cell cell = row.cells()[p];
            if (cell == null || cell.kind() != Cell.Kind.TEXT) {
                continue;
            }
            Integer col = keyToColumn.get(Column.headerKey(cell.text()));
            if (col != null && index[col] < 0) {
                index[col] = p;
            }
        }
        return index;
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            return "";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
