package org.carereturns.ingest;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every file of one extract, in name order, as one stream of rows below each file's header.
 * Blank rows are counted ({@link #blankRows}) and skipped, never passed on.
 */
public class ExtractReader implements ItemStreamReader<RawRecord> {

    /** Told about progress as rows are read, e.g. to show it on the terminal. */
    public interface Progress {
        void update(InputFile file, long rows, double fraction);

        void done(InputFile file, long rows);

        /** Shows nothing. */
        Progress NONE = new Progress() {
            @Override
            public void update(InputFile file, long rows, double fraction) {
            }

            @Override
            public void done(InputFile file, long rows) {
            }
        };
    }

    private final List<InputFile> files;
    private final Progress progress;
    private int fileIndex = -1;
    private RowSource source;
    private long rowsInFile;
    private int lastRow;
    private final long[] blanks;
    private final long[] rowsBelowHeader;
    private int resumeFile = -1;
    private int resumeRow;

    public ExtractReader(List<InputFile> files, Progress progress) {
        this.files = files;
        this.progress = progress;
        this.blanks = new long[files.size()];
        this.rowsBelowHeader = new long[files.size()];
        java.util.Arrays.fill(rowsBelowHeader, -1);
    }

    /** The blank rows of file i this reader has passed (and skipped). */
    public long blankRows(int i) {
        return blanks[i];
    }

    /** The rows below the header of file i that this reader has passed, blank or not; -1 before it is opened. */
    public long rowsBelowHeader(int i) {
        return rowsBelowHeader[i];
    }

    /**
     * On a restart, continues after the last row of the last committed chunk: earlier files are not
     * opened again, and the rows of the current file up to that row are passed over unread.
     */
    @Override
    public void open(ExecutionContext context) throws ItemStreamException {
        fileIndex = -1;
        if (context.containsKey("reader.file")) {
            resumeFile = context.getInt("reader.file");
            resumeRow = context.getInt("reader.row");
            for (int i = 0; i < files.size(); i++) {
                long n = context.getLong("reader.blanks." + i, 0);
                blanks[i] = n;
                rowsBelowHeader[i] = context.getLong("reader.rows." + i, -1);
            }
        }
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt("reader.file", Math.max(fileIndex, 0));
        context.putInt("reader.row", lastRow);
        for (int i = 0; i < files.size(); i++) {
            context.putLong("reader.blanks." + i, blanks[i]);
            context.putLong("reader.rows." + i, rowsBelowHeader[i]);
        }
    }

    @Override
    public RawRecord read() throws IOException {
        while (true) {
            if (source == null && !openNext()) {
                return null;
            }
            InputFile file = files.get(fileIndex);
            SheetRow row;
            try {
                row = source.next();
            } catch (DamagedInputException e) {
                throw e.in(file.name(), file.sheet());
            } catch (IOException e) {
                // only what reading the file raised: a bug of ours (a RuntimeException) fails the job with
                // its details in .logs/, rather than blaming the council's file (the sheet parser already
                // turns what malformed XML raises into a DamagedInputException)
                throw new DamagedInputException(file.name(), file.sheet(), lastRow + 1,
                        "the file cannot be read on from here (" + XlsxWorkbook.plain(e) + ")", e);
            } catch (OutOfMemoryError e) {
                throw new DamagedInputException(file.name(), file.sheet(), lastRow + 1,
                        "reading the row needs more memory than a spreadsheet row can; the file is damaged", e);
            }
            if (row == null) {
                progress.done(file, rowsInFile);
                closeSource();
                continue;
            }
            if (row.number() <= file.headerRow() || fileIndex == resumeFile && row.number() <= resumeRow) {
                continue;
            }
            rowsBelowHeader[fileIndex]++;
            Cell[] cells = new Cell[file.columnIndex().length];
            boolean blank = true;
            for (int i = 0; i < cells.length; i++) {
                int p = file.columnIndex()[i];
                Cell c = p < 0 ? null : row.cell(p);
                if (c != null && c.isBlank()) {
                    c = null;
                }
                cells[i] = c;
                blank &= c == null;
            }
            if (blank) {
                blanks[fileIndex]++;
                continue;
            }
            if (++rowsInFile % 10_000 == 0) {
                progress.update(file, rowsInFile, source.progress());
            }
            lastRow = row.number();
            return new RawRecord(file, row.number(), cells, source.date1904());
        }
    }

    private boolean openNext() throws IOException {
        if (fileIndex + 1 >= files.size()) {
            return false;
        }
        fileIndex++;
        while (fileIndex < resumeFile) {
            fileIndex++; // committed before the restart
        }
        InputFile file = files.get(fileIndex);
        rowsInFile = 0;
        lastRow = fileIndex == resumeFile ? resumeRow : 0;
        if (fileIndex != resumeFile || rowsBelowHeader[fileIndex] < 0) {
            rowsBelowHeader[fileIndex] = 0;
        }
        if (file.isCsv()) {
            source = new PrefetchingRowSource(new CsvRowSource(file.path(), file.sha256()), file.name());
        } else {
            XlsxWorkbook wb;
            try {
                wb = XlsxWorkbook.open(file.path());
            } catch (InputRefusedException e) {
                throw new DamagedInputException(file.name(), file.sheet(), file.headerRow() + 1, e.reason(), e);
            }
            // the workbook is open (its file is held), so what is hashed now is what will be read
            String read = InputLocator.sha256(file.path());
            if (!read.equals(file.sha256())) {
                wb.close();
                throw new DamagedInputException(file.name(), file.sheet(), file.headerRow() + 1,
                        changed(file.sha256(), read), null);
            }
            XlsxWorkbook.SheetInfo sheet = wb.sheets().stream().filter(s -> s.name().equals(file.sheet()))
                    .findFirst().orElse(null);
            if (sheet == null) {
                wb.close();
                throw new DamagedInputException(file.name(), file.sheet(), file.headerRow() + 1,
                        "the sheet disappeared while the run was going", null);
            }
            RowSource rows;
            try {
                rows = wb.openSheet(sheet);
            } catch (IOException e) {
                wb.close();
                throw new DamagedInputException(file.name(), file.sheet(), 1, XlsxWorkbook.plain(e), e);
            }
            source = new PrefetchingRowSource(new RowSource() {
                @Override
                public SheetRow next() throws IOException {
                    return rows.next();
                }

                @Override
                public double progress() {
                    return rows.progress();
                }

                @Override
                public boolean date1904() {
                    return rows.date1904();
                }

                @Override
                public void close() throws IOException {
                    rows.close();
                    wb.close();
                }
            }, file.name());
        }
        return true;
    }

    static String changed(String planned, String read) {
        return "the file changed after the run began (SHA-256 " + planned.substring(0, Math.min(12, planned.length()))
                + "… when checked, " + read.substring(0, Math.min(12, read.length())) + "… when read): an export may"
                + " still have been writing it; run again once it is complete";
    }

    private void closeSource() throws IOException {
        if (source != null) {
            source.close();
            source = null;
        }
    }

    @Override
    public void close() throws ItemStreamException {
        try {
            closeSource();
        } catch (IOException e) {
            throw new ItemStreamException(e);
        }
    }
}
