package dev.tminus.db;

import dev.tminus.profile.Database;
import dev.tminus.profile.Secrets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JDBC URL points, for messages and display names: {@code 127.0.0.1:5432} and the database.
 * Parses {@code jdbc:postgresql://host:port/db?...}, {@code jdbc:mariadb://...}, {@code jdbc:mysql://...},
 * IPv6 literals ({@code [::1]:5432}) and multi-host lists (the first host is named).
 *
 * @param host     host as written, IPv6 literals with brackets
 * @param port     the port, or the dialect's default when the URL has none
 * @param database the database (PostgreSQL) or default schema (MariaDB); empty when absent
 */
public record JdbcTarget(String host, int port, String database) {

    private static final Pattern URL = Pattern.compile(
            "jdbc:(postgresql|mariadb|mysql)(?::[a-z]+)?://(?:[^@/]*@)?(\\[[^]]+]|[^:/,?]+)(?::(\\d+))?[^/?]*(?:/([^?;]*))?.*");

    public static JdbcTarget of(String url) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            return new JdbcTarget(Secrets.mask(url), 0, "");
        }
        int defaultPort = m.group(1).equals("postgresql") ? 5432 : 3306;
        int port = m.group(3) == null ? defaultPort : Integer.parseInt(m.group(3));
        return new JdbcTarget(m.group(2), port, m.group(4) == null ? "" : m.group(4));
    }

    public static JdbcTarget of(Database db) {
        return of(db.url());
    }

    /** {@code 127.0.0.1:5432}: the "where" of display names. */
    public String address() {
        return port == 0 ? host : host + ":" + port;
    }

    /** {@code 127.0.0.1:5432/tminus_sandbox}. */
    @Override
    public String toString() {
        return database.isEmpty() ? address() : address() + "/" + database;
    }

    /** {@code player-db (127.0.0.1:5432/tminus_sandbox)}: how messages name a database. */
    public static String describe(Database db) {
        return db.name() + " (" + of(db) + ")";
    }

    /** The URL with any credentials in it masked, safe for reports. */
    public static String maskedUrl(String url) {
        return Secrets.mask(url.replaceAll("(?i)([?&;](?:password|pwd)=)[^&;]*", "$1****"));
    }
}
