package dev.tminus.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.profile.GoldenHour;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SloEvaluatorTest {

    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    static GoldenHour.Slo slo(Double min, Double max, int maxBreaches, GoldenHour.Level level) {
        return new GoldenHour.Slo("pay 5xx ratio", "q", Optional.ofNullable(min), Optional.ofNullable(max), maxBreaches, level);
    }

    static SeriesWindow window(double... values) {
        List<SeriesWindow.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new SeriesWindow.Point(T0.plusSeconds(5L * i), values[i]));
        }
        return new SeriesWindow("q", T0, T0.plusSeconds(5L * (values.length - 1)), Duration.ofSeconds(5),
                List.of(new SeriesWindow.Series(Map.of("route", "/pay"), points)));
    }

    @Test
    void counts_points_above_max_as_breaches_and_names_the_worst() {
        // GIVEN
        GoldenHour.Slo slo = slo(null, 0.005, 1, GoldenHour.Level.L3);
        // WHEN
        SloVerdict v = SloEvaluator.evaluate(slo, window(0.001, 0.006, 0.004, 0.3, 0.005));
        // THEN two breaches exceed the one allowed; 0.005 itself is within
        assertThat(v.breaches()).extracting(SloVerdict.Breach::value).containsExactly(0.006, 0.3);
        assertThat(v.breached()).isTrue();
        assertThat(v.inconclusive()).isFalse();
        assertThat(v.worst()).contains(new SloVerdict.Breach("{route=\"/pay\"}", T0.plusSeconds(15), 0.3));
        assertThat(v.boundText()).isEqualTo("at most 0.005");
    }

    @Test
    void allows_up_to_max_breaches() {
        // GIVEN / WHEN
        SloVerdict v = SloEvaluator.evaluate(slo(null, 0.005, 1, GoldenHour.Level.L2), window(0.001, 0.9, 0.001));
        // THEN
        assertThat(v.breaches()).hasSize(1);
        assertThat(v.breached()).isFalse();
    }

    @Test
    void judges_min_and_both_bounds() {
        // GIVEN / WHEN
        SloVerdict low = SloEvaluator.evaluate(slo(0.99, null, 0, GoldenHour.Level.L2), window(0.995, 0.98));
        SloVerdict both = SloEvaluator.evaluate(slo(10.0, 20.0, 0, GoldenHour.Level.L1), window(9, 15, 21));
        // THEN
        assertThat(low.breaches()).extracting(SloVerdict.Breach::value).containsExactly(0.98);
        assertThat(low.boundText()).isEqualTo("at least 0.99");
        assertThat(both.breaches()).extracting(SloVerdict.Breach::value).containsExactly(9.0, 21.0);
        assertThat(both.boundText()).isEqualTo("between 10 and 20");
    }

    @Test
    void counts_infinity_as_a_breach_and_nan_as_no_data() {
        // GIVEN / WHEN
        SloVerdict v = SloEvaluator.evaluate(slo(null, 0.005, 5, GoldenHour.Level.L2),
                window(Double.NaN, Double.POSITIVE_INFINITY, 0.001, Double.NaN));
        // THEN
        assertThat(v.breaches()).extracting(SloVerdict.Breach::value).containsExactly(Double.POSITIVE_INFINITY);
        assertThat(v.nanPoints()).isEqualTo(2);
        assertThat(v.inconclusive()).isTrue();
        assertThat(v.breached()).isFalse();
    }

    @Test
    void measures_badness_relative_to_the_bound() {
        // GIVEN
        GoldenHour.Slo slo = slo(null, 0.005, 0, GoldenHour.Level.L3);
        // WHEN / THEN: 0.01 is 100 % above the bound, 0.0025 is 50 % below it
        assertThat(SloEvaluator.badness(slo, 0.01)).isEqualTo(1.0);
        assertThat(SloEvaluator.badness(slo, 0.0025)).isEqualTo(-0.5);
        assertThat(SloEvaluator.badness(slo(0.0, null, 0, GoldenHour.Level.L1), -2)).isEqualTo(2.0);
    }
}
