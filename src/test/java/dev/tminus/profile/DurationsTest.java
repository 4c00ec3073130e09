package dev.tminus.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Prometheus-style durations, parsed and formatted. */
class DurationsTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource({
        "250ms, 250",
        "2s, 2000",
        "75m, 4500000",
        "3h, 10800000",
        "30d, 2592000000",
        "1w, 604800000",
        "1y, 31536000000",
        "1h30m, 5400000",
        "1d2h3m4s5ms, 93784005",
        "0s, 0",
        "90s, 90000"
    })
    void parses_prometheus_durations(String text, long millis) {
        assertThat(Durations.parse(text)).contains(Duration.ofMillis(millis));
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {"", "60", "sixty", "1.5h", "-5s", "30m1h", "1s1s", "2S", "1 h", "h", "T0", "1h 30m",
        "999999999999999999999d", "101y"})
    void rejects_what_prometheus_rejects_and_what_overflows(String text) {
        assertThat(Durations.parse(text)).isEmpty();
    }

    @Test
    void accepts_up_to_a_hundred_years() {
        assertThat(Durations.parse("100y")).contains(Duration.ofDays(36500));
        assertThat(Durations.parse(null)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest(name = "{0} ms formats as {1}")
    @CsvSource({
        "0, 0s",
        "250, 250ms",
        "90000, 1m30s",
        "5400000, 1h30m",
        "2592000000, 30d",
        "93784005, 1d2h3m4s5ms",
        "-900000, -15m"
    })
    void formats_the_shortest_spelling(long millis, String text) {
        assertThat(Durations.format(Duration.ofMillis(millis))).isEqualTo(text);
    }

    @Test
    void formats_less_than_a_millisecond_as_zero() {
        assertThat(Durations.format(Duration.ofNanos(5))).isEqualTo("0s");
    }

    @Test
    void formats_what_it_parses_back_to_the_same_duration() {
        for (String text : new String[] {"1h30m", "250ms", "30d", "2h", "1m1s1ms"}) {
            assertThat(Durations.parse(Durations.format(Durations.parse(text).orElseThrow())))
                    .contains(Durations.parse(text).orElseThrow());
        }
    }
}
