package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.tminus.fixture.FixtureProfile;
import dev.tminus.profile.Waiver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.TestAbortedException;

class WaiverExtensionTest {

    @TempDir
    Path project;

    /** Display name → "OUTCOME: message" of every item of the fixture check. */
    private Map<String, String> runFixture() throws Exception {
        Map<String, String> outcomes = new LinkedHashMap<>();
        EngineTestKit.engine("junit-jupiter").selectors(selectClass("dev.tminus.fixture.WaiverFixtureChecks"))
                .configurationParameters(FixtureProfile.write(project)).execute().allEvents()
                .filter(e -> e.getTestDescriptor().isTest())
                .filter(e -> e.getType() == EventType.FINISHED || e.getType() == EventType.SKIPPED)
                .forEach(e -> outcomes.put(e.getTestDescriptor().getDisplayName(), outcome(e)));
        return outcomes;
    }

    private static String outcome(Event e) {
        TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
        String status = switch (r.getStatus()) {
            case SUCCESSFUL -> "PASSED";
            case ABORTED -> "SKIPPED";
            case FAILED -> r.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? "FAILED" : "BROKEN";
        };
        return status + r.getThrowable().map(t -> ": " + t.getMessage()).orElse("");
    }

    @Test
    void turns_a_failure_under_an_active_waiver_into_a_waived_skip() throws Exception {
        // GIVEN a waiver for DNS-02 waived.game.example.com until 2999-12-31 / WHEN the check fails on ns1
        Map<String, String> run = runFixture();

        // THEN it is skipped as waived, with the reason and the failure it covers
        assertThat(run.get("DNS-02 waived.game.example.com. A · resolves to the planned 1 address · ns1")).isEqualTo("""
                SKIPPED: waived until 2999-12-31: old resolver keeps the record until the migration \
                (waiver for DNS-02 waived.game.example.com in environments/fixture.yaml)
                The failure it covers:
                Expecting waived.game.example.com. A on ns1
                  to be [192.0.2.x]
                but it was [198.51.100.7].""");
    }

    @Test
    void keeps_a_failure_red_once_its_waiver_has_expired() throws Exception {
        // GIVEN a waiver for DNS-02 expired.game.example.com. that ended 2001-01-31 / WHEN the check fails
        Map<String, String> run = runFixture();

        // THEN it is failed, saying that the waiver expired
        assertThat(run.get("DNS-02 expired.game.example.com. A · resolves to the planned 1 address · ns1")).isEqualTo("""
                FAILED: Expecting expired.game.example.com. A on ns1
                  to be [192.0.2.x]
                but it was [198.51.100.7].
                The waiver for DNS-02 expired.game.example.com. in environments/fixture.yaml expired on 2001-01-31 \
                ("accepted for the beta"), so this is red again: fix it, or renew the waiver with a new date.""");
    }

    @Test
    void never_waives_an_item_that_could_not_be_checked_nor_an_item_without_a_waiver() throws Exception {
        // GIVEN / WHEN
        Map<String, String> run = runFixture();

        // THEN
        assertThat(run.get("DNS-02 waived.game.example.com. A · resolves to the planned 1 address · office"))
                .isEqualTo("BROKEN: office did not answer within 1s (2 attempts)");
        assertThat(run.get("DNS-02 other.game.example.com. A · resolves to the planned 1 address · ns1"))
                .startsWith("FAILED: Expecting other.game.example.com. A on ns1");
        assertThat(run.get("DNS-02 other.game.example.com. A · resolves to the planned 1 address · office"))
                .isEqualTo("PASSED");
        assertThat(run).hasSize(6);
    }

    @Test
    void matches_the_waiver_item_against_the_item_its_provider_named_or_one_of_its_words() {
        String name = Items.name("TLS-07", "legacy (legacy.game.example.com)", "OCSP stapled", "10.0.0.5");
        assertThat(Items.made(name)).map(dev.tminus.check.ItemName::subject).contains("legacy (legacy.game.example.com)");
        assertThat(WaiverExtension.matches("legacy.game.example.com", "legacy (legacy.game.example.com)")).isTrue();
        assertThat(WaiverExtension.matches("legacy", "legacy (legacy.game.example.com)")).isTrue();
        assertThat(WaiverExtension.matches("login.game.example.com", "login.game.example.com. A")).isTrue();
        assertThat(WaiverExtension.matches("game.example.com", "login.game.example.com. A")).isFalse();
        assertThat(WaiverExtension.matches("player-db", "match-db")).isFalse();
    }

    @Test
    void a_waiver_is_active_through_its_last_day() {
        Waiver waiver = new Waiver("TLS-07", "legacy", "CA dropped OCSP", LocalDate.parse("2026-12-31"));
        AssertionError failure = new AssertionError("no staple");

        assertThat(WaiverExtension.judge(waiver, failure, LocalDate.parse("2026-12-31"), "environments/s.yaml"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageStartingWith("waived until 2026-12-31: CA dropped OCSP");
        assertThat(WaiverExtension.judge(waiver, failure, LocalDate.parse("2027-01-01"), "environments/s.yaml"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("expired on 2026-12-31");
    }
}
