package org.carereturns.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's streamed workbooks, read back with POI's own workbook reader, hold what was written. */
class StreamedXlsxTest {

    @TempDir
    Path dir;

    @Test
    void aWorkbookReadByPoiHoldsEveryValueWritten() throws Exception {
        Path file = dir.resolve("w.xlsx");
        try (StreamedXlsx x = new StreamedXlsx(file, "Data & more", List.of("Extracted from Mosaic", "Do not edit"))) {
            x.write(List.of("Person ID", "Date", "Count", "Note"));
            x.write(Arrays.asList("P1", LocalDate.of(2024, 4, 1), 3L, " spaced <a> & \"b\"  "));
            x.write(Arrays.asList("P1", null, new SampleSheet.ErrorValue("#N/A"), ""));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("Notes");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Do not edit");
            XSSFSheet s = wb.getSheet("Data & more");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Note");
            var date = s.getRow(1).getCell(1);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(s.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(1).getCell(3).getStringCellValue()).isEqualTo(" spaced <a> & \"b\"  ");
            // the same text twice is one shared string, as Excel saves it
            assertThat(wb.getSharedStringSource().getUniqueCount()).isEqualTo(9);
            assertThat(wb.getSharedStringSource().getCount()).isEqualTo(10);
            assertThat(s.getRow(2).getCell(1)).isNull();
            assertThat(s.getRow(2).getCell(2).getCellType()).isEqualTo(CellType.ERROR);
            assertThat(s.getRow(2).getCell(2).getErrorCellValue()).isEqualTo(FormulaError.NA.getCode());
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEmpty();
        }
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws Exception {
        byte[][] files = new byte[2][];
        for (int i = 0; i < 2; i++) {
            Path file = dir.resolve("w" + i + ".xlsx");
            try (StreamedXlsx x = new StreamedXlsx(file, "Data", List.of())) {
                x.write(List.of("A", LocalDate.of(2025, 3, 31)));
            }
            files[i] = Files.readAllBytes(file);
        }
        assertThat(files[0]).isEqualTo(files[1]);
    }
}
