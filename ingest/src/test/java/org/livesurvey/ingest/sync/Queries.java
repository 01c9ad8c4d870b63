package org.livesurvey.ingest.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Short reads for test assertions: one query, its rows as text. */
final class Queries {

    private final DataSource dataSource;

    Queries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long count(String sql, Object... parameters) {
        return Long.parseLong(one(sql, parameters));
    }

    /** The first column of the only row, as text ({@code null} for SQL null). */
    String one(String sql, Object... parameters) {
        List<String> rows = column(sql, parameters);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row but got " + rows.size() + " from " + sql);
        }
        return rows.get(0);
    }

    /** The first column of every row, as text. */
    List<String> column(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}
