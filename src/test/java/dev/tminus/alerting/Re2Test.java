package dev.tminus.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.alerting.Matcher.Op;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Regexes that Go's RE2 and Java read differently, each expectation taken from Alertmanager 0.25's
 * own matcher code ({@code amtool config routes test} with a route {@code x=~"RE"} and the label
 * {@code x=VALUE}): the silence and routing checks must mute and route as Alertmanager does.
 */
class Re2Test {

    @ParameterizedTest(name = "x=~\"{0}\" against \"{1}\" → {2}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', value = {
            "[[:alpha:]]+\tabc\ttrue",
            "[[:alpha:]]+\tab1\tfalse",
            "[[:^digit:]]+\tabc\ttrue",
            "[[:^digit:]]+\ta1\tfalse",
            "[[:word:]]+\ta_1\ttrue",
            "(?P<svc>gate)way\tgateway\ttrue",
            "(?P<my_svc>gate)way\tgateway\ttrue",
            "[a[]+\ta[a\ttrue",
            "[]a]+\t]a\ttrue",
            "[^]a]+\tbc\ttrue",
            "[^]a]+\t]\tfalse",
            "[a&&b]+\ta&b\ttrue",
            "\\101\tA\ttrue",
            "(?U)a+\taaa\ttrue",
            "\\p{Greek}+\tαβ\ttrue",
            "\\pL+\té\ttrue",
            "(?i)GATE\tgate\ttrue",
            "a{,3}\ta{,3}\ttrue",
            "{foo}\t{foo}\ttrue",
            "x{\tx{\ttrue",
            "a{2}\taa\ttrue",
            "a{2,}\taaa\ttrue",
            "order-.*\torder-api\ttrue",
            "order-.*\tmy-order-api\tfalse",
    })
    void reads_a_regex_as_alertmanager_does(String regex, String value, boolean expected) {
        assertThat(Matcher.of("x", Op.RE, regex).matches(Map.of("x", value))).isEqualTo(expected);
        assertThat(Matcher.of("x", Op.NRE, regex).matches(Map.of("x", value))).isEqualTo(!expected);
    }

    @Test
    void reads_control_characters_as_alertmanager_does() {
        assertThat(re(".+").matches(Map.of("x", "a\rb"))).as(". stops only at \\n in RE2").isTrue();
        assertThat(re(".+").matches(Map.of("x", "a\nb"))).isFalse();
        assertThat(re("\\v").matches(Map.of("x", "\u000B"))).as("\\v is the vertical tab").isTrue();
        assertThat(re("\\s").matches(Map.of("x", "\u000B"))).as("\\s is [\\t\\n\\f\\r ] in RE2").isFalse();
        assertThat(re("\\S").matches(Map.of("x", "\u000B"))).isTrue();
        assertThat(re("a\\sb").matches(Map.of("x", "a\tb"))).isTrue();
    }

    private static Matcher re(String regex) {
        return Matcher.of("x", Op.RE, regex);
    }
}
