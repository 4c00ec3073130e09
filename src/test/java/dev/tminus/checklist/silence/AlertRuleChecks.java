package dev.tminus.checklist.silence;

import static dev.tminus.checklist.Readiness.assertThat;

import dev.tminus.alerting.ActiveAlert;
import dev.tminus.alerting.LabelSets;
import dev.tminus.alerting.LoadedRule;
import dev.tminus.check.Check;
import dev.tminus.checklist.SilenceChecklist;
import dev.tminus.profile.Alerting;
import dev.tminus.profile.Durations;
import dev.tminus.profile.Profile;
import dev.tminus.report.Evidence;
import io.qameta.allure.Severity;
import io.qameta.allure.SeverityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The alert rules the launch relies on are loaded, healthy, and quiet before launch. */
@SilenceChecklist
@ExtendWith(AlertingFactsResolver.class)
class AlertRuleChecks {

    /**
     * SIL-06: each {@code alerting.rules} entry is loaded in Prometheus, its health is {@code ok}, it
     * carries the given labels, and its {@code for} is at most {@code maxFor}.
     *
     * <p>If this fails: the rule files Prometheus loads ({@code rule_files}), {@code promtool check
     * rules}, and the rule's {@code lastError} in the report.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.Rules.class)
    @Check(id = "SIL-06", claim = "each required alert rule is loaded, healthy and as planned")
    @Severity(SeverityLevel.BLOCKER)
    void rule_is_loaded_and_healthy(Alerting.Rule rule, AlertingFacts facts, Profile profile) {
        List<LoadedRule> loaded = facts.rules().get();
        List<LoadedRule> mine = loaded.stream().filter(r -> r.name().equals(rule.alert())).toList();
        Evidence.attach("rules as loaded", loaded.stream().map(AlertRuleChecks::describe).collect(Collectors.joining("\n")));
        List<String> findings = new ArrayList<>();
        if (mine.isEmpty()) {
            findings.add("it is not loaded (Prometheus has " + loaded.size() + " alerting rules: "
                    + loaded.stream().map(LoadedRule::name).distinct().sorted().collect(Collectors.joining(", ")) + ")");
        }
        for (LoadedRule r : mine) {
            String where = mine.size() > 1 ? " in group " + r.group() : "";
            if (!"ok".equals(r.health())) {
                findings.add("it has health " + r.health() + where + (r.lastError().isEmpty() ? "" : ": " + r.lastError()));
            }
            if (!LabelSets.contains(r.labels(), rule.labels())) {
                findings.add("its labels are " + LabelSets.format(r.labels()) + where);
            }
            rule.maxFor().filter(max -> r.forDuration().compareTo(max) > 0)
                    .ifPresent(max -> findings.add("its for is " + Durations.format(r.forDuration()) + where));
        }
        String claim = "loaded, health ok" + (rule.labels().isEmpty() ? "" : ", labelled " + LabelSets.format(rule.labels()))
                + rule.maxFor().map(m -> ", for at most " + Durations.format(m)).orElse("");
        assertThat(findings).withFailMessage(() -> SilenceMessages.ruleNotAsPlanned(rule.alert(),
                facts.alerting().prometheus().toString(), claim, findings, profile)).isEmpty();
    }

    /**
     * SIL-07: nothing required fires before launch: no alert of an {@code alerting.rules} entry and no
     * alert carrying a protected label set is pending or firing in Prometheus, nor held as firing by
     * Alertmanager (silenced ones included: a muted P0 still is a P0).
     *
     * <p>If this fails: the alert's expression on the dashboards; fix the cause, do not silence it.
     */
    @ParameterizedTest(name = "{0}")
    @ArgumentsSource(SilenceItems.QuietItems.class)
    @Check(id = "SIL-07", claim = "nothing required is pending or firing before launch")
    @Severity(SeverityLevel.BLOCKER)
    void nothing_required_is_firing(SilenceItems.Quiet item, AlertingFacts facts, Profile profile) {
        List<ActiveAlert> all = Stream.concat(facts.prometheusAlerts().get().stream(), facts.alertmanagerAlerts().get().stream())
                .toList();
        Evidence.attach("pending and firing alerts", all.isEmpty() ? "(none)"
                : all.stream().map(ActiveAlert::toString).collect(Collectors.joining("\n")));
        List<ActiveAlert> hits = all.stream().filter(a -> LabelSets.contains(a.labels(), item.labels())).toList();
        assertThat(hits).withFailMessage(() -> SilenceMessages.firing(item.subject(), facts.alerting().prometheus().toString(),
                facts.alerting().alertmanager().toString(), hits, profile)).isEmpty();
    }

    private static String describe(LoadedRule r) {
        return r.group() + " / " + r.name() + " [health " + r.health() + ", " + r.state() + ", for "
                + Durations.format(r.forDuration()) + "] " + LabelSets.format(r.labels()) + "\n    " + r.query()
                + (r.lastError().isEmpty() ? "" : "\n    lastError: " + r.lastError());
    }
}
