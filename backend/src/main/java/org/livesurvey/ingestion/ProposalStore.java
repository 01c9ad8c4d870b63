package org.livesurvey.ingestion;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.livesurvey.ingest.metadata.MetadataRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code proposal} table. */
@Component
class ProposalStore {

    private static final String COLUMNS = """
            id, status, title, record::text as record, arxiv_id, doi, source, relevance,
            suggested_categories::text as suggested_categories, evidence::text as evidence, duplicate_of,
            duplicate_title, duplicate_similarity, duplicate_reason, accepted_categories::text as accepted_categories,
            paper_id, reject_reason, decided_by, decided_at, last_error, created_at""";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The keys of stored proposals, whatever their status, that share a key with any of these. */
    List<ProposalKeys> existing(List<ProposalKeys> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select arxiv_id, doi, title_key from proposal
                        where arxiv_id = any(:arxiv) or doi = any(:doi) or title_key = any(:titles)""")
                .param("arxiv", keys.stream().map(ProposalKeys::arxivId).filter(Objects::nonNull).toArray(String[]::new))
                .param("doi", keys.stream().map(ProposalKeys::doi).filter(Objects::nonNull).toArray(String[]::new))
                .param("titles", keys.stream().map(ProposalKeys::titleKey).toArray(String[]::new))
                .query((rs, row) -> new ProposalKeys(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * Stores the proposals that share no key with a stored one (another harvest may have stored one since it was
     * checked).
     *
     * @return how many were stored
     */
    int insert(long harvestRunId, List<NewProposal> proposals) {
        int stored = 0;
        for (NewProposal proposal : proposals) {
            Proposal.PossibleDuplicate duplicate = proposal.possibleDuplicate();
            stored += jdbc.sql("""
                            insert into proposal (arxiv_id, doi, title_key, title, record, source, harvest_run_id,
                                suggested_categories, relevance, evidence, duplicate_of, duplicate_title,
                                duplicate_similarity, duplicate_reason)
                            values (:arxiv, :doi, :titleKey, :title, cast(:record as jsonb), :source, :run,
                                cast(:suggestions as jsonb), :relevance, cast(:evidence as jsonb), :duplicateOf,
                                :duplicateTitle, :duplicateSimilarity, :duplicateReason)
                            on conflict do nothing""")
                    .param("arxiv", proposal.keys().arxivId())
                    .param("doi", proposal.keys().doi())
                    .param("titleKey", proposal.keys().titleKey())
                    .param("title", proposal.record().title())
                    .param("record", ProposalJson.write(StoredRecord.toMap(proposal.record())))
                    .param("source", proposal.source())
                    .param("run", harvestRunId)
                    .param("suggestions", ProposalJson.write(proposal.suggestedCategories()))
                    .param("relevance", proposal.relevance())
                    .param("evidence", ProposalJson.write(new ProposalJson.Evidence(proposal.topFeatures(),
                            proposal.nearestPapers())))
                    .param("duplicateOf", duplicate == null ? null : duplicate.paperId())
                    .param("duplicateTitle", duplicate == null ? null : duplicate.title())
                    .param("duplicateSimilarity", duplicate == null ? null : duplicate.similarity())
                    .param("duplicateReason", duplicate == null ? null : duplicate.reason())
                    .update();
        }
        return stored;
    }

    ProposalPage find(ProposalQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status().key());
        }
        if (query.branch() != null) {
            conditions.add("""
                    exists (select 1 from jsonb_array_elements(suggested_categories) s
                            where split_part(s ->> 'path', '/', 1) = :branch)""");
            params.put("branch", query.branch());
        }
        if (query.minRelevance() != null) {
            conditions.add("relevance >= :minRelevance");
            params.put("minRelevance", query.minRelevance());
        }
        if (query.text() != null) {
            conditions.add("(title ilike :text escape '\\' or record ->> 'abstract' ilike :text escape '\\')");
            params.put("text", "%" + likeEscaped(query.text()) + "%");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        long total = jdbc.sql("select count(*) from proposal" + where).params(params).query(Long.class).single();
        List<Proposal> proposals = jdbc.sql("select " + COLUMNS + " from proposal" + where + """
                         order by status = 'pending' desc, case when status = 'pending' then relevance end desc,
                            decided_at desc nulls last, id desc
                        limit :limit offset :offset""")
                .params(params).param("limit", query.perPage()).param("offset", query.offset())
                .query(ProposalStore::proposal).list();
        return new ProposalPage(proposals, total, query.page(), query.perPage());
    }

    Optional<Proposal> get(long id) {
        return jdbc.sql("select " + COLUMNS + " from proposal where id = :id").param("id", id)
                .query(ProposalStore::proposal).optional();
    }

    /** The proposal with its row locked until the transaction ends, so that one maintainer at a time decides it. */
    Optional<LockedProposal> lock(long id) {
        return jdbc.sql("select status, record::text, source from proposal where id = :id for update")
                .param("id", id)
                .query((rs, row) -> new LockedProposal(id, status(rs.getString(1)),
                        StoredRecord.fromMap(ProposalJson.object(rs.getString(2))), rs.getString(3)))
                .optional();
    }

    void markAccepted(long id, List<String> categories, String paperId, String maintainer) {
        jdbc.sql("""
                        update proposal set status = 'accepted', accepted_categories = cast(:categories as jsonb),
                            paper_id = :paper, decided_by = :maintainer, decided_at = now(), last_error = null
                        where id = :id and status = 'pending'""")
                .param("categories", ProposalJson.write(categories)).param("paper", paperId)
                .param("maintainer", maintainer).param("id", id)
                .update();
    }

    /** @return whether it was pending (and is now rejected) */
    boolean reject(long id, String reason, String maintainer) {
        return jdbc.sql("""
                        update proposal set status = 'rejected', reject_reason = :reason, decided_by = :maintainer,
                            decided_at = now(), last_error = null
                        where id = :id and status = 'pending'""")
                .param("reason", reason).param("maintainer", maintainer).param("id", id)
                .update() == 1;
    }

    void recordError(long id, String message) {
        jdbc.sql("update proposal set last_error = :message where id = :id and status = 'pending'")
                .param("message", message).param("id", id).update();
    }

    ProposalCounts counts() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select status, count(*) from proposal group by status")
                .query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return new ProposalCounts(counts.getOrDefault("pending", 0L), counts.getOrDefault("accepted", 0L),
                counts.getOrDefault("rejected", 0L));
    }

    /** A pending proposal under a row lock, with what accepting it needs. */
    record LockedProposal(long id, ProposalStatus status, MetadataRecord record, String source) {
    }

    private static Proposal proposal(ResultSet rs, int row) throws SQLException {
        MetadataRecord record = StoredRecord.fromMap(ProposalJson.object(rs.getString("record")));
        ProposalJson.Evidence evidence = ProposalJson.evidence(rs.getString("evidence"));
        String duplicateOf = rs.getString("duplicate_of");
        Proposal.PossibleDuplicate duplicate = duplicateOf == null ? null : new Proposal.PossibleDuplicate(
                duplicateOf, rs.getString("duplicate_title"), rs.getDouble("duplicate_similarity"),
                rs.getString("duplicate_reason"));
        return new Proposal(rs.getLong("id"), status(rs.getString("status")), rs.getString("title"),
                record.authors(), record.abstractText(), rs.getString("arxiv_id"), rs.getString("doi"),
                record.published() == null ? null : record.published().toString(), rs.getString("source"),
                rs.getDouble("relevance"), ProposalJson.suggestions(rs.getString("suggested_categories")),
                evidence.topFeatures(), evidence.nearestPapers(), duplicate,
                ProposalJson.texts(rs.getString("accepted_categories")), rs.getString("paper_id"),
                rs.getString("reject_reason"), rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static ProposalStatus status(String key) {
        return ProposalStatus.ofKey(key).orElseThrow(() -> new IllegalStateException("proposal status " + key));
    }


    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
