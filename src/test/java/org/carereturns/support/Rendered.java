package org.carereturns.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * A workbook as a person sees it printed: rendered to PDF by LibreOffice (headless), its text read with
 * its layout by poppler's pdftotext, the boxes of its words with -bbox, its first page as a PNG with
 * pdftoppm. .ci/run installs both and sets CARE_RETURNS_TEST_RENDER=required, so there the tests that
 * use it cannot be skipped; elsewhere they are skipped, saying why, when the tools are missing.
 */
public final class Rendered {

    private static final Pattern PAGE = Pattern.compile("<page ");
    private static final Pattern HEIGHT = Pattern.compile("^width=\"[\\d.]+\" height=\"([\\d.]+)\"");

    /** The body of a page lies between these margins (Prints' top and bottom), in points. */
    private static final double TOP = 0.8 * 72;
    private static final double BOTTOM = 0.7 * 72;
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    private final Path pdf;

    private Rendered(Path pdf) {
        this.pdf = pdf;
    }

    public static void assumeTools() {
        boolean present = onPath("soffice") && onPath("pdftotext") && onPath("pdftoppm");
        if (!present && "required".equals(System.getenv("CARE_RETURNS_TEST_RENDER"))) {
            throw new AssertionError("LibreOffice (soffice) and poppler-utils (pdftotext, pdftoppm) are required here");
        }
        Assumptions.assumeTrue(present, "LibreOffice and poppler-utils are not installed (apt-get install "
                + "libreoffice-calc poppler-utils)");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each workbook rendered to a PDF named by its key in {@code folder}, in one run of LibreOffice (its
     * start-up is most of the cost of a small workbook).
     */
    public static Map<String, Rendered> render(Map<String, Path> workbooks, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path staged = Files.createTempDirectory("to-render");
        Path profile = Files.createTempDirectory("soffice-profile");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString()));
        for (var w : workbooks.entrySet()) {
            Path copy = Files.copy(w.getValue(), staged.resolve(w.getKey() + ".xlsx"));
            command.add(copy.toString());
        }
        run(command, 300);
        Map<String, Rendered> out = new LinkedHashMap<>();
        for (String name : workbooks.keySet()) {
            Path pdf = folder.resolve(name + ".pdf");
            assertThat(pdf).as("LibreOffice rendered " + workbooks.get(name)).exists();
            out.put(name, new Rendered(pdf));
        }
        return out;
    }

    /** The text of each page, laid out as printed. */
    public List<String> pages() throws Exception {
        String text = run(List.of("pdftotext", "-layout", pdf.toString(), "-"), 60);
        List<String> pages = new ArrayList<>(List.of(text.split("\f", -1)));
        while (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /** A word as pdftotext -bbox places it: its page (from 1), its box in points, its text. */
    private record Word(int page, double xMin, double yMin, double xMax, double yMax, String text, boolean inBody) {

        double area() {
            return (xMax - xMin) * (yMax - yMin);
        }
    }

    /**
     * Every word of the PDF with its box. A word is in the page's body when it lies between the top and
     * bottom margins: LibreOffice also writes the parts of a chart near a page break into the next or the
     * previous page, clipped and unseen, where the header and footer are.
     */
    private List<Word> words() throws Exception {
        String xml = run(List.of("pdftotext", "-bbox", pdf.toString(), "-"), 60);
        List<Word> out = new ArrayList<>();
        String[] pages = PAGE.split(xml);
        for (int p = 1; p < pages.length; p++) {
            Matcher size = HEIGHT.matcher(pages[p]);
            assertThat(size.find()).as("page size in " + pdf).isTrue();
            double bottom = Double.parseDouble(size.group(1)) - BOTTOM;
            Matcher m = WORD.matcher(pages[p]);
            while (m.find()) {
                double yMin = Double.parseDouble(m.group(2));
                double yMax = Double.parseDouble(m.group(4));
                out.add(new Word(p, Double.parseDouble(m.group(1)), yMin, Double.parseDouble(m.group(3)), yMax,
                        m.group(5), yMin >= TOP - 1 && yMax <= bottom + 1));
            }
        }
        return out;
    }

    /** Words in a page's body whose boxes overlap another's by more than a fifth of the smaller. */
    public List<String> overlappingWords() throws Exception {
        List<String> found = new ArrayList<>();
        List<Word> body = words().stream().filter(Word::inBody).toList();
        for (int i = 0; i < body.size(); i++) {
            Word a = body.get(i);
            for (int j = i + 1; j < body.size() && body.get(j).page() == a.page(); j++) {
                Word b = body.get(j);
                double w = Math.min(a.xMax(), b.xMax()) - Math.max(a.xMin(), b.xMin());
                double h = Math.min(a.yMax(), b.yMax()) - Math.max(a.yMin(), b.yMin());
                if (w > 0 && h > 0 && w * h > 0.2 * Math.min(a.area(), b.area())) {
                    found.add("page " + a.page() + ": '" + a.text() + "' and '" + b.text() + "'");
                }
            }
        }
        return found;
    }

    /**
     * Words in which a figure runs into the text of the next column ("4.3England", "38.9%Area"): the
     * two drawn so close that they read as one word. (A gap narrower than a space cannot be told from a
     * space on a page printed smaller, so only words run together are found.)
     */
    public List<String> figuresRunIntoText() throws Exception {
        return words().stream().filter(w -> RUN_TOGETHER.matcher(w.text()).matches())
                .map(w -> "page " + w.page() + ": '" + w.text() + "'").toList();
    }

    private static final Pattern RUN_TOGETHER = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+%?|%|,\\d{3})[A-Za-z]{2,}\\S*");

    public void firstPageAsPng(Path png) throws Exception {
        String prefix = png.toString().replaceFirst("\\.png$", "");
        run(List.of("pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), prefix), 60);
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        p.getOutputStream().close();
        var err = p.getErrorStream();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(seconds, TimeUnit.SECONDS)).as(String.join(" ", command) + " in " + seconds + " s").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + new String(err.readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
