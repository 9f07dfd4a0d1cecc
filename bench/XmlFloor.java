import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML-parse floor of stack.md: unzip every worksheet and the shared strings of each .xlsx in a
 * folder and StAX-parse them, converting nothing. Any reader must do at least this much work.
 * Run: java bench/XmlFloor.java DIR
 */
public class XmlFloor {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long events = 0;
        XMLInputFactory f = XMLInputFactory.newInstance();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".xlsx")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(p.toFile())) {
                    for (ZipEntry e : Collections.list(zip.entries())) {
                        if (!e.getName().startsWith("xl/worksheets/") && !e.getName().equals("xl/sharedStrings.xml")) {
                            continue;
                        }
                        try (InputStream in = zip.getInputStream(e)) {
                            XMLStreamReader x = f.createXMLStreamReader(in);
                            while (x.hasNext()) {
                                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                                    events++;
                                }
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("floor: %d elements parsed in %.2f s%n", events, (System.nanoTime() - start) / 1e9);
    }
}
