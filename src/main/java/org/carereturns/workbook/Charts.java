package org.carereturns.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Charts of a table written through the kit, drawn with POI and placed beneath it so that they print
 * on the table's pages. Colours are explicit so LibreOffice shows them as Excel does; a percentage's
 * axis stops at 100 %, a count's starts at 0.
 */
public final class Charts {

    /** The widest a chart is, in digits of column width: a portrait page's width. */
    private static final int WIDTH = 90;

    /** The narrowest a chart is, in digits of column width. */
    private static final int MIN_WIDTH = 60;

    /** Charts printed on a portrait page, one above the other. */
    private static final int CHARTS_A_PAGE = 2;

    /** Rows a chart is tall. */
    public static final int HEIGHT = 18;

    /** One colour per series, told apart with the commonest colour blindness too. */
    private static final PresetColor[] COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE,
        PresetColor.SEA_GREEN, PresetColor.CRIMSON, PresetColor.DARK_VIOLET, PresetColor.GOLDENROD,
        PresetColor.SADDLE_BROWN, PresetColor.DARK_SLATE_GRAY};

    /** What a chart shows: its title, its axes' titles and what its values are. */
    public record Look(String title, ChartTypes type, String xTitle, String yTitle, Kind kind) {
    }

    private Charts() {
    }

    /**
     * A chart of a finished table with its categories down column 0 and a series for each of
     * {@code columns} (the table's column numbers), at row {@code atRow}.
     */
    public static void byColumn(SheetTable t, Look look, int atRow, int... columns) {
        XSSFSheet sheet = (XSSFSheet) t.sheet();
        XSSFChart chart = chart(t, look, atRow);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(t.firstDataRow(), t.lastDataRow(), t.column(0), t.column(0)));
        XDDFChartData data = data(chart, look);
        int n = 0;
        for (int c : columns) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(t.firstDataRow(), t.lastDataRow(), t.column(c), t.column(c)));
            style(data.addSeries(categories, values), t.heading(c),
                    new CellReference(sheet.getSheetName(), t.headingRow(), t.column(c), true, true), n++);
        }
        plot(chart, data);
    }

    /**
     * A chart of a finished table with its categories across the headings of columns
     * {@code fromColumn} onwards and a series for each of {@code rows} (sheet rows), named by column 0.
     */
    public static void byRow(SheetTable t, Look look, int atRow, int fromColumn, int... rows) {
        XSSFSheet sheet = (XSSFSheet) t.sheet();
        XSSFChart chart = chart(t, look, atRow);
        int last = t.column(t.columns() - 1);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(t.headingRow(), t.headingRow(), t.column(fromColumn), last));
        XDDFChartData data = data(chart, look);
        int n = 0;
        for (int r : rows) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(r, r, t.column(fromColumn), last));
            style(data.addSeries(categories, values), sheet.getRow(r).getCell(t.column(0)).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), r, t.column(0), true, true), n++);
        }
        plot(chart, data);
    }

    private static XSSFChart chart(SheetTable t, Look look, int atRow) {
        XSSFSheet sheet = (XSSFSheet) t.sheet();
        int before = sheet.createDrawingPatriarch().getCharts().size();
        if (before % CHARTS_A_PAGE == 0) {
            // the first chart begins a page, and so does every other one after it: a chart is never cut
            // (a row above it on the new page: LibreOffice draws the edge of a chart that starts on a page's
            // first row at the foot of the page before)
            sheet.setRowBreak(atRow - 2);
        }
        int to = t.column(0);
        int width = 0;
        int wanted = Math.max(MIN_WIDTH, Math.min(WIDTH, t.tableWidth()));
        while (width < wanted) {
            int c = to - t.column(0);
            width += c < t.columns() ? t.width(c) : sheet.getColumnWidth(to) / 256;
            to++;
        }
        XSSFChart chart = sheet.createDrawingPatriarch().createChart(
                sheet.createDrawingPatriarch().createAnchor(0, 0, 0, 0, t.column(0), atRow, to, atRow + HEIGHT));
        chart.setTitleText(look.title());
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFChartData data(XSSFChart chart, Look look) {
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        x.setTitle(look.xTitle());
        y.setTitle(look.yTitle());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        if (look.kind() == Kind.PERCENT) {
            y.setMaximum(1); // a share cannot pass 100 %
            y.setNumberFormat("0%");
        } else {
            y.setNumberFormat(look.kind().format());
        }
        return chart.createData(look.type(), x, y);
    }

    private static void style(XDDFChartData.Series series, String name, CellReference nameCell, int n) {
        series.setTitle(name, nameCell);
        // explicit colours: LibreOffice draws nothing where Excel would pick a default
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(COLOURS[n % COLOURS.length]));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties();
            stroke.setFillProperties(fill);
            stroke.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
            line.setSmooth(false);
            line.setMarkerStyle(MarkerStyle.CIRCLE);
        } else {
            series.setFillProperties(fill);
        }
    }

    private static void plot(XSSFChart chart, XDDFChartData data) {
        if (data instanceof XDDFBarChartData bar) {
            bar.setBarDirection(BarDirection.COL);
            bar.setVaryColors(false);
        }
        chart.plot(data);
    }
}
