package org.carereturns.validation;

import java.util.Arrays;

/**
 * Where each distinct ID was first seen, for the repeated-ID rules: every ID of an extract must be
 * held until the extract is read through, and there are 2.4 million contact IDs in a year at England
 * scale. A {@code HashMap<String, Long>} costs a String, a Long and a node an ID (about 120 bytes);
 * here the IDs' characters sit in one array and the table is of ints and longs, a few dozen bytes.
 */
final class FirstSeen {

    private char[] chars = new char[1 << 12];
    private int charsUsed;
    private int[] keyStart = new int[1 << 8];
    private int[] keyHash = new int[1 << 8];
    private long[] place = new long[1 << 8];
    private int keys;
    /** Open addressing: each slot holds a key's index plus one, or 0 when empty. */
    private int[] table = new int[1 << 9];

    /** Records {@code where} for a key not seen before and returns -1; for a key seen before, where it was. */
    long putIfAbsent(String key, long where) {
        int hash = key.hashCode();
        int mask = table.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            int k = table[slot] - 1;
            if (k < 0) {
                add(key, hash, where, slot);
                return -1;
            }
            if (keyHash[k] == hash && sameKey(k, key)) {
                return place[k];
            }
        }
    }

    private static int spread(int hash) {
        int h = (hash ^ (hash >>> 16)) * 0x45d9f3b;
        return h ^ (h >>> 16);
    }

    private boolean sameKey(int k, String key) {
        int from = keyStart[k];
        int to = k + 1 < keys ? keyStart[k + 1] : charsUsed;
        if (to - from != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (chars[from + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void add(String key, int hash, long where, int slot) {
        if (keys == keyStart.length) {
            int n = keys * 2;
            keyStart = Arrays.copyOf(keyStart, n);
            keyHash = Arrays.copyOf(keyHash, n);
            place = Arrays.copyOf(place, n);
        }
        while (charsUsed + key.length() > chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        key.getChars(0, key.length(), chars, charsUsed);
        keyStart[keys] = charsUsed;
        keyHash[keys] = hash;
        place[keys] = where;
        charsUsed += key.length();
        table[slot] = ++keys;
        if (keys * 2 > table.length) {
            rehash();
        }
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < keys; k++) {
            int slot = spread(keyHash[k]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = k + 1;
        }
    }

    int size() {
        return keys;
    }
}
