package org.livesurvey.ingest.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.livesurvey.ingest.model.TitleNormalizer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * arXiv links that a curated list gives to a title but that belong to another paper, checked by hand against
 * arxiv.org and kept in {@code org/livesurvey/ingest/wrong-arxiv-links.yaml}. The importer ignores such a link, so the
 * title can still find the paper it really names.
 */
public final class WrongArxivLinks {

    public static final String BUNDLED = "/org/livesurvey/ingest/wrong-arxiv-links.yaml";

    private final Set<String> wrongPairs;

    private WrongArxivLinks(Set<String> wrongPairs) {
        this.wrongPairs = Set.copyOf(wrongPairs);
    }

    public static WrongArxivLinks none() {
        return new WrongArxivLinks(Set.of());
    }

    public static WrongArxivLinks bundled() {
        try (InputStream in = WrongArxivLinks.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is missing from the class path");
            }
            Map<?, ?> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<?> links = (List<?>) document.get("links");
            return new WrongArxivLinks(links.stream()
                    .map(link -> (Map<?, ?>) link)
                    .map(link -> key(String.valueOf(link.get("arxiv")), String.valueOf(link.get("title"))))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalStateException(BUNDLED + " must hold 'links', a list of {arxiv, title, reason}", e);
        }
    }

    /** Whether the list's link from this title to this arXiv id is known to be wrong. */
    public boolean isWrong(String arxivId, String title) {
        return arxivId != null && wrongPairs.contains(key(arxivId, title));
    }

    private static String key(String arxivId, String title) {
        return arxivId + " " + TitleNormalizer.normalizeTitle(title);
    }
}
