package org.livesurvey.ingest.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.livesurvey.ingest.model.Claim;
import org.livesurvey.ingest.model.Links;
import org.livesurvey.ingest.model.Paper;
import org.livesurvey.ingest.model.PartialDate;
import org.livesurvey.ingest.model.Source;
import org.livesurvey.ingest.model.TitleNormalizer;

/** Writes papers and the rows that hang off them (authors, categories, tags, links, sources, claims) in batches. */
final class PaperWriter {

    private static final List<String> COLUMNS = List.of("title", "normalized_title", "authors_truncated",
            "published", "published_on", "year", "updated", "venue", "arxiv_id", "doi", "abstract", "primary_category",
            "contribution", "training", "modality", "source_file", "content_hash", "version");
    private static final String INSERT = "insert into paper (" + String.join(", ", COLUMNS) + ", id) values ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "update paper set " + String.join(" = ?, ", COLUMNS)
            + " = ?, changed_at = now() where id = ?";
    private static final List<String> CHILD_TABLES = List.of("paper_author", "paper_category", "paper_tag",
            "paper_link", "paper_source", "claim", "paper_former_id");

    private final Connection connection;

    PaperWriter(Connection connection) {
        this.connection = connection;
    }

    /** Deletes papers; their child rows go with them (on delete cascade), their history stays. */
    void delete(Collection<String> paperIds) throws SQLException {
        executeWithIds("delete from paper where id = any(?)", paperIds);
    }

    /**
     * Clears what changed papers hang off and their identifiers before they are rewritten. Clearing the identifiers
     * first lets two papers swap an arXiv id or DOI in one sync without tripping the unique indexes in between.
     */
    void prepareRewrite(Collection<String> paperIds) throws SQLException {
        if (paperIds.isEmpty()) {
            return;
        }
        executeWithIds("update paper set arxiv_id = null, doi = null where id = any(?)", paperIds);
        for (String table : CHILD_TABLES) {
            executeWithIds("delete from " + table + " where paper_id = any(?)", paperIds);
        }
    }

    void insert(List<PlannedPaper> papers) throws SQLException {
        writePaperRows(INSERT, papers);
        writeChildRows(papers);
    }

    /** Rewrites changed papers; call {@link #prepareRewrite} for them first. */
    void update(List<PlannedPaper> papers) throws SQLException {
        writePaperRows(UPDATE, papers);
        writeChildRows(papers);
    }

