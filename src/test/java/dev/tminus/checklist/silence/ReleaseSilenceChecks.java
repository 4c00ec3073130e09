package dev.tminus.checklist.silence;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.alerting.LabelSets;
import dev.tminus.alerting.LoadedRule;
import dev.tminus.alerting.MatchTable;
import dev.tminus.alerting.Silence;
import dev.tminus.alerting.SilenceWindow;
import dev.tminus.check.Check;
import dev.tminus.checklist.SilenceChecklist;
import dev.tminus.profile.Profile;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The release silences mute what the plan says, and nothing protected. Matchers are evaluated, not compared as text. */
@SilenceChecklist
@ExtendWith(AlertingFactsResolver.class)
class ReleaseSilenceChecks {

    /**
     * SIL-02: each planned alert is muted by active or pending silences for the whole planned window
     * [{@code startsBy}, {@code startsBy + duration}], allowing {@code tolerance} at either end. A window
     * that has begun can only be covered from now on (Alertmanager never starts a silence in the past).
     *
     * <p>If this fails: the pipeline's silence step (did it run, with which matchers and window) and
     * the matcher table in the report.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.PlannedAlerts.class)
    @Check(id = "SIL-02", claim = "each planned alert is muted for the whole planned window")
    @Severity(SeverityLevel.CRITICAL)
    void planned_alert_is_muted_for_the_window(Map<String, String> alert, AlertingFacts facts, Profile profile) {
        SilenceWindow window = SilenceWindow.of(facts.alerting().silence().orElseThrow(), profile.launch().at());
        List<Silence> live = facts.liveSilences();
        Evidence.attach("matcher evaluation", MatchTable.of("planned alert", alert, live));
        live.stream().filter(s -> s.mutes(alert)).forEach(s -> Evidence.attachJson("silence " + s.id(), s.json()));
        if (window.over(facts.fetchedAt())) {
            Assumptions.abort("not applicable: the planned window " + window
                    + " is over; GH-03 checks that the silences expired");
        }
        Optional<SilenceWindow.Gap> gap = window.firstGap(alert, live, facts.fetchedAt());
        boolean anyMatch = live.stream().anyMatch(s -> s.mutes(alert));
        assertThat(gap).withFailMessage(() -> SilenceMessages.notMuted(alert, facts.alerting().alertmanager().toString(),
                window, gap.orElseThrow(), anyMatch, profile)).isEmpty();
    }

    /**
     * SIL-03: no active or pending silence mutes a protected label set, nor any alerting rule Prometheus
     * has loaded whose labels (plus {@code alertname}) carry that set. Over-broad regexes, silences
     * without {@code alertname}, and negative matchers on labels the alert does not carry are the
     * classic ways to mute a P0.
     *
     * <p>If this fails: the named silence's matchers; narrow them to equality matchers on the planned
     * alerts, or expire it.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.ProtectedSets.class)
    @Check(id = "SIL-03", claim = "no silence mutes a protected alert")
    @Severity(SeverityLevel.BLOCKER)
    void no_silence_mutes_a_protected_alert(Map<String, String> protectedSet, AlertingFacts facts, Profile profile) {
        List<Silence> live = facts.liveSilences();
        Map<String, Map<String, String>> subjects = new LinkedHashMap<>();
        subjects.put("protected set", protectedSet);
        for (LoadedRule rule : facts.rules().get()) {
            if (LabelSets.contains(rule.alertLabels(), protectedSet)) {
                subjects.put("rule " + rule.name() + " (" + rule.group() + ")", rule.alertLabels());
            }
        }
        Evidence.attach("matcher evaluation", subjects.entrySet().stream()
                .map(e -> MatchTable.of(e.getKey(), e.getValue(), live)).collect(Collectors.joining("\n")));
        List<String> findings = new ArrayList<>();
        Set<String> muting = new TreeSet<>();
        subjects.forEach((subject, labels) -> live.stream().filter(s -> s.mutes(labels)).forEach(s -> {
            muting.add(s.id());
            findings.add("silence " + s.label() + " mutes " + subject + ": "
                    + s.matchers().stream().map(m -> m.explain(labels)).collect(Collectors.joining("; ")));
        }));
        live.stream().filter(s -> muting.contains(s.id())).forEach(s -> Evidence.attachJson("silence " + s.id(), s.json()));
        assertThat(findings).withFailMessage(() -> SilenceMessages.mutesProtected(protectedSet,
                facts.alerting().alertmanager().toString(), muting.size(), findings, profile)).isEmpty();
    }
}
