package org.livesurvey.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A list in the API's envelope, {@code {meta: {count, page, per_page}, results}}, as the search API answers.
 *
 * @param meta {@code count} is how many there are in all; {@code page} and {@code per_page} only on paged lists
 */
public record Listing<T>(Meta meta, List<T> results) {

    public static <T> Listing<T> of(List<T> results) {
        return new Listing<>(new Meta(results.size(), null, null), List.copyOf(results));
    }

    public static <T> Listing<T> page(List<T> results, long total, int page, int perPage) {
        return new Listing<>(new Meta(total, page, perPage), List.copyOf(results));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(long count, Integer page, Integer perPage) {
    }
}
