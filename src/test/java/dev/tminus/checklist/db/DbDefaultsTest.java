package dev.tminus.checklist.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.db.ServerFacts;
import dev.tminus.db.ServerFacts.IdleLimit;
import dev.tminus.db.ServerFacts.InUse;
import dev.tminus.db.SlotBudget;
import dev.tminus.profile.Database;
import dev.tminus.profile.Profile;
import dev.tminus.profile.ProfileLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile that writes only the required keys of its databases is judged on the environment's
 * numbers, never on T-Minus's own defaults: against servers as they ship, no db check fails because
 * of a default.
 */
class DbDefaultsTest {

    @TempDir
    Path dir;

    private Profile load(String databases) throws IOException {
        Files.createDirectories(dir.resolve("environments"));
        Files.writeString(dir.resolve("environments/staging.yaml"), """
                name: staging
                launch: {release: v1.2.0-3a7f1b2, phase: preheat}
                databases:
                """ + databases);
        return new ProfileLoader(dir, Map.of()).load("staging");
    }

    private static final String MINIMAL = """
              - {name: player-db, url: "jdbc:postgresql://db.staging:5432/game", username: launch_check, pool: {maxSize: 10}}
              - {name: match-db, url: "jdbc:mariadb://match.staging:3306/match", username: launch_check, pool: {maxSize: 50}}
            """;

    /** PostgreSQL as installed: idle_session_timeout 0 (disabled), idle_in_transaction_session_timeout 0. */
    static ServerFacts postgresAsShipped() {
        return new ServerFacts("PostgreSQL", "15.8", "launch_check", "game", false, 100,
                List.of(new ServerFacts.Slots("superuser_reserved_connections", 3)), List.of(), new InUse(5, 1, 3),
                List.of(new IdleLimit("idle_session_timeout (server)", Optional.empty())),
                new IdleLimit("idle_in_transaction_session_timeout (server)", Optional.empty()), List.of(),
                Optional.empty(), Instant.EPOCH);
    }

    /** MariaDB as installed: wait_timeout 8h, max_connections 151. */
    static ServerFacts mariaDbAsShipped() {
        return new ServerFacts("MariaDB", "10.11.6-MariaDB", "launch_check@%", "match", false, 151, List.of(),
                List.of(), new InUse(5, 1, 3),
                List.of(new IdleLimit("wait_timeout (GLOBAL)", Optional.of(Duration.ofHours(8)))),
                new IdleLimit("wait_timeout (GLOBAL; idle_transaction_timeout off)", Optional.of(Duration.ofHours(8))),
                List.of(), Optional.empty(), Instant.EPOCH);
    }

    @Test
    void db06_passes_on_defaults_when_neither_maxLifetime_nor_pathIdleTimeout_is_written() throws IOException {
        // GIVEN databases with only name, url, username and pool.maxSize
        List<Database> dbs = load(MINIMAL).databases();

        // WHEN DB-06 holds the default maxLifetime against servers as they ship
        IdleLimits postgres = IdleLimits.of(dbs.get(0), postgresAsShipped());
        IdleLimits mariadb = IdleLimits.of(dbs.get(1), mariaDbAsShipped());

        // THEN no idle limit ends connections first, and the evidence says the path is unknown
        assertThat(dbs.get(0).pool().maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(dbs.get(0).pathIdleTimeout()).isEmpty();
        assertThat(postgres.endingFirst()).isEmpty();
        assertThat(mariadb.endingFirst()).isEmpty();
        assertThat(postgres.describe()).endsWith("pathIdleTimeout not set: no idle limit on the path is known");
    }

    @Test
    void db06_still_holds_the_default_lifetime_against_a_path_limit_the_profile_writes() throws IOException {
        // GIVEN a profile that names a 30m idle timeout on the path but leaves maxLifetime at its default 30m
        Database db = load("""
                  - {name: player-db, url: "jdbc:postgresql://db.staging:5432/game", username: launch_check,
                     pool: {maxSize: 10}, pathIdleTimeout: 30m}
                """).databases().get(0);

        // WHEN DB-06 judges it / THEN the environment's path limit ends connections first: NOT READY
        assertThat(IdleLimits.of(db, postgresAsShipped()).endingFirst())
                .contains(new IdleLimit("pathIdleTimeout", Optional.of(Duration.ofMinutes(30))));
    }

    @Test
    void burst_left_out_is_one_pools_maxSize_at_most_20() throws IOException {
        // GIVEN pools of 10 and 50 connections and no burst written
        List<Database> dbs = load(MINIMAL).databases();

        // WHEN the defaults are read / THEN the burst never asks for more than one instance's pool
        assertThat(dbs.get(0).burst()).isEqualTo(10);
        assertThat(dbs.get(1).burst()).isEqualTo(20);
    }

    @Test
    void the_other_db_defaults_leave_room_on_servers_as_they_ship() throws IOException {
        // GIVEN the minimal profile (1 instance, no other clients) on servers as they ship
        List<Database> dbs = load(MINIMAL).databases();

        // WHEN DB-02 and DB-03 do their arithmetic / THEN the defaults add nothing the plan does not say
        for (var pair : List.of(Map.entry(dbs.get(0), postgresAsShipped()), Map.entry(dbs.get(1), mariaDbAsShipped()))) {
            Database db = pair.getKey();
            SlotBudget budget = new SlotBudget(pair.getValue());
            assertThat(SlotBudget.planned(db)).isEqualTo(db.pool().maxSize());
            assertThat(SlotBudget.planned(db)).isLessThanOrEqualTo(budget.slots());
            assertThat(budget.tightest(db).spare()).isGreaterThanOrEqualTo(0);
            assertThat(db.burst()).isLessThanOrEqualTo(SlotBudget.fleet(db));
        }
    }
}
