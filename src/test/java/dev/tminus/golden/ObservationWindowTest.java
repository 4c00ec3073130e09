package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.GoldenHour;
import dev.tminus.profile.InstantExpr;
import dev.tminus.profile.Launch;
import dev.tminus.profile.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservationWindowTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Launch LAUNCH = new Launch("v1", Optional.of(T0), Phase.values()[0]);

    private static GoldenHour goldenHour(Optional<InstantExpr> from) {
        return GoldenHour.builder().step(Duration.ofSeconds(5)).timeout(Duration.ofSeconds(3)).from(from).build();
    }

    @Test
    void judges_from_t0_to_now_and_anchors_the_grid_at_now() {
        // GIVEN / WHEN 8.5 s after T0
        ObservationWindow w = ObservationWindow.of(LAUNCH, goldenHour(Optional.empty()), T0.plusMillis(8_500)).orElseThrow();
        // THEN the newest point is now, the first one step earlier (T0 + 3.5 s)
        assertThat(w.start()).isEqualTo(T0);
        assertThat(w.end()).isEqualTo(T0.plusMillis(8_500));
        assertThat(w.firstPoint()).isEqualTo(T0.plusMillis(3_500));
        assertThat(w.windowEnd()).isEqualTo(T0.plusSeconds(3 * 3600));
        assertThat(w.notStarted()).isFalse();
    }

    @Test
    void stops_at_the_window_end_and_starts_at_from_when_given() {
        // GIVEN / WHEN
        ObservationWindow late = ObservationWindow.of(LAUNCH, goldenHour(Optional.empty()), T0.plusSeconds(5 * 3600)).orElseThrow();
        ObservationWindow slipped = ObservationWindow.of(LAUNCH,
                goldenHour(Optional.of(new InstantExpr.RelativeToT0(Duration.ofMinutes(20)))), T0).orElseThrow();
        // THEN
        assertThat(late.end()).isEqualTo(T0.plusSeconds(3 * 3600));
        assertThat(slipped.notStarted()).isTrue();
        assertThat(slipped.notStartedReason()).isEqualTo("not due yet: the golden hour starts at"
                + " 2026-12-01T10:20:00Z, in 20m; nothing to judge before then");
    }
}
