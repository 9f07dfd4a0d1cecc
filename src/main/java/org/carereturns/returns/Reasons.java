package org.carereturns.returns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why each row given to a return decided none of its figures (null: it decided one), by position,
 * kept compactly for a return that only counts its rows: a million contacts share a handful of
 * reasons, so each row costs two bytes.
 */
public final class Reasons {

    private final List<String> distinct = new ArrayList<>();
    private final Map<String, Short> codes = new HashMap<>();
    private short[] byPosition = new short[1024];
    private int size;

    /** The next row's reason, or null when it was used. */
    public void add(String reason) {
        short code = 0;
        if (reason != null) {
            code = codes.computeIfAbsent(reason, r -> {
                distinct.add(r);
                return (short) distinct.size();
            });
        }
        if (size == byPosition.length) {
            byPosition = Arrays.copyOf(byPosition, size * 2);
        }
        byPosition[size++] = code;
    }

    public String get(int position) {
        if (position >= size) {
            throw new IndexOutOfBoundsException("row " + position + " of " + size + " given to the return");
        }
        short code = byPosition[position];
        return code == 0 ? null : distinct.get(code - 1);
    }
}
