package org.carereturns.sample;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One generated row, column name to value, in insertion order. The generator holds an extract's rows
 * to sort them by date as a case system's export is sorted, so a row is one array of keys and values,
 * searched in place (a row has at most a few dozen columns), not a LinkedHashMap's object per column.
 */
final class SampleRow extends AbstractMap<String, Object> {

    private Object[] keysAndValues = new Object[24];
    private int size;

    private int slot(Object key) {
        for (int i = 0; i < size; i++) {
            Object k = keysAndValues[2 * i];
            if (k == key || k.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = slot(key);
        return i < 0 ? null : keysAndValues[2 * i + 1];
    }

    @Override
    public boolean containsKey(Object key) {
        return slot(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        int i = slot(key);
        if (i >= 0) {
            Object old = keysAndValues[2 * i + 1];
            keysAndValues[2 * i + 1] = value;
            return old;
        }
        if (2 * size == keysAndValues.length) {
            keysAndValues = Arrays.copyOf(keysAndValues, keysAndValues.length + 12);
        }
        keysAndValues[2 * size] = key;
        keysAndValues[2 * size + 1] = value;
        size++;
        return null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleEntry<>((String) keysAndValues[2 * i], keysAndValues[2 * i + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
