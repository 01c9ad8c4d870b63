package org.livesurvey.benchmark.load;

/**
 * Reads numbers out of the {@code meta} of a search answer ({@code {"meta":{"count":42,...,"took_ms":3},...}}) without
 * parsing the whole body: the load generator shares the machine with the application, so it must stay cheap.
 */
final class SearchAnswer {

    private SearchAnswer() {
    }

    /**
     * The first whole number written as {@code "name":<digits>}; {@code meta} comes first in every answer, so that is
     * the one of {@code meta}. -1 when there is none.
     */
    static long number(String body, String name) {
        if (body == null) {
            return -1;
        }
        String key = "\"" + name + "\":";
        int at = body.indexOf(key);
        if (at < 0) {
            return -1;
        }
        int from = at + key.length();
        int to = from;
        while (to < body.length() && Character.isDigit(body.charAt(to))) {
            to++;
        }
        return to == from || to - from > 18 ? -1 : Long.parseLong(body, from, to, 10);
    }
}
