package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets never show: {@link Secret#toString()}, and {@link Secrets#mask} on any text bound for output. */
class SecretMaskingTest {

    @TempDir
    Path dir;

    @Test
    void secret_prints_as_its_variable_never_its_value() {
        Secret secret = new Secret("pw-from-env-1", "PLAYER_DB_PASSWORD");

        assertThat(secret).hasToString("${PLAYER_DB_PASSWORD}");
        assertThat(String.valueOf(new Secret("pw-from-env-2", null))).isEqualTo("****");
        assertThat(secret.reveal()).isEqualTo("pw-from-env-1");
    }

    @Test
    void masks_credentials_in_urls() {
        assertThat(Secrets.mask("GET https://ops:s3cret-pw@alertmanager.staging:9093/api/v2/silences failed"))
                .isEqualTo("GET https://ops:****@alertmanager.staging:9093/api/v2/silences failed");
        assertThat(Secrets.mask("jdbc:postgresql://launch_check:pg-pw@db.staging:5432/game"))
                .isEqualTo("jdbc:postgresql://launch_check:****@db.staging:5432/game");
        assertThat(Secrets.mask("jdbc:mariadb://db.staging:3306/game?user=launch&password=hunter22&ssl=true"))
                .isEqualTo("jdbc:mariadb://db.staging:3306/game?user=launch&password=****&ssl=true");
        assertThat(Secrets.mask("http://prometheus.staging:9090/api/v1/query?access_token=abc123xyz"))
                .isEqualTo("http://prometheus.staging:9090/api/v1/query?access_token=****");
    }

    @Test
    void masks_assignments_of_secret_looking_names() {
        assertThat(Secrets.mask("ran PGPASSWORD=pg-pw-1 psql; API_TOKEN=t-1 curl"))
                .isEqualTo("ran PGPASSWORD=**** psql; API_TOKEN=**** curl");
    }

    @Test
    void leaves_text_without_credentials_alone() {
        assertThat(Secrets.mask("expected PLAYER_DB_PASSWORD to be set for http://db.staging:5432/game?ssl=true"))
                .isEqualTo("expected PLAYER_DB_PASSWORD to be set for http://db.staging:5432/game?ssl=true");
    }

    @Test
    void masks_every_registered_secret_wherever_it_appears() {
        // GIVEN a profile whose password and token come from the environment
        new ProfileFiles(dir, Map.of("PLAYER_DB_PASSWORD", "Zq7-registered-pw", "ALERTING_TOKEN", "tok-77-registered"))
                .write("staging", ProfileFiles.HEADER + """
                        databases:
                          - {name: player-db, url: 'jdbc:postgresql://db.staging/game', username: u,
                             password: '${PLAYER_DB_PASSWORD}', pool: {maxSize: 5}}
                        alerting:
                          alertmanager: http://alertmanager.staging:9093
                          prometheus: http://prometheus.staging:9090
                          bearerToken: ${ALERTING_TOKEN}
                        """).load("staging");

        // WHEN text carrying them is masked
        String masked = Secrets.mask("login failed with Zq7-registered-pw; header Bearer tok-77-registered");

        // THEN neither value shows
        assertThat(masked).isEqualTo("login failed with ****; header Bearer ****");
    }

    @Test
    void masks_values_of_secret_looking_variables_used_outside_secret_keys() {
        // GIVEN a token variable interpolated into a URL
        new ProfileFiles(dir, Map.of("PROM_TOKEN", "prom-tok-9931"))
                .write("staging", ProfileFiles.HEADER + """
                        alerting:
                          alertmanager: http://alertmanager.staging:9093
                          prometheus: http://prometheus.staging:9090/${PROM_TOKEN}/
                        """).load("staging");

        // WHEN / THEN
        assertThat(Secrets.mask("GET http://prometheus.staging:9090/prom-tok-9931/api/v1/rules"))
                .isEqualTo("GET http://prometheus.staging:9090/****/api/v1/rules");
    }

    @Test
    void problem_lines_never_carry_a_secret() {
        // GIVEN a URL built with a password variable that is otherwise invalid
        ProfileFiles files = new ProfileFiles(dir, Map.of("DB_PASSWORD", "leak-me-not-42")).write("staging",
                ProfileFiles.HEADER + """
                        databases:
                          - {name: player-db, url: 'jdbc:oracle://u:${DB_PASSWORD}@db.staging/game', username: u,
                             pool: {maxSize: 5}}
                        """);

        // WHEN / THEN the line names the problem without the value
        assertThat(files.problems("staging")).containsExactly("environments/staging.yaml: databases[0].url:"
                + " expected a JDBC URL for PostgreSQL, MariaDB or MySQL like jdbc:postgresql://db.staging:5432/game,"
                + " got \"jdbc:oracle://u:****@db.staging/game\"");
    }
}
