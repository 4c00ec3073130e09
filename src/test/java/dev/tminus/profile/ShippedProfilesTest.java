package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profiles shipped in {@code environments/} load: the templates and the sandbox. */
class ShippedProfilesTest {

    private static final Path PROJECT = Path.of(System.getProperty("user.dir"));

    @TempDir
    Path dir;

    @Test
    void staging_template_loads_once_its_variables_are_set() throws IOException {
        // GIVEN the template copied as environments/staging.yaml, its four secrets exported
        Files.createDirectories(dir.resolve("environments"));
        Files.copy(PROJECT.resolve("environments/staging.example.yaml"), dir.resolve("environments/staging.yaml"));
        Map<String, String> env = Map.of("STAGING_PLAYER_DB_PASSWORD", "tpl-player-pw",
                "STAGING_MATCH_DB_PASSWORD", "tpl-match-pw", "STAGING_ALERTING_TOKEN", "tpl-alert-token",
                "STAGING_MATCHER_REDIS_PASSWORD", "tpl-redis-pw");

        // WHEN loaded
        Profile profile = new ProfileLoader(dir, env).load("staging");

        // THEN every section is configured
        assertThat(profile.owners()).containsOnlyKeys("dns", "tls", "db", "silence", "golden-hour");
        assertThat(profile.dns().orElseThrow().records()).hasSize(8);
        assertThat(profile.dns().orElseThrow().authoritative()).hasSize(2);
        assertThat(profile.tls().orElseThrow().endpoints()).extracting(Endpoint::name).containsExactly("gateway", "api");
        assertThat(profile.databases()).extracting(Database::kind)
                .containsExactly(Database.Kind.POSTGRESQL, Database.Kind.MARIADB);
        assertThat(profile.databases().get(1).password().reveal()).isEqualTo("tpl-match-pw");
        assertThat(profile.alerting().orElseThrow().silence().orElseThrow().duration()).isEqualTo(Duration.ofMinutes(75));
        assertThat(profile.goldenHour().orElseThrow().slos()).hasSize(1);
        assertThat(profile.waivers()).hasSize(1);
    }

    @Test
    void real_servers_example_loads_as_the_real_servers_run_copies_it() throws IOException {
        // GIVEN the real-servers example copied as environments/realservers.yaml, as scripts/real-servers.sh does
        Files.createDirectories(dir.resolve("environments"));
        Files.copy(PROJECT.resolve("environments/realservers.example.yaml"), dir.resolve("environments/realservers.yaml"));

        // WHEN loaded without any variable
        Profile profile = new ProfileLoader(dir, Map.of()).load("realservers");

        // THEN it describes BIND, Unbound, nginx and the local PostgreSQL on loopback, and nothing else
        assertThat(profile.dns().orElseThrow().resolvers()).extracting(Resolver::port).containsExactly(25353, 25354);
        assertThat(profile.dns().orElseThrow().authoritative()).hasSize(1);
        assertThat(profile.tls().orElseThrow().endpoints()).extracting(Endpoint::port).containsExactly(28443);
        assertThat(profile.databases()).extracting(Database::kind).containsExactly(Database.Kind.POSTGRESQL);
        assertThat(profile.alerting()).isEmpty();
        assertThat(profile.goldenHour()).isEmpty();
        assertThat(profile.waivers()).extracting(Waiver::check).containsExactly("DB-09", "DNS-11");
    }

    @Test
    void staging_template_names_its_missing_variables() throws IOException {
        // GIVEN the template without its variables
        Files.createDirectories(dir.resolve("environments"));
        Files.copy(PROJECT.resolve("environments/staging.example.yaml"), dir.resolve("environments/staging.yaml"));

        // WHEN / THEN one line per variable
        assertThat(new ProfileFiles(dir).problems("staging")).containsExactly(
                "environments/staging.yaml: databases[0].password: expected the environment variable"
                        + " STAGING_PLAYER_DB_PASSWORD to be set, got nothing; set it in the environment of the run",
                "environments/staging.yaml: databases[1].password: expected the environment variable"
                        + " STAGING_MATCH_DB_PASSWORD to be set, got nothing; set it in the environment of the run",
                "environments/staging.yaml: caches[0].password: expected the environment variable"
                        + " STAGING_MATCHER_REDIS_PASSWORD to be set, got nothing; set it in the environment of the run",
                "environments/staging.yaml: caches[1].password: expected the environment variable"
                        + " STAGING_MATCHER_REDIS_PASSWORD to be set, got nothing; set it in the environment of the run",
                "environments/staging.yaml: alerting.bearerToken: expected the environment variable"
                        + " STAGING_ALERTING_TOKEN to be set, got nothing; set it in the environment of the run");
    }

    @Test
    void sandbox_profile_loads() {
        Profile profile = new ProfileLoader(PROJECT, Map.of()).load("sandbox");

        assertThat(profile.name()).isEqualTo("sandbox");
        assertThat(profile.dns()).isPresent();
    }
}
