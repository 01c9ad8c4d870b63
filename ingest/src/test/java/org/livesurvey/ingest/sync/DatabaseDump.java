package org.livesurvey.ingest.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Every row of every table of a database as text, tables by name and rows sorted, so that two dumps are equal exactly
 * when the data is. Sequences are left out: PostgreSQL does not roll back {@code nextval}, and a sequence's position
 * is not data.
 */
final class DatabaseDump {

    private DatabaseDump() {
    }

    static String of(DataSource dataSource) {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : tables(statement)) {
                dump.append("== ").append(table).append('\n');
                try (ResultSet rows = statement.executeQuery(
                        "select t::text from \"" + table + "\" t order by 1")) {
                    while (rows.next()) {
                        dump.append(rows.getString(1)).append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump the database", e);
        }
        return dump.toString();
    }

    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'
                order by table_name""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
