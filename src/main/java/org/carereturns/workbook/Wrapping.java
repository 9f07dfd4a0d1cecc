package org.carereturns.workbook;

/**
 * How many lines a wrapped cell needs, so that its row is made tall enough: neither Excel nor
 * LibreOffice grows a row for wrapped text written by a program, and a heading taller than its row is
 * drawn over the first line of figures. Widths are in Excel's unit, the width of a digit of the
 * workbook's font; letters are on average narrower, bold ones a little wider, so the count errs
 * towards a line too many, never one too few.
 */
final class Wrapping {

    /** The height of a line of the workbook's 10-point font, in points, with its leading. */
    static final float LINE_POINTS = 12.75f;

    private Wrapping() {
    }

    /** Lines {@code text} wraps to in a cell {@code width} digits wide (words kept whole where they fit). */
    static int lines(String text, int width, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int room = Math.max(1, (int) Math.floor((width - 1) * (bold ? 0.95 : 1.05)));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length > room) {
                    lines++;
                    used = 0;
                }
                while (length > room) { // a word longer than the line is broken where the line ends
                    lines++;
                    length -= room;
                }
                used += (used > 0 ? 1 : 0) + length;
            }
        }
        return lines;
    }

    /** The row height, in points, for {@code lines} lines of a font {@code points} high. */
    static float height(int lines, float points) {
        return lines * points * LINE_POINTS / 10f + 2f;
    }
}
