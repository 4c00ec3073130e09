package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code startsBy}-style instants: ISO or {@code T0±duration}, resolved against T0. */
class InstantExprTest {

    private static final Optional<Instant> T0 = Optional.of(Instant.parse("2026-12-01T10:00:00Z"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "T0-15m, 2026-12-01T09:45:00Z",
        "T0+1h30m, 2026-12-01T11:30:00Z",
        "T0 - 15m, 2026-12-01T09:45:00Z",
        "T0, 2026-12-01T10:00:00Z",
        "2026-12-01T09:50:00Z, 2026-12-01T09:50:00Z",
        "2026-12-01T10:50:00+01:00, 2026-12-01T09:50:00Z"
    })
    void resolves_what_the_profile_writes(String written, String expected) {
        // GIVEN a silence plan starting at the written instant
        Profile profile = new ProfileFiles(dir).write("staging", ProfileFiles.HEADER + """
                alerting:
                  alertmanager: http://alertmanager.staging:9093
                  prometheus: http://prometheus.staging:9090
                  silence: {startsBy: "%s", duration: 75m}
                """.formatted(written)).load("staging");

        // WHEN resolved against the profile's T0
        InstantExpr startsBy = profile.alerting().orElseThrow().silence().orElseThrow().startsBy();

        // THEN
        assertThat(startsBy.resolve(profile.launch().at())).isEqualTo(Instant.parse(expected));
    }

    @Test
    void prints_as_the_profile_writes_it() {
        assertThat(new InstantExpr.RelativeToT0(Duration.ofMinutes(-15))).hasToString("T0-15m");
        assertThat(new InstantExpr.RelativeToT0(Duration.ofMinutes(90))).hasToString("T0+1h30m");
        assertThat(new InstantExpr.Absolute(Instant.parse("2026-12-01T09:50:00Z"))).hasToString("2026-12-01T09:50:00Z");
    }

    @Test
    void absolute_instants_need_no_t0() {
        Instant at = Instant.parse("2026-12-01T09:50:00Z");
        assertThat(new InstantExpr.Absolute(at).resolve(Optional.empty())).isEqualTo(at);
        assertThat(new InstantExpr.RelativeToT0(Duration.ofMinutes(-15)).resolve(T0))
                .isEqualTo(Instant.parse("2026-12-01T09:45:00Z"));
    }

    @Test
    void relative_instant_without_t0_names_launch_at() {
        assertThatThrownBy(() -> new InstantExpr.RelativeToT0(Duration.ZERO).resolve(Optional.empty()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("T0 (launch.at) is not set");
    }

    @Test
    void rejects_t0_with_a_bad_offset() {
        ProfileFiles files = new ProfileFiles(dir).write("staging", ProfileFiles.HEADER + """
                alerting:
                  alertmanager: http://alertmanager.staging:9093
                  prometheus: http://prometheus.staging:9090
                  silence: {startsBy: T0-15 minutes, duration: 75m}
                """);

        assertThat(files.problems("staging")).containsExactly("environments/staging.yaml: alerting.silence.startsBy:"
                + " expected an ISO instant like 2026-12-01T09:45:00Z or T0±duration like T0-15m, got \"T0-15 minutes\"");
    }
}
