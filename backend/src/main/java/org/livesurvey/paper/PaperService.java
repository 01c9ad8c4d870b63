package org.livesurvey.paper;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.livesurvey.paper.PaperDetails.CategoryRef;
import org.livesurvey.paper.PaperDetails.PaperClaim;
import org.livesurvey.paper.PaperDetails.PaperIdentifiers;
import org.livesurvey.paper.PaperDetails.PaperLinks;
import org.livesurvey.paper.PaperDetails.PaperSource;
import org.livesurvey.taxonomy.CategoryTreeService;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks papers up in the database, as the last good sync left them. */
@Service
@Transactional(readOnly = true)
public class PaperService {

    /** Newest first; undated papers last; the title breaks ties so that pages are stable. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedOn").nullsLast(),
            Sort.Order.asc("title"), Sort.Order.asc("id"));

    private final PaperRepository papers;
    private final CategoryTreeService categories;
    private final IndexablePaperReader indexablePapers;

    PaperService(PaperRepository papers, CategoryTreeService categories, IndexablePaperReader indexablePapers) {
        this.papers = papers;
        this.categories = categories;
        this.indexablePapers = indexablePapers;
    }

    /**
     * @throws PaperMovedException    when a merge gave the paper with that id another id
     * @throws PaperNotFoundException when no paper has or had that id
     */
    public PaperDetails get(String id) {
        PaperEntity paper = papers.findById(id).orElseThrow(() -> notFound(id));
        return toDetails(paper, categories.namesByPath());
    }

    private PaperNotFoundException notFound(String id) {
        return papers.findIdByFormerId(id)
                .<PaperNotFoundException>map(currentId -> PaperMovedException.to(id, currentId))
                .orElseGet(() -> PaperNotFoundException.forId(id));
    }

    /**
     * The papers with these ids, in the order of the ids; ids no paper has are left out. For lists of tens (a feed):
     * the papers come in one query and each kind of detail in batches, where {@link #get} per paper would query each.
     */
    public List<PaperDetails> details(List<String> ids) {
        Map<String, String> categoryNames = categories.namesByPath();
        Map<String, PaperEntity> found = papers.findByIdIn(ids).stream()
                .collect(Collectors.toMap(PaperEntity::id, paper -> paper));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .map(paper -> toDetails(paper, categoryNames)).toList();
    }

    public long count() {
        return papers.count();
    }

    /**
     * The papers with these ids as a search index needs them, in the order of the ids; ids no paper has are left out.
     * Meant for batches of hundreds: one query per call.
     */
    public List<IndexablePaper> indexable(Collection<String> ids) {
        return indexablePapers.read(ids);
    }

    /** Every paper's id with its version: enough to tell which copies elsewhere are out of date. */
    public Map<String, Integer> versionsById() {
        return papers.findAllVersions().stream()
                .collect(Collectors.toMap(PaperVersion::id, PaperVersion::version));
    }

    /**
     * Papers filed under the category or below it, newest first.
     *
     * @param page from 0
     */
    public Page<PaperSummary> inCategory(String path, int page, int pageSize) {
        String descendants = escapeLike(path) + "/%";
        return papers.findInCategory(path, descendants, PageRequest.of(page, pageSize, NEWEST_FIRST))
                .map(PaperService::toSummary);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static PaperSummary toSummary(PaperEntity paper) {
        return new PaperSummary(paper.id(), paper.title(), authorNames(paper), paper.published(), paper.venue());
    }

    private static PaperDetails toDetails(PaperEntity paper, Map<String, String> categoryNames) {
        return new PaperDetails(
                paper.id(),
                paper.title(),
                authorNames(paper),
                paper.authorsTruncated(),
                paper.published(),
                paper.updated(),
                paper.venue(),
                new PaperIdentifiers(paper.arxivId(), paper.doi()),
                links(paper.links()),
                paper.abstractText(),
                paper.categories().stream()
                        .map(c -> new CategoryRef(c.path(), categoryNames.getOrDefault(c.path(), c.path())))
                        .toList(),
                List.copyOf(paper.tags()),
                paper.contribution(),
                paper.modality(),
                paper.training(),
                paper.claims().stream().map(PaperService::toClaim).toList(),
                paper.sources().stream().map(s -> new PaperSource(s.listName(), s.section())).toList(),
                paper.version(),
                paper.changedAt() == null ? null : paper.changedAt().withOffsetSameInstant(ZoneOffset.UTC));
    }

    private static List<String> authorNames(PaperEntity paper) {
        return paper.authors().stream().map(AuthorPosition::name).toList();
    }

    /** Only http(s) URLs become links: the validator checks this too, but a page must not rely on it. */
    private static PaperLinks links(List<LinkRow> rows) {
        Map<String, String> byKind = new HashMap<>();
        rows.stream().filter(row -> isWebUrl(row.url())).forEach(row -> byKind.put(row.kind(), row.url()));
        return new PaperLinks(byKind.get("paper"), byKind.get("pdf"), byKind.get("code"), byKind.get("project"),
                byKind.get("venue"));
    }

    private static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

    private static PaperClaim toClaim(ClaimRow row) {
        return new PaperClaim(row.claimId(), row.statement(), row.metric(), row.value(), row.minValue(),
                row.maxValue(), row.unit(), row.setting(), row.location());
    }
}
