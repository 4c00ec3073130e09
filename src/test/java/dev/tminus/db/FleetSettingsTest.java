package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.ProbeException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which PostgreSQL setting applies to the fleet's own role, from {@code pg_db_role_setting} and the
 * checks' session, in PostgreSQL's order: role on the database, role, database, all roles, server.
 */
class FleetSettingsTest {

    private static final String NAME = "idle_session_timeout";

    private static Queries.Row setting(boolean ofRole, boolean onDatabase, String entry) {
        return new Queries.Row(new String[] {ofRole ? "t" : "f", onDatabase ? "t" : "f", entry});
    }

    private static Map<String, Queries.Row> session(String value, String source) {
        return Map.of(NAME, new Queries.Row(new String[] {NAME, value, "ms", source}));
    }

    private static String resolved(List<Queries.Row> rows, Map<String, Queries.Row> session) throws SQLException {
        return PostgresFacts.forFleet(NAME, "game", rows, session).get().describe();
    }

    @Test
    void takes_postgres_order_role_on_database_then_role_then_database_then_all_roles_then_server() throws SQLException {
        Map<String, Queries.Row> server = session("3600000", "configuration file");
        var all = setting(false, false, NAME + "=4h");
        var db = setting(false, true, NAME + "=3h");
        var role = setting(true, false, NAME + "=5min");
        var roleOnDb = setting(true, true, NAME + "=90s");

        assertThat(resolved(List.of(all, db, role, roleOnDb), server)).isEqualTo(NAME + " (set for role game on the database) 1m30s");
        assertThat(resolved(List.of(all, db, role), server)).isEqualTo(NAME + " (set for role game) 5m");
        assertThat(resolved(List.of(all, db), server)).isEqualTo(NAME + " (set for the database) 3h");
        assertThat(resolved(List.of(all), server)).isEqualTo(NAME + " (set for all roles) 4h");
        assertThat(resolved(List.of(), server)).isEqualTo(NAME + " (server) 1h");
        assertThat(resolved(List.of(setting(true, false, NAME + "=0")), server)).isEqualTo(NAME + " (set for role game) disabled");
        assertThat(resolved(List.of(setting(true, false, "search_path=app")), server)).isEqualTo(NAME + " (server) 1h");
    }

    @Test
    void the_checks_roles_own_setting_hides_the_servers_so_the_fleets_is_could_not_check() throws SQLException {
        FleetAccount.Setting hidden = PostgresFacts.forFleet(NAME, "game", List.of(), session("7200000", "user"));

        assertThat(hidden.limit()).isEmpty();
        assertThatThrownBy(hidden::get).isInstanceOf(ProbeException.class)
                .hasMessageContaining("role game and the database set no idle_session_timeout")
                .hasMessageContaining("ALTER ROLE game SET idle_session_timeout");
    }

    @Test
    void reads_time_settings_as_postgres_stores_them() throws SQLException {
        assertThat(GucTime.parse("60s")).contains(Duration.ofSeconds(60));
        assertThat(GucTime.parse("5min")).contains(Duration.ofMinutes(5));
        assertThat(GucTime.parse("3600000")).contains(Duration.ofHours(1));
        assertThat(GucTime.parse("1d")).contains(Duration.ofDays(1));
        assertThat(GucTime.parse("0")).isEmpty();
        assertThat(GucTime.parse("'2h'")).contains(Duration.ofHours(2));
        assertThatThrownBy(() -> GucTime.parse("soon")).isInstanceOf(SQLException.class);
    }
}
