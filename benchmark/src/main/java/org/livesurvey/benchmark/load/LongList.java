package org.livesurvey.benchmark.load;

import java.util.Arrays;

/** A growing array of longs, for one client's measurements: no boxing on the path being measured. */
final class LongList {

    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    static long[] concat(Iterable<LongList> lists) {
        int total = 0;
        for (LongList list : lists) {
            total += list.size;
        }
        long[] all = new long[total];
        int at = 0;
        for (LongList list : lists) {
            System.arraycopy(list.values, 0, all, at, list.size);
            at += list.size;
        }
        return all;
    }
}
