package org.livesurvey.web;

import java.time.OffsetDateTime;

/** An API answer with a clear time of last change, which {@link LastModifiedAdvice} turns into {@code Last-Modified}. */
public interface LastChanged {

    /** {@code null} when unknown: then no {@code Last-Modified} is sent. */
    OffsetDateTime lastChanged();
}
