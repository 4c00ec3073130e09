package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team's {@code custom:} settings: kept for its checks, read typed, every problem with file and key path. */
class CustomSettingsTest {

    static final String F = "environments/staging.yaml: ";

    @TempDir
    Path dir;

    private Profile load(String custom, Map<String, String> environment) {
        return new ProfileFiles(dir, environment).write("staging", ProfileFiles.HEADER + custom).load("staging");
    }

    @Test
    void reads_a_teams_settings_typed() {
        // GIVEN a team's area with text, a number, a duration, a URL, a list and a nested mapping
        Profile profile = load("""
                custom:
                  app:
                    region: eu-west
                    maxQueue: 40
                    maxLatency: 2s
                    healthUrl: http://app.staging:8080/health
                    shards: [a, b]
                    queue: {depth: 5}
                """, Map.of());

        // WHEN the team's check reads them
        CustomSettings app = profile.custom("app");

        // THEN each has its type
        assertThat(app.configured()).isTrue();
        assertThat(app.string("region")).isEqualTo("eu-west");
        assertThat(app.integer("maxQueue")).isEqualTo(40);
        assertThat(app.duration("maxLatency")).isEqualTo(Duration.ofSeconds(2));
        assertThat(app.duration("left-out", Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(5));
        assertThat(app.url("healthUrl")).isEqualTo(URI.create("http://app.staging:8080/health"));
        assertThat(app.strings("shards")).containsExactly("a", "b");
        assertThat(app.section("queue").orElseThrow().integer("depth")).isEqualTo(5);
        assertThat(app.keys()).containsExactly("region", "maxQueue", "maxLatency", "healthUrl", "shards", "queue");
    }

    @Test
    void a_value_that_does_not_fit_names_the_file_and_the_key_path() {
        CustomSettings app = load("""
                custom:
                  app:
                    maxLatency: five
                    maxQueue: many
                    healthUrl: app.staging
                    queue: {depth: deep}
                """, Map.of()).custom("app");

        assertThatThrownBy(() -> app.duration("maxLatency")).isInstanceOf(ProfileException.class)
                .hasMessage(F + "custom.app.maxLatency: expected a duration like 60s, got \"five\"");
        assertThatThrownBy(() -> app.integer("maxQueue", 1, 100, 10))
                .hasMessage(F + "custom.app.maxQueue: expected a whole number from 1 to 100, got \"many\"");
        assertThatThrownBy(() -> app.url("healthUrl")).hasMessage(F + "custom.app.healthUrl: expected an http:// or"
                + " https:// URL like http://prometheus.staging:9090, got \"app.staging\"");
        assertThatThrownBy(() -> app.string("missing")).hasMessage(F + "custom.app.missing: expected a text value, got nothing");
        assertThatThrownBy(() -> app.section("queue").orElseThrow().integer("depth"))
                .hasMessageStartingWith(F + "custom.app.queue.depth: expected a whole number");
    }

    @Test
    void an_area_the_profile_does_not_write_reports_its_keys_missing() {
        CustomSettings app = load("", Map.of()).custom("app");

        assertThat(app.configured()).isFalse();
        assertThatThrownBy(() -> app.duration("maxLatency"))
                .hasMessage(F + "custom.app.maxLatency: expected a duration like 60s, got nothing");
    }

    @Test
    void variables_are_resolved_at_load_and_their_values_masked() {
        // GIVEN a token from the environment and a variable that is not set
        Profile profile = load("""
                custom:
                  app:
                    token: ${APP_TOKEN}
                    url: http://app.staging:8080/?key=${APP_TOKEN}
                """, Map.of("APP_TOKEN", "s3cr3t-app-token"));

        // THEN the secret reads as its value but prints masked
        Secret token = profile.custom("app").secret("token");
        assertThat(token.reveal()).isEqualTo("s3cr3t-app-token");
        assertThat(token.toString()).isEqualTo("${APP_TOKEN}");
        assertThat(Secrets.mask("sent " + profile.custom("app").string("url"))).doesNotContain("s3cr3t-app-token");

        // AND a missing variable is a load problem like any other
        assertThat(new ProfileFiles(dir).write("staging", ProfileFiles.HEADER + """
                custom:
                  app: {token: "${APP_TOKEN}"}
                """).problems("staging")).containsExactly(F + "custom.app.token: expected the environment variable"
                + " APP_TOKEN to be set, got nothing; set it in the environment of the run");
    }

    @Test
    void the_team_area_names_owners_and_waivers_ids() {
        Profile profile = load("""
                custom:
                  app: {healthUrl: http://app.staging:8080/health}
                owners: {app: matchmaking}
                waivers:
                  - {check: APP-01, item: health, reason: "the health page ships with the next release", until: 2026-12-31}
                """, Map.of());

        assertThat(profile.owner("app")).contains("matchmaking");
        assertThat(profile.waivers()).extracting(Waiver::check).containsExactly("APP-01");
    }

    @Test
    void an_area_must_be_a_mapping_of_its_own_name() {
        assertThat(new ProfileFiles(dir).write("staging", ProfileFiles.HEADER + """
                custom:
                  dns: {x: 1}
                  app: five
                """).problems("staging")).isEqualTo(List.of(
                F + "custom.dns: expected an area of your own, got \"dns\", which is T-Minus's own; pick another name",
                F + "custom.app: expected a mapping of your settings like {healthUrl: http://app:8080/health}, got \"five\""));
    }
}