    /** Authors no paper names any more are removed, as a deleted file's other rows are. */
    void deleteOrphanAuthors() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from author a where not exists (select 1 from paper_author pa where pa.author_id = a.id)")) {
            statement.executeUpdate();
        }
    }

    private void writePaperRows(String sql, List<PlannedPaper> papers) throws SQLException {
        if (papers.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (PlannedPaper planned : papers) {
                bindPaper(statement, planned);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void bindPaper(PreparedStatement statement, PlannedPaper planned) throws SQLException {
        Paper paper = planned.paper();
        PartialDate published = paper.published();
        int i = 0;
        statement.setString(++i, paper.title());
        statement.setString(++i, TitleNormalizer.normalizeTitle(paper.title()));
        statement.setBoolean(++i, paper.authorsTruncated());
        statement.setString(++i, published == null ? null : published.toString());
        statement.setDate(++i, published == null ? null : Date.valueOf(published.earliest()));
        statement.setObject(++i, published == null ? null : published.year(), Types.INTEGER);
        statement.setString(++i, paper.updated() == null ? null : paper.updated().toString());
        statement.setString(++i, paper.venue());
        statement.setString(++i, paper.identifiers().arxiv());
        statement.setString(++i, paper.identifiers().doi());
        statement.setString(++i, paper.abstractText());
        statement.setString(++i, paper.primaryCategory());
        statement.setString(++i, paper.contribution() == null ? null : paper.contribution().key());
        statement.setString(++i, paper.training());
        statement.setArray(++i, connection.createArrayOf("text", paper.modality().toArray()));
        statement.setString(++i, "papers/" + paper.id() + ".yaml");
        statement.setString(++i, planned.contentHash());
        statement.setInt(++i, planned.version());
        statement.setString(++i, paper.id());
    }

    private void writeChildRows(List<PlannedPaper> planned) throws SQLException {
        List<Paper> papers = planned.stream().map(PlannedPaper::paper).toList();
        writeAuthors(papers);
        batch("insert into paper_category (paper_id, category_path, position) values (?, ?, ?)", papers,
                (paper, rows) -> {
                    int position = 0;
                    for (String path : new LinkedHashSet<>(paper.categories())) {
                        rows.add(new Object[] {paper.id(), path, position++});
                    }
                });
        batch("insert into paper_tag (paper_id, tag) values (?, ?)", papers,
                (paper, rows) -> new LinkedHashSet<>(paper.tags()).forEach(tag -> rows.add(new Object[] {paper.id(), tag})));
        batch("insert into paper_link (paper_id, kind, url) values (?, ?, ?)", papers, PaperWriter::linkRows);
        batch("insert into paper_source (paper_id, position, list, section) values (?, ?, ?, ?)", papers,
                (paper, rows) -> {
                    List<Source> sources = paper.sources();
                    for (int i = 0; i < sources.size(); i++) {
                        rows.add(new Object[] {paper.id(), i, sources.get(i).list(), sources.get(i).section()});
                    }
                });
        batch("insert into paper_former_id (former_id, paper_id) values (?, ?)", papers,
                (paper, rows) -> new LinkedHashSet<>(paper.formerIds()).forEach(former -> rows.add(new Object[] {former, paper.id()})));
        batch("""
                insert into claim (paper_id, claim_id, position, statement, metric, value, min_value, max_value,
                    unit, setting, location)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", papers,
                (paper, rows) -> {
                    List<Claim> claims = paper.claims();
                    for (int i = 0; i < claims.size(); i++) {
                        Claim c = claims.get(i);
                        rows.add(new Object[] {paper.id(), c.id(), i, c.statement(), c.metric(), c.value(), c.min(),
                                c.max(), c.unit(), c.setting(), c.where()});
                    }
                });
    }

    private static void linkRows(Paper paper, List<Object[]> rows) {
        Links links = paper.links();
        Map<String, String> byKind = new LinkedHashMap<>();
        byKind.put("paper", links.paper());
        byKind.put("pdf", links.pdf());
        byKind.put("code", links.code());
        byKind.put("project", links.project());
        byKind.put("venue", links.venue());
        byKind.forEach((kind, url) -> {
            if (url != null && !url.isBlank()) {
                rows.add(new Object[] {paper.id(), kind, url});
            }
        });
    }

    /** Creates the authors not yet known in one statement, then reads back all their ids in another. */
    private void writeAuthors(List<Paper> papers) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        papers.forEach(paper -> names.addAll(paper.authors()));
        if (names.isEmpty()) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement create = connection.prepareStatement(
                "insert into author (name) select unnest(?::text[]) on conflict (name) do nothing");
             PreparedStatement read = connection.prepareStatement("select id, name from author where name = any(?)")) {
            Array array = connection.createArrayOf("text", names.toArray());
            create.setArray(1, array);
            create.executeUpdate();
            read.setArray(1, array);
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        batch("insert into paper_author (paper_id, position, author_id) values (?, ?, ?)", papers,
                (paper, rows) -> {
                    List<String> authors = paper.authors();
                    for (int i = 0; i < authors.size(); i++) {
                        rows.add(new Object[] {paper.id(), i, ids.get(authors.get(i))});
                    }
                });
    }

    private void batch(String sql, List<Paper> papers, RowSource source) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        papers.forEach(paper -> source.addRows(paper, rows));
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    bind(statement, i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** A null is sent without a type so that the server takes the column's. */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    private void executeWithIds(String sql, Collection<String> paperIds) throws SQLException {
        if (paperIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", paperIds.toArray()));
            statement.executeUpdate();
        }
    }

    @FunctionalInterface
    private interface RowSource {
        void addRows(Paper paper, List<Object[]> rows);
    }
}
