package org.carereturns.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
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
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Charts drawn with POI, coloured explicitly so LibreOffice shows them as Excel does. */
public final class Charts {

    private Charts() {
    }

    /**
     * A chart of {@code rows} data rows below a header row: categories in column 0, one series per
     * column in {@code series}, placed at (col, row).
     */
    public static void draw(XSSFDrawing drawing, XSSFSheet sheet, int months, String title, ChartTypes type,
                              int col, int row, int[] series, String xTitle, String yTitle) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + 10, row + 18));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        x.setTitle(xTitle);
        y.setTitle(yTitle);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, months, 0, 0));
        XDDFChartData data = chart.createData(type, x, y);
        // one colour per series, told apart with the commonest colour blindness too, so no two lines look alike
        PresetColor[] colours = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.SEA_GREEN,
            PresetColor.CRIMSON, PresetColor.DARK_VIOLET, PresetColor.GOLDENROD, PresetColor.SADDLE_BROWN,
            PresetColor.DARK_SLATE_GRAY};
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
