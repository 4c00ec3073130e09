package dev.tminus.db;

import dev.tminus.profile.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Read-only queries with a time budget; rows as text, because facts are compared and printed. */
final class Queries {

    private Queries() {
    }

    /** The budget of one fact query: {@code connectionTimeout}, at least one second. */
    static Duration budget(Database db) {
        Duration timeout = db.pool().connectionTimeout();
        return timeout.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : timeout;
    }

    static List<Row> rows(Connection connection, Duration budget, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, (budget.toMillis() + 999) / 1000));
            try (ResultSet rs = statement.executeQuery(sql)) {
                return read(rs);
            }
        }
    }

    private static List<Row> read(ResultSet rs) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
            String[] values = new String[columns];
            for (int i = 0; i < columns; i++) {
                values[i] = rs.getString(i + 1);
            }
            rows.add(new Row(values));
        }
        return rows;
    }

    /** {@link #rows} with {@code ?} parameters bound as text (names from the profile are never spliced into SQL). */
    static List<Row> rows(Connection connection, Duration budget, String sql, String... parameters) throws SQLException {
        if (parameters.length == 0) {
            return rows(connection, budget, sql);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout((int) Math.max(1, (budget.toMillis() + 999) / 1000));
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                return read(rs);
            }
        }
    }

    static Row single(Connection connection, Duration budget, String sql) throws SQLException {
        List<Row> rows = rows(connection, budget, sql);
        if (rows.size() != 1) {
            throw new SQLException("expected one row from \"" + sql + "\", got " + rows.size());
        }
        return rows.get(0);
    }

    /** One result row; columns counted from 0. */
    record Row(String[] values) {

        String text(int column) {
            return values[column] == null ? "" : values[column];
        }

        boolean isNull(int column) {
            return values[column] == null;
        }

        long number(int column) throws SQLException {
            try {
                return Math.round(Double.parseDouble(text(column).trim()));
            } catch (NumberFormatException e) {
                throw new SQLException("expected a number, got \"" + text(column) + "\"");
            }
        }

        int integer(int column) throws SQLException {
            return Math.toIntExact(number(column));
        }

        double decimal(int column) throws SQLException {
            try {
                return Double.parseDouble(text(column).trim());
            } catch (NumberFormatException e) {
                throw new SQLException("expected a number, got \"" + text(column) + "\"");
            }
        }

        boolean flag(int column) {
            String v = text(column).trim().toLowerCase();
            return v.equals("t") || v.equals("true") || v.equals("1") || v.equals("y") || v.equals("yes");
        }
    }
}
