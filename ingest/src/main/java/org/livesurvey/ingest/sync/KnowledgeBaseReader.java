package org.livesurvey.ingest.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a sync compares against: the stored category tree, paper and reproduction hashes and the latest
 * snapshots.
 */
final class KnowledgeBaseReader {

    private final Connection connection;

    KnowledgeBaseReader(Connection connection) {
        this.connection = connection;
    }

    Map<String, CategoryRow> categories() throws SQLException {
        Map<String, CategoryRow> byPath = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select path, parent_path, slug, name, description, keywords, position from category")) {
            while (rows.next()) {
                CategoryRow row = new CategoryRow(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), strings(rows.getArray(6)), rows.getInt(7));
                byPath.put(row.path(), row);
            }
        }
        return byPath;
    }

    /** Only ids, hashes and versions: a sync with nothing to do reads no more than this. */
    Map<String, StoredPaper> papers() throws SQLException {
        Map<String, StoredPaper> byId = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, content_hash, version from paper")) {
            while (rows.next()) {
                StoredPaper paper = new StoredPaper(rows.getString(1), rows.getString(2), rows.getInt(3));
                byId.put(paper.id(), paper);
            }
        }
        return byId;
    }

    /** The content hash of each stored reproduction spec, by id. */
    Map<String, String> reproductionHashes() throws SQLException {
        Map<String, String> byId = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, content_hash from reproduction")) {
            while (rows.next()) {
                byId.put(rows.getString(1), rows.getString(2));
            }
        }
        return byId;
    }

    /**
     * The content each paper had when a sync last wrote it (the {@code current} of its latest history row), as JSON.
     * A paper with no history, e.g. one inserted by hand, is missing from the result.
     */
    Map<String, String> latestSnapshots(Collection<String> paperIds) throws SQLException {
        Map<String, String> byId = new HashMap<>();
        if (paperIds.isEmpty()) {
            return byId;
        }
        String sql = """
                select distinct on (paper_id) paper_id, current::text
                from paper_change
                where paper_id = any(?) and current is not null
                order by paper_id, id desc""";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", paperIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byId.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return byId;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
