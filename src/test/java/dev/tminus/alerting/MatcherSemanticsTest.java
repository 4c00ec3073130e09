package dev.tminus.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tminus.alerting.Matcher.Op;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Alertmanager's matcher semantics, pinned with the cases of its documentation and of
 * {@code pkg/labels/matcher_test.go}: anchored regexes, absent label = "", negative matchers on an
 * absent label match, a silence mutes only when every matcher matches.
 */
class MatcherSemanticsTest {

    @ParameterizedTest(name = "{0}{1}\"{2}\" against \"{3}\" → {4}")
    @CsvSource(delimiter = ';', value = {
            // Alertmanager's matcher_test.go
            "foo;=;bar;bar;true",
            "foo;=;bar;foo;false",
            "foo;!=;bar;bar;false",
            "foo;!=;bar;foo;true",
            "foo;=~;bar;bar;true",
            "foo;=~;bar;foo;false",
            "foo;=~;b.r;bar;true",
            "foo;!~;bar;bar;false",
            "foo;!~;bar;foo;true",
            // anchoring: ^(?:re)$
            "foo;=~;bar;foobar;false",
            "foo;=~;bar;barfoo;false",
            "foo;=~;foo|bar;foo;true",
            "foo;=~;foo|bar;foobar;false",
            "foo;=~;.*foo;xfoo;true",
            "severity;=~;warning|info;critical;false",
            "severity;=~;warning|info;info;true",
    })
    void matches_a_present_label_like_alertmanager(String name, String op, String value, String actual, boolean expected) {
        // GIVEN a matcher and an alert carrying the label
        Matcher matcher = Matcher.of(name, op(op), value);

        // WHEN / THEN
        assertThat(matcher.matches(Map.of(name, actual))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}{1}\"{2}\" against an alert without {0} → {3}")
    @CsvSource(delimiter = ';', value = {
            "tier;=;p0;false",
            "tier;!=;p0;true",
            "tier;=~;p.*;false",
            "tier;!~;p0;true",
            "tier;=~;.*;true",
            "tier;=;;true",
            "tier;=~;.+;false",
    })
    void treats_an_absent_label_as_the_empty_string(String name, String op, String value, boolean expected) {
        // GIVEN an alert without the label
        Map<String, String> alert = Map.of("alertname", "P0_ERROR_COUNT", "severity", "critical");

        // WHEN / THEN
        assertThat(Matcher.of(name, op(op), value == null ? "" : value).matches(alert)).isEqualTo(expected);
    }

    @Test
    void a_silence_mutes_only_when_every_matcher_matches() {
        // GIVEN a silence meant for gateway warnings except P0, and alerts that do not carry "tier"
        Silence silence = silence(Matcher.of("service", Op.EQ, "gateway"), Matcher.of("tier", Op.NE, "p0"));

        // WHEN / THEN it mutes the P0 rule (tier is absent) but not another service
        assertThat(silence.mutes(Map.of("alertname", "P0_ERROR_COUNT", "service", "gateway"))).isTrue();
        assertThat(silence.mutes(Map.of("alertname", "P0_ERROR_COUNT", "service", "gateway", "tier", "p0"))).isFalse();
        assertThat(silence.mutes(Map.of("alertname", "MatchTimeoutRateHigh", "service", "matcher"))).isFalse();
        assertThat(silence(new Matcher[0]).mutes(Map.of("alertname", "x"))).isFalse();
    }

    @Test
    void explains_each_verdict_for_the_report() {
        // GIVEN an alert without a tier label
        Map<String, String> alert = Map.of("alertname", "HighErrorRate", "service", "gateway");

        // WHEN / THEN
        assertThat(Matcher.of("tier", Op.NE, "p0").explain(alert))
                .isEqualTo("tier!=\"p0\" matches because the alert has no tier label");
        assertThat(Matcher.of("service", Op.RE, ".+").explain(alert)).isEqualTo("service=~\".+\" matches service=\"gateway\"");
        assertThat(Matcher.of("service", Op.EQ, "pay").explain(alert)).isEqualTo("service=\"pay\" does not match service=\"gateway\"");
    }

    @Test
    void reads_matcher_strings_of_the_routing_configuration() {
        // GIVEN the spellings Alertmanager accepts in matchers:
        // WHEN parsed / THEN
        assertThat(MatcherSyntax.parseLine("severity=\"critical\"")).containsExactly(Matcher.of("severity", Op.EQ, "critical"));
        assertThat(MatcherSyntax.parseLine("{service=~\"order-.*\", team != ops}"))
                .containsExactly(Matcher.of("service", Op.RE, "order-.*"), Matcher.of("team", Op.NE, "ops"));
        assertThat(MatcherSyntax.parseLine("msg!~\"a,b\\\"c\"")).containsExactly(Matcher.of("msg", Op.NRE, "a,b\"c"));
        assertThatThrownBy(() -> MatcherSyntax.parse("not a matcher")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a matcher: not a matcher");
    }

    static Silence silence(Matcher... matchers) {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        return new Silence("s1", "active", List.of(matchers), now, now.plusSeconds(3600), now, "ci", "release v1", "{}");
    }

    private static Op op(String symbol) {
        return switch (symbol) {
            case "=" -> Op.EQ;
            case "!=" -> Op.NE;
            case "=~" -> Op.RE;
            default -> Op.NRE;
        };
    }
}
