package org.livesurvey.ingest.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Writes the category rows a sync plan asks for. */
final class CategoryWriter {

    private static final String UPSERT = """
            insert into category (path, parent_path, slug, name, description, keywords, position)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (path) do update set parent_path = excluded.parent_path, slug = excluded.slug,
                name = excluded.name, description = excluded.description, keywords = excluded.keywords,
                position = excluded.position""";

    private final Connection connection;

    CategoryWriter(Connection connection) {
        this.connection = connection;
    }

    /** The foreign keys to {@code category} are deferred, so rows may come in any order. */
    void upsert(List<CategoryRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (CategoryRow row : rows) {
                statement.setString(1, row.path());
                statement.setString(2, row.parentPath());
                statement.setString(3, row.slug());
                statement.setString(4, row.name());
                statement.setString(5, row.description());
                statement.setArray(6, connection.createArrayOf("text", row.keywords().toArray()));
                statement.setInt(7, row.position());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    void delete(List<String> paths) throws SQLException {
        if (paths.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("delete from category where path = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", paths.toArray()));
            statement.executeUpdate();
        }
    }
}
