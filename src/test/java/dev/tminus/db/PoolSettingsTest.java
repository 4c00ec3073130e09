package dev.tminus.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.Database;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoolSettingsTest {

    @Test
    void reports_what_hikaricp_really_runs_with() {
        PoolSettings settings = PoolSettings.effective(
                Database.Pool.of(10).withMinIdle(2).withMaxLifetime(Duration.ofMinutes(20)).withInstances(4));

        assertThat(settings).isEqualTo(new PoolSettings(10, 2, Duration.ofMinutes(20), Duration.ofSeconds(3), 4,
                List.of()));
        assertThat(settings.describe()).isEqualTo("maxSize 10, minIdle 2, maxLifetime 20m, connectionTimeout 3s, 4 instances");
    }

    @Test
    void names_hikaricps_silent_replacement_of_a_short_lifetime() {
        // GIVEN a maxLifetime under 30s (the loader refuses it; other callers may not)
        PoolSettings settings = PoolSettings.effective(
                Database.Pool.of(10).withMinIdle(2).withMaxLifetime(Duration.ofSeconds(20)));

        // THEN the effective lifetime is HikariCP's default, and the note says so
        assertThat(settings.maxLifetime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.adjustments()).containsExactly("HikariCP replaces maxLifetime 20s with 30m");
    }

    @Test
    void names_hikaricps_refusal_of_a_connection_timeout_below_250ms() {
        PoolSettings settings = PoolSettings.effective(
                Database.Pool.of(10).withMinIdle(2).withMaxLifetime(Duration.ofMinutes(20)).withConnectionTimeout(Duration.ofMillis(100)));

        assertThat(settings.adjustments())
                .containsExactly("HikariCP refuses to start a pool with connectionTimeout 100ms (at least 250ms)");
    }

    @Test
    void percentiles_are_nearest_rank() {
        List<Duration> ms = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(Duration::ofMillis).toList();
        assertThat(Percentiles.of(ms, 50)).isEqualTo(Duration.ofMillis(5));
        assertThat(Percentiles.of(ms, 99)).isEqualTo(Duration.ofMillis(10));
        assertThat(Percentiles.of(List.of(), 95)).isEqualTo(Duration.ZERO);
        assertThat(Percentiles.millis(Duration.ofNanos(1_250_000))).isEqualTo("1.25ms");
    }
}
