package org.livesurvey.ingest.harvest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a harvester talks to one service.
 *
 * @param baseUrl        the service's endpoint; the harvester adds the query string
 * @param politeInterval the least time between the starts of two requests
 * @param requestTimeout how long one request may take, from connecting to the last byte of the answer
 * @param maxAttempts    how many times one page is asked for when the service is overloaded or failing (1 = once)
 * @param userAgent      names LiveSurvey and how to reach its operator, as arXiv asks of harvesters
 */
public record HarvestSettings(URI baseUrl, Duration politeInterval, Duration requestTimeout, int maxAttempts,
                              String userAgent) {

    /** A contact placeholder: deployments set their own address with {@link #withUserAgent}. */
    public static final String DEFAULT_USER_AGENT =
            "LiveSurvey-harvester/0.1 (living survey of LLM post-training; mailto:operator@livesurvey.invalid)";

    // arXiv asks for no more than one request every 3 seconds, to the API and to OAI-PMH alike
    private static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);
    // a ListRecords page of arXiv takes seconds to compose; a minute without an answer means trouble
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final int DEFAULT_ATTEMPTS = 5;

    public HarvestSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(politeInterval, "politeInterval");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (!baseUrl.isAbsolute() || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))) {
            throw new IllegalArgumentException("the base URL must be an http or https URL, not '" + baseUrl + "'");
        }
        if (politeInterval.isNegative()) {
            throw new IllegalArgumentException("the polite interval cannot be negative: " + politeInterval);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive: " + requestTimeout);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed, not " + maxAttempts);
        }
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("the User-Agent cannot be blank");
        }
    }

    /** arXiv's OAI-PMH interface: bulk metadata by date and set. */
    public static HarvestSettings arxivOai() {
        return new HarvestSettings(URI.create("https://oaipmh.arxiv.org/oai"), ARXIV_INTERVAL, DEFAULT_TIMEOUT,
                DEFAULT_ATTEMPTS, DEFAULT_USER_AGENT);
    }

    /** arXiv's search API (Atom feeds). */
    public static HarvestSettings arxivApi() {
        return new HarvestSettings(URI.create("https://export.arxiv.org/api/query"), ARXIV_INTERVAL, DEFAULT_TIMEOUT,
                DEFAULT_ATTEMPTS, DEFAULT_USER_AGENT);
    }

    public HarvestSettings withBaseUrl(URI url) {
        return new HarvestSettings(url, politeInterval, requestTimeout, maxAttempts, userAgent);
    }

    public HarvestSettings withUserAgent(String agent) {
        return new HarvestSettings(baseUrl, politeInterval, requestTimeout, maxAttempts, agent);
    }
}
