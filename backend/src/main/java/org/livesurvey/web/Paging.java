package org.livesurvey.web;

import java.util.Map;

/** {@code page} and {@code per_page} of a paged API list, checked with a problem that names the parameter. */
public record Paging(int page, int perPage) {

    public static final int MAX_PER_PAGE = 100;
    public static final int DEFAULT_PER_PAGE = 20;
    /** Deep enough for any history, small enough that an offset cannot overflow. */
    static final int MAX_PAGE = 100_000;

    public static Paging parse(String page, String perPage) {
        return new Paging(number("page", page, 1, 1, MAX_PAGE),
                number("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
    }

    private static int number(String parameter, String text, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ApiProblemException.of(ProblemType.INVALID_PARAMETER, parameter + " must be a whole number from " + min
                + " to " + max + ", not '" + ApiProblemException.abbreviated(text) + "'.",
                Map.of("parameter", parameter));
    }
}
