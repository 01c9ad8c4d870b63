package org.livesurvey.feed.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.livesurvey.feed.AtomFeed;
import org.livesurvey.feed.AtomFeedWriter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;

/**
 * The HTTP answers of every feed: the feed as {@code application/atom+xml}, cacheable for a while, or a line of plain
 * text that says what went wrong, since feed readers show a status and a message, not a page. A feed has a weak ETag
 * of its text and is Last-Modified when its newest entry changed, so that a reader that polls with
 * {@code If-None-Match} or {@code If-Modified-Since} gets a bodiless 304 while nothing is new (Spring MVC answers it
 * for a {@code ResponseEntity} that carries these headers).
 */
public final class AtomResponses {

    static final MediaType ATOM = MediaType.parseMediaType(AtomFeedWriter.MEDIA_TYPE + ";charset=UTF-8");
    /** Feed readers poll; papers arrive with a sync, a few times a day at most. */
    static final CacheControl CACHING = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private AtomResponses() {
    }

    public static ResponseEntity<String> feed(AtomFeed feed) {
        String xml = AtomFeedWriter.write(feed);
        return ResponseEntity.ok().contentType(ATOM).cacheControl(CACHING)
                .eTag("W/\"" + DigestUtils.md5DigestAsHex(xml.getBytes(StandardCharsets.UTF_8)) + "\"")
                .lastModified(feed.updated())
                .body(xml);
    }

    /** Plain text, which may quote what the client sent: {@code nosniff} keeps browsers from reading it as markup. */
    public static ResponseEntity.BodyBuilder failure(HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(TEXT).header("X-Content-Type-Options", "nosniff");
    }

    public static ResponseEntity<String> failure(HttpStatusCode status, String message) {
        return failure(status).body(message + "\n");
    }
}
