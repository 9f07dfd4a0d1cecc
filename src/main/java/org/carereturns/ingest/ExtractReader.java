package org.carereturns.ingest;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads every file of one extract, in name order, as one stream of rows below each file's header.
 * Blank rows are counted (through {@code onBlank}) and skipped, never passed on.
 */
public class ExtractReader implements ItemStreamReader<RawRecord> {

    /** Told about progress as rows are read, e.g. to show it on the terminal. */
    public interface Progress {
        void update(InputFile file, long rows, double fraction);

        void done(InputFile file, long rows);
    }

    private final List<InputFile> files;
    private final Consumer<InputFile> onBlank;
    private final Progress progress;
    private int fileIndex = -1;
    private RowSource source;
    private long rowsInFile;
    private int lastRow;
    private final long[] blanks;
    private int resumeFile = -1;
    private int resumeRow;

    public ExtractReader(List<InputFile> files, Consumer<InputFile> onBlank, Progress progress) {
        this.files = files;
        this.onBlank = onBlank;
        this.progress = progress;
        this.blanks = new long[files.size()];
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
                for (long k = 0; k < n; k++) {
                    onBlank.accept(files.get(i));
                }
            }
        }
    }

    @Override
    public void update(ExecutionContext context) throws ItemStreamException {
        context.putInt("reader.file", Math.max(fileIndex, 0));
        context.putInt("reader.row", lastRow);
        for (int i = 0; i < files.size(); i++) {
            context.putLong("reader.blanks." + i, blanks[i]);
        }
    }

    @Override
    public RawRecord read() throws IOException {
        while (true) {
            if (source == null && !openNext()) {
                return null;
            }
            InputFile file = files.get(fileIndex);
            SheetRow row = source.next();
            if (row == null) {
                progress.done(file, rowsInFile);
                closeSource();
                continue;
            }
            if (row.number() <= file.headerRow() || fileIndex == resumeFile && row.number() <= resumeRow) {
                continue;
            }
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
                onBlank.accept(file);
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
        if (file.isCsv()) {
            source = new PrefetchingRowSource(new CsvRowSource(file.path()), file.name());
        } else {
            XlsxWorkbook wb;
            try {
                wb = XlsxWorkbook.open(file.path());
            } catch (InputRefusedException e) {
                throw new IOException(e.getMessage(), e);
            }
            XlsxWorkbook.SheetInfo sheet = wb.sheets().stream().filter(s -> s.name().equals(file.sheet()))
                    .findFirst().orElseThrow(() -> new IOException(file.name() + ": sheet '" + file.sheet()
                            + "' disappeared while the run was going"));
            RowSource rows = wb.openSheet(sheet);
            source = new PrefetchingRowSource(new RowSource() {
                @Override
                public SheetRow next() throws IOException {
                    try {
                        return rows.next();
                    } catch (IOException e) {
                        throw new IOException(file.name() + ", sheet '" + file.sheet() + "': " + e.getMessage(), e);
                    }
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
