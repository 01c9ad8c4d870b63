package org.livesurvey.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client error that an API parser or controller found and that {@link ApiExceptionHandler} answers as problem+json
 * with the given {@link ProblemType}: the message becomes the {@code detail}, the members become extension members
 * of the problem (e.g. {@code parameter}, {@code suggestion}). Detail and members are written for the client: they
 * name what to change and echo client values only shortened ({@link #abbreviated(String)}).
 */
public final class ApiProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> members;

    private ApiProblemException(ProblemType type, String detail, Map<String, Object> members) {
        // a client's mistake, raised often and by fuzzers: a stack trace would never be read
        super(detail, null, false, false);
        this.type = type;
        this.members = members;
    }

    public static ApiProblemException of(ProblemType type, String detail) {
        return new ApiProblemException(type, detail, Map.of());
    }

    /** @param members in the order they should appear; {@code null} values are left out */
    public static ApiProblemException of(ProblemType type, String detail, Map<String, ?> members) {
        Map<String, Object> present = new LinkedHashMap<>();
        members.forEach((name, value) -> {
            if (value != null) {
                present.put(name, value);
            }
        });
        return new ApiProblemException(type, detail, Collections.unmodifiableMap(present));
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> members() {
        return members;
    }

    /** A client's value as a detail may echo it: cut to a readable length, as every problem of the API does. */
    public static String abbreviated(String clientValue) {
        return Problems.abbreviated(clientValue);
    }
}
