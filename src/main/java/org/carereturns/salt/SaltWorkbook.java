package org.carereturns.salt;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.carereturns.audit.AboutSheet;
import org.carereturns.audit.SheetStyles;
import org.carereturns.returns.Table;

/**
 * SALT.xlsx: a sheet per table laid out as the return lays it out, Local KPIs, Checks, the activity
 * by month with its charts, and About.
 */
public final class SaltWorkbook {

    private SaltWorkbook() {
    }

    public static void write(SaltResult salt, AboutSheet.Run run, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SheetStyles styles = new SheetStyles(wb);
            for (Table t : salt.tables()) {
                writeTable(wb, styles, t, corner(t));
            }
            writeTable(wb, styles, salt.kpis(), "Local KPI");
            SheetStyles.Table checks = styles.table(wb.createSheet("Checks"), "Check", "What it checks", "Result",
                    "Figures");
            for (SaltResult.Check c : salt.checks()) {
                checks.row(c.id(), c.description(), c.passed() ? "Pass" : "Fail", c.figures());
            }
            checks.finish();
            activity(wb, styles, salt);
            AboutSheet.write(wb, styles, "SALT", run);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static String corner(Table t) {
        if (t.name().startsWith("STS001")) {
            return "Route of Access";
        }
        if (t.name().startsWith("STS002")) {
            return "Age band";
        }
        if (t.name().startsWith("LTS001")) {
            return "Primary Support Reason";
        }
        return t.name().endsWith("Table 4") ? "Planned review sequel" : "Review sequel";
    }

    /** A table as the return lays it out: its rows down, its columns across, totals in bold. */
    static void writeTable(XSSFWorkbook wb, SheetStyles styles, Table t, String corner) {
        String[] headers = new String[t.columns().size() + 1];
        headers[0] = corner;
        for (int c = 0; c < t.columns().size(); c++) {
            headers[c + 1] = t.columns().get(c);
        }
        XSSFSheet sheet = wb.createSheet(t.name());
        SheetStyles.Table out = styles.table(sheet, headers);
        for (int r = 0; r < t.rows().size(); r++) {
            Object[] values = new Object[headers.length];
            values[0] = t.rows().get(r);
            for (int c = 0; c < t.columns().size(); c++) {
                BigDecimal v = t.cell(r, c);
                values[c + 1] = v == null ? null : t.isPercent(r, c) ? v.movePointLeft(2) : v;
            }
            Row row = out.row(values);
            for (int c = 0; c < t.columns().size(); c++) {
                if (t.isPercent(r, c) && row.getCell(c + 1) != null) {
                    row.getCell(c + 1).setCellStyle(styles.percent());
                }
            }
            if (t.rows().get(r).startsWith("Total")) {
                row.getCell(0).setCellStyle(styles.bold());
            }
        }
        out.finish();
    }

    private static void activity(XSSFWorkbook wb, SheetStyles styles, SaltResult salt) {
        XSSFSheet sheet = wb.createSheet("Activity by month");
        SheetStyles.Table t = styles.table(sheet, "Month", "Contacts received", "Contacts with an outcome",
                "Reviews completed");
        int n = 0;
        for (Map.Entry<YearMonth, long[]> m : salt.contactsByMonth().entrySet()) {
            YearMonth ym = m.getKey();
            t.row(ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + ym.getYear(), m.getValue()[0],
                    m.getValue()[1], salt.reviewsByMonth().getOrDefault(ym, 0L));
            n++;
        }
        t.finish();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        chart(drawing, sheet, n, "Contacts received and outcomes by month", ChartTypes.LINE, 5, 0, new int[] {1, 2});
        chart(drawing, sheet, n, "Reviews completed by month", ChartTypes.BAR, 5, 20, new int[] {3});
    }

    private static void chart(XSSFDrawing drawing, XSSFSheet sheet, int months, String title, ChartTypes type,
                              int col, int row, int[] series) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 10, row + 18));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, months, 0, 0));
        XDDFChartData data = chart.createData(type, x, y);
        PresetColor[] colours = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN};
        int n = 0;
        for (int s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(1, months, s, s));
            XDDFChartData.Series line = data.addSeries(labels, values);
            line.setTitle(sheet.getRow(0).getCell(s).getStringCellValue(),
                    new org.apache.poi.ss.util.CellReference(sheet.getSheetName(), 0, s, true, true));
            // explicit colours: LibreOffice draws nothing where Excel would pick a default
            XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(colours[n++ % colours.length]));
            if (line instanceof XDDFLineChartData.Series l) {
                XDDFLineProperties stroke = new XDDFLineProperties();
                stroke.setFillProperties(fill);
                stroke.setWidth(2.25);
                XDDFShapeProperties shape = new XDDFShapeProperties();
                shape.setLineProperties(stroke);
                l.setShapeProperties(shape);
                l.setSmooth(false);
                l.setMarkerStyle(MarkerStyle.CIRCLE);
            } else {
                line.setFillProperties(fill);
            }
        }
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
        }
        chart.plot(data);
    }
}
