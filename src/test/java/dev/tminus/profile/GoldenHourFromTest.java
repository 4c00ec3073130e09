package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenHourFromTest {

    private static Profile load(Path dir, String goldenHour) throws Exception {
        Files.createDirectories(dir.resolve("environments"));
        Files.writeString(dir.resolve("environments/gh.yaml"), """
                name: gh
                launch: {release: v1, at: 2026-12-01T10:00:00Z, phase: preheat}
                goldenHour:
                """ + goldenHour.indent(2) + """
                  slos:
                    - {name: pay 5xx ratio, query: "up", max: 0.003}
                """);
        return new ProfileLoader(dir, Map.of()).load("gh");
    }

    @Test
    void observation_starts_at_t0_unless_from_says_otherwise(@TempDir Path dir) throws Exception {
        // GIVEN / WHEN
        GoldenHour plain = load(dir, "window: 3h").goldenHour().orElseThrow();
        GoldenHour slipped = load(dir, "window: 3h\nfrom: T0+20m").goldenHour().orElseThrow();
        GoldenHour absolute = load(dir, "window: 3h\nfrom: 2026-12-01T11:00:00Z").goldenHour().orElseThrow();
        // THEN
        Optional<Instant> t0 = Optional.of(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(plain.from()).isEmpty();
        assertThat(plain.start(t0)).contains(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(slipped.from()).contains(new InstantExpr.RelativeToT0(Duration.ofMinutes(20)));
        assertThat(slipped.start(t0)).contains(Instant.parse("2026-12-01T10:20:00Z"));
        assertThat(absolute.start(t0)).contains(Instant.parse("2026-12-01T11:00:00Z"));
    }

    @Test
    void names_the_key_when_from_is_not_an_instant(@TempDir Path dir) {
        // GIVEN / WHEN / THEN
        assertThatThrownBy(() -> load(dir, "window: 3h\nfrom: after lunch"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("environments/gh.yaml: goldenHour.from:");
    }
}
