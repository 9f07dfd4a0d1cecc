package org.carereturns.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook's shared-strings table, held compactly: each text as UTF-8 bytes with its length before
 * it, in pages of 1 MB, and one int per entry saying where it starts. A table of three million short
 * texts takes some 27 MB this way, where three million String objects take over 150 MB. The table may
 * use at most {@link #budget()} bytes (a third of the memory Java was given): past that, the
 * workbook is refused in one line rather than exhausting the heap. A small cache keeps the texts most
 * recently looked up, so that the codes repeated down a column are not decoded again for every cell.
 */
final class SharedStrings {

    /** Thrown when the table would outgrow its budget. */
    static final class TooLarge extends Exception {
        TooLarge(String message) {
            super(message);
        }
    }

    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int MAX_PAGES = 1 << (31 - PAGE_BITS);
    private static final int CACHE = 1 << 13;
    private static final int CHUNK_BITS = 16;

    private final long budget;
    private final List<byte[]> pages = new ArrayList<>();
    private byte[] page;
    private int pageUsed;
    /** Where each entry starts, in chunks of 64K entries: no copy of the whole index as it grows. */
    private final List<int[]> starts = new ArrayList<>();
    private int size;
    private long used;
    private final String[] cached = new String[CACHE];
    private final int[] cachedIndex = new int[CACHE];

    SharedStrings() {
        this(Math.min(Runtime.getRuntime().maxMemory() / 3, 1L << 30));
    }

    SharedStrings(long budget) {
        this.budget = budget;
        java.util.Arrays.fill(cachedIndex, -1);
    }

    /** The most bytes the table may hold. */
    long budget() {
        return budget;
    }

    int size() {
        return size;
    }

    void add(String text) throws TooLarge {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int need = utf8.length + 5; // a length of up to five varint bytes
        if ((size >>> CHUNK_BITS) == starts.size()) {
            charge((long) Integer.BYTES << CHUNK_BITS);
            starts.add(new int[1 << CHUNK_BITS]);
        }
        if (page == null || pageUsed + need > page.length) {
            if (pages.size() == MAX_PAGES) {
                throw tooLarge();
            }
            int length = Math.max(PAGE, need);
            charge(length);
            page = new byte[length];
            pages.add(page);
            pageUsed = 0;
        }
        starts.get(size >>> CHUNK_BITS)[size & ((1 << CHUNK_BITS) - 1)] = (pages.size() - 1) << PAGE_BITS | pageUsed;
        size++;
        int n = utf8.length;
        while (n >= 0x80) {
            page[pageUsed++] = (byte) (n | 0x80);
            n >>>= 7;
        }
        page[pageUsed++] = (byte) n;
        System.arraycopy(utf8, 0, page, pageUsed, utf8.length);
        pageUsed = page.length > PAGE ? page.length : pageUsed + utf8.length; // a page of its own stays its own
    }

    String get(int index) {
        int slot = index & (CACHE - 1);
        if (cachedIndex[slot] == index) {
            return cached[slot];
        }
        int start = starts.get(index >>> CHUNK_BITS)[index & ((1 << CHUNK_BITS) - 1)];
        byte[] p = pages.get(start >>> PAGE_BITS);
        int at = start & (PAGE - 1);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = p[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        String text = new String(p, at, length, StandardCharsets.UTF_8);
        cached[slot] = text;
        cachedIndex[slot] = index;
        return text;
    }

    private void charge(long bytes) throws TooLarge {
        used += bytes;
        if (used > budget) {
            throw tooLarge();
        }
    }

    private TooLarge tooLarge() {
        return new TooLarge("its shared-strings table holds more than " + (budget >> 20) + " MB of text (over "
                + String.format("%,d", size) + " entries), more than a third of the memory Java was given; "
                + "save the sheet as CSV, or give Java more memory (java -Xmx...)");
    }
}
