package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What counts as a secret: every value taken from the environment wherever it is used, every URL
 * user-info password, and nothing too short to be masked.
 */
class SecretBoundaryTest {

    @TempDir
    Path dir;

    @Test
    void a_variable_used_in_a_name_is_masked_like_a_password() {
        // GIVEN a database whose name comes from a variable that does not look secret
        new ProfileFiles(dir, Map.of("DB_SUFFIX", "nm-4417-suffix")).write("staging", ProfileFiles.HEADER + """
                databases:
                  - {name: 'player-${DB_SUFFIX}', url: 'jdbc:postgresql://db.staging/game', username: u,
                     pool: {maxSize: 5}}
                """).load("staging");

        // WHEN / THEN the value is masked wherever it shows
        assertThat(Secrets.mask("DB-01 player-nm-4417-suffix · reachable")).isEqualTo("DB-01 player-**** · reachable");
    }

    @Test
    void a_user_info_password_is_a_secret_with_its_basic_authorization() {
        // GIVEN Alertmanager and a probe with passwords in their URLs, from variables named like anything
        new ProfileFiles(dir, Map.of("AM_PW", "am-pw-8812", "PROBE_PW", "pr-pw-8813")).write("staging",
                ProfileFiles.HEADER + """
                        alerting:
                          alertmanager: http://admin:${AM_PW}@alertmanager.staging:9093
                          prometheus: http://prometheus.staging:9090
                        goldenHour:
                          probes:
                            - {name: health, url: 'https://probe:${PROBE_PW}@gateway.staging/healthz'}
                        """).load("staging");
        String basic = Base64.getEncoder().encodeToString("admin:am-pw-8812".getBytes());

        // WHEN text shows them alone, or as the Basic header REST Assured sends
        String masked = Secrets.mask("pw am-pw-8812 and pr-pw-8813; header " + basic);

        // THEN none shows
        assertThat(masked).isEqualTo("pw **** and ****; header ****");
    }

    @Test
    void authorization_headers_are_masked_without_knowing_the_value() {
        assertThat(Secrets.mask("Authorization: Basic YWRtaW46aHVudGVyMg==\nAuthorization: Bearer eyJ.abc-def"))
                .isEqualTo("Authorization: Basic ****\nAuthorization: Bearer ****");
    }

    @Test
    void a_jdbc_password_parameter_is_a_secret() {
        // GIVEN a JDBC URL with ?password=${X}
        new ProfileFiles(dir, Map.of("X", "jd-pw-8814")).write("staging", ProfileFiles.HEADER + """
                databases:
                  - {name: player-db, url: 'jdbc:mariadb://db.staging/game?user=u&password=${X}', username: u,
                     pool: {maxSize: 5}}
                """).load("staging");

        // WHEN / THEN the value is masked even where it stands alone
        assertThat(Secrets.mask("Access denied (using password jd-pw-8814)")).isEqualTo("Access denied (using password ****)");
    }

    @Test
    void a_secret_too_short_to_be_masked_is_refused_where_it_is_a_credential() {
        // GIVEN credentials of 2 and 3 characters
        ProfileFiles files = new ProfileFiles(dir, Map.of("DB_PASSWORD", "ab", "AM_PW", "xyz")).write("staging",
                ProfileFiles.HEADER + """
                        databases:
                          - {name: player-db, url: 'jdbc:postgresql://db.staging/game', username: u,
                             password: '${DB_PASSWORD}', pool: {maxSize: 5}}
                        alerting:
                          alertmanager: http://admin:${AM_PW}@alertmanager.staging:9093
                          prometheus: http://prometheus.staging:9090
                        """);

        // WHEN / THEN each is a problem: it could not be kept out of the reports
        assertThat(files.problems("staging")).containsExactly(
                "environments/staging.yaml: databases[0].password: expected ${DB_PASSWORD} to be at least 4 characters"
                        + " long, got 2; a shorter secret cannot be masked in reports and logs: use a longer one",
                "environments/staging.yaml: alerting.alertmanager: expected the password in the URL's user-info to be"
                        + " at least 4 characters long, got 3; a shorter secret cannot be masked in reports and logs:"
                        + " use a longer one");
    }

    @Test
    void a_short_value_outside_credentials_is_accepted_and_not_masked() {
        // GIVEN a 1-character value used in a name (masking it would destroy every text holding that letter)
        new ProfileFiles(dir, Map.of("SHARD", "7")).write("staging", ProfileFiles.HEADER + """
                databases:
                  - {name: 'player-${SHARD}', url: 'jdbc:postgresql://db.staging/game', username: u, pool: {maxSize: 5}}
                """).load("staging");

        // WHEN / THEN it loads, and texts keep that character
        assertThat(Secrets.mask("port 5437, shard 7")).isEqualTo("port 5437, shard 7");
    }

    @Test
    void an_empty_password_has_nothing_to_hide_and_is_accepted() {
        Profile profile = new ProfileFiles(dir, Map.of("ROOT_PASSWORD", "")).write("staging", ProfileFiles.HEADER + """
                databases:
                  - {name: local-db, url: 'jdbc:mariadb://127.0.0.1:3306/mysql', username: root,
                     password: '${ROOT_PASSWORD}', pool: {maxSize: 5}}
                """).load("staging");

        assertThat(profile.databases().get(0).password().reveal()).isEmpty();
    }

    @Test
    void a_plan_needs_no_secret_and_lists_what_is_unset() {
        // GIVEN a profile whose password and URL user-info variables are not set
        new ProfileFiles(dir).write("staging", ProfileFiles.HEADER + """
                databases:
                  - {name: player-db, url: 'jdbc:postgresql://db.staging/game', username: u,
                     password: '${DB_PASSWORD}', pool: {maxSize: 5}}
                alerting:
                  alertmanager: http://admin:${AM_PW}@alertmanager.staging:9093
                  prometheus: http://prometheus.staging:9090
                """);

        // WHEN a plan loads it
        ProfileLoader plan = ProfileLoader.forPlan(dir, Map.of());
        Profile profile = plan.load("staging");

        // THEN it loads, each variable shows as unset, and a run still refuses it naming each variable
        assertThat(plan.unsetVariables()).containsExactly("AM_PW", "DB_PASSWORD");
        assertThat(profile.databases().get(0).password()).hasToString("${DB_PASSWORD}");
        assertThat(profile.alerting().orElseThrow().alertmanager())
                .hasToString("http://admin:unset-AM_PW@alertmanager.staging:9093");
        assertThat(new ProfileFiles(dir).problems("staging")).containsExactly(
                "environments/staging.yaml: databases[0].password: expected the environment variable DB_PASSWORD to be"
                        + " set, got nothing; set it in the environment of the run",
                "environments/staging.yaml: alerting.alertmanager: expected the environment variable AM_PW to be set,"
                        + " got nothing; set it in the environment of the run");
    }
}
